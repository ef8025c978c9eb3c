/// Matching a pool of ideas at once (`fabriek mentor assign`, and a screen that shows the
/// proposals to accept or drop row by row): the people with the role and a free place, each
/// pair scored as a suggestion is (`MentorScorer`, so a pair has the same score in both), the
/// assignment that maximises the total (`MentorAssignment.optimal`). No pair that breaks a
/// rule is proposed: conflicts and earlier matches are excluded by the scorer, places by the
/// pool's capacities, people without hours left are left out, and every pair is checked
/// against the proposal rules (`proposalViolations`) before it is kept.
public struct PoolProposal: Hashable, Sendable {
  public var idea: IdeaID
  public var person: PersonID
  public var score: Double
  public init(idea: IdeaID, person: PersonID, score: Double) {
    self.idea = idea; self.person = person; self.score = score
  }
}

extension Board {
  /// The best proposals for `ideas` (each idea at most one), in the order of `ideas`.
  public func poolAssignment(for ideas: [IdeaID], role: PersonRole = .mentor, weights: MatchWeights? = nil)
    -> [PoolProposal]
  {
    let kind: MatchKind = role == .partner ? .partner : .mentor
    let scorer = MentorScorer(self, weights: weights)
    let pool = ideas.compactMap { self.ideas[$0] }
    var mentors: [Person] = []
    var capacities: [Int] = []
    for p in people.values.sorted(by: { $0.id < $1.id }) where p.roles.contains(role) {
      let free = p.mentorCapacity.map { $0 - (scorer.load[p.id] ?? 0) } ?? pool.count
      if free <= 0 { continue }
      if let budget = p.hoursBudget, (scorer.minutes[p.id] ?? 0) >= budget * 60 { continue }
      mentors.append(p)
      capacities.append(min(free, pool.count))
    }
    var scores = [Double?](repeating: nil, count: pool.count * mentors.count)
    for (i, idea) in pool.enumerated() {
      let facts = scorer.facts(idea, kind: kind)
      for (j, p) in mentors.enumerated() {
        if let s = scorer.suggestion(p, for: facts), s.score > 0 { scores[i * mentors.count + j] = s.score }
      }
    }
    let pairs = MentorAssignment.optimal(MentorAssignment.Pool(ideas: pool.count, capacities: capacities, scores: scores))
    var out: [PoolProposal] = []
    for pair in pairs {
      let idea = pool[pair.idea]
      let person = mentors[pair.mentor]
      let m = Match(
        id: MatchID(nextMatch), idea: idea.id, person: person.id, kind: kind, proposedBy: "", proposedAt: Timestamp(seconds: 0))
      guard proposalViolations(m).isEmpty, let score = scores[pair.idea * mentors.count + pair.mentor] else { continue }
      out.append(PoolProposal(idea: idea.id, person: person.id, score: score))
    }
    return out
  }

  /// The proposals as one operation: a proposed match each, numbered from the next free number.
  public func proposing(_ proposals: [PoolProposal], kind: MatchKind = .mentor, by who: String, at: Timestamp)
    -> BoardOperation
  {
    var next = nextMatch
    var ops: [BoardOperation] = []
    for p in proposals {
      ops.append(
        .proposeMatch(Match(id: MatchID(next), idea: p.idea, person: p.person, kind: kind, proposedBy: who, proposedAt: at)))
      next = numberAfter([next])
    }
    return .batch(ops)
  }
}
