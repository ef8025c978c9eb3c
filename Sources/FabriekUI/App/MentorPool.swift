import FabriekCore

/// The pool assignment the mentors screen proposes: the unmatched ideas against every mentor
/// with a free place, scored as the suggestions score them (`Board.mentorSuggestions`, so a
/// pair has the same score in both), solved by `MentorAssignment.optimal`. A mentor whose
/// capacity is not said takes one idea in the pool; a full mentor takes none, so no pair the
/// capacity rule would refuse is proposed, and the suggestions leave out every conflict.
enum MentorPool {
  static func rows(for ideas: [IdeaID], on board: Board) -> [MentorsState.PoolRow] {
    let load = board.mentorLoad()
    var mentors: [PersonID] = []
    var capacities: [Int] = []
    for person in board.people.values.sorted(by: { $0.id < $1.id }) where person.roles.contains(.mentor) {
      let free = (person.mentorCapacity ?? 1) - (load[person.id] ?? 0)
      guard free > 0 else { continue }
      mentors.append(person.id)
      capacities.append(free)
    }
    guard !ideas.isEmpty, !mentors.isEmpty else { return [] }
    let column = Dictionary(uniqueKeysWithValues: mentors.enumerated().map { ($1, $0) })
    var scores = [Double?](repeating: nil, count: ideas.count * mentors.count)
    var found: [[PersonID: MentorSuggestion]] = []
    for (i, idea) in ideas.enumerated() {
      var byPerson: [PersonID: MentorSuggestion] = [:]
      for s in board.mentorSuggestions(for: idea, role: .mentor, limit: Int.max) {
        guard let j = column[s.person] else { continue }
        scores[i * mentors.count + j] = s.score
        byPerson[s.person] = s
      }
      found.append(byPerson)
    }
    let pool = MentorAssignment.Pool(ideas: ideas.count, capacities: capacities, scores: scores)
    return MentorAssignment.optimal(pool).compactMap { pair in
      let person = mentors[pair.mentor]
      guard let s = found[pair.idea][person] else { return nil }
      return MentorsState.PoolRow(idea: ideas[pair.idea], person: person, score: s.score, reasons: s.reasons)
    }
  }
}
