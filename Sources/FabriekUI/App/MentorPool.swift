import FabriekCore

/// The pool assignment the mentors screen proposes: the unmatched ideas against every mentor
/// with a free place, scored as the suggestions score them (`Board.mentorSuggestions`, so a
/// pair has the same score in both), solved by `MentorAssignment.optimal`. A mentor whose
/// capacity is not said takes one idea in the pool; a full mentor, or one whose hours budget is
/// used up, takes none; a pair with an open match already or declined before is left out; so
/// no pair the rules would refuse is proposed, and the suggestions leave out every conflict.
enum MentorPool {
  static func rows(for ideas: [IdeaID], on board: Board) -> [MentorsState.PoolRow] {
    var mentors: [PersonID] = []
    var capacities: [Int] = []
    // A pair with an open match already, or declined before, is refused by the rules.
    var taken = Set<[Int]>()
    for m in board.matches where m.kind == .mentor && (m.isOpen || m.state == .declined) {
      taken.insert([m.idea.rawValue, m.person.rawValue])
    }
    for person in board.people.values.sorted(by: { $0.id < $1.id }) where person.roles.contains(.mentor) {
      let free = (person.mentorCapacity ?? 1) - board.activeLoad(of: person.id)
      guard free > 0 else { continue }
      if let budget = person.hoursBudget, board.minutesLogged(by: person.id) >= budget * 60 { continue }
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
        guard let j = column[s.person], !taken.contains([idea.rawValue, s.person.rawValue]) else { continue }
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
