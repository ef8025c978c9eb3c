/// Scores people for ideas from what the board knows, gathered once: what both the
/// suggestions and the pool assignment use, so a pair has the same score in both. The parts:
/// expertise against the idea's themes, a language its innovators speak, free places (active
/// matches against capacity), hours left of the budget, how past matches ended (goals reached
/// against no fit), and a region the person has had a match in. Excluded: the idea's own
/// innovators, coach and mentors, people of an innovator's organisation, and people with an
/// open match of that kind for the idea or declined for it before.
public struct MentorScorer: Sendable {
  public let board: Board
  public let weights: MatchWeights
  let load: [PersonID: Int]
  let minutes: [PersonID: Int]
  let outcomes: [PersonID: (goals: Int, noFit: Int)]
  let regions: [PersonID: Set<Region>]
  /// The words of each mentor's and partner's expertise and their organisation, folded once
  /// (each distinct text once: folding is most of scoring a person).
  let expertise: [PersonID: [String]]
  let organisation: [PersonID: String]
  /// Who has each role, so that a ranking reads only them of the board's people.
  let withRole: [PersonRole: [PersonID]]

  public init(_ board: Board, weights: MatchWeights? = nil) {
    self.board = board
    self.weights = weights ?? board.weights
    load = board.mentorLoad()
    minutes = board.minutesLogged()
    var outcomes: [PersonID: (goals: Int, noFit: Int)] = [:]
    var regions: [PersonID: Set<Region>] = [:]
    for m in board.matches {
      if m.state == .ended, let kind = m.endReason?.kind, kind == .goalReached || kind == .noFit {
        var o = outcomes[m.person] ?? (0, 0)
        if kind == .goalReached { o.goals += 1 } else { o.noFit += 1 }
        outcomes[m.person] = o
      }
      if m.state == .active || m.state == .ended, let r = board.ideas[m.idea]?.region, r != .other {
        regions[m.person, default: []].insert(r)
      }
    }
    self.outcomes = outcomes
    self.regions = regions
    var words: [String: [String]] = [:]
    var folded: [String: String] = [:]
    var expertise: [PersonID: [String]] = [:]
    var organisation: [PersonID: String] = [:]
    var withRole: [PersonRole: [PersonID]] = [:]
    for p in board.people.values where p.roles.contains(.mentor) || p.roles.contains(.partner) {
      for role in [PersonRole.mentor, .partner] where p.roles.contains(role) { withRole[role, default: []].append(p.id) }
      expertise[p.id] = p.expertise.flatMap { text in
        if let known = words[text] { return known }
        let w = MentorMatching.words(text)
        words[text] = w
        return w
      }
      if let known = folded[p.organisation] {
        organisation[p.id] = known
      } else {
        let f = MentorMatching.fold(p.organisation)
        folded[p.organisation] = f
        organisation[p.id] = f
      }
    }
    self.expertise = expertise
    self.organisation = organisation
    self.withRole = withRole
  }

  /// What scoring needs of one idea, worked out once for all people.
  public struct IdeaFacts: Sendable {
    let idea: Idea
    let kind: MatchKind
    let themes: [(name: String, words: [String])]
    let organisations: Set<String>
    let spoken: [String]
    let excluded: Set<PersonID>
  }

  public func facts(_ idea: Idea, kind: MatchKind) -> IdeaFacts {
    let innovators = idea.innovators.compactMap { board.people[$0] }
    var spoken = innovators.flatMap(\.languages)
    if spoken.isEmpty, let guessed = MentorMatching.language(of: idea) { spoken = [guessed] }
    var excluded = Set(idea.innovators + idea.mentors + (idea.coach.map { [$0] } ?? []))
    for m in board.matches where m.idea == idea.id && m.kind == kind && (m.isOpen || m.state == .declined) {
      excluded.insert(m.person)
    }
    return IdeaFacts(
      idea: idea, kind: kind, themes: MentorMatching.themes(of: idea),
      organisations: Set(innovators.map { MentorMatching.fold($0.organisation) }.filter { !$0.isEmpty }),
      spoken: spoken, excluded: excluded)
  }

  /// The person scored for the idea, or nil when they are excluded.
  public func suggestion(_ person: Person, for f: IdeaFacts) -> MentorSuggestion? {
    if f.excluded.contains(person.id) { return nil }
    if !f.organisations.isEmpty,
      f.organisations.contains(organisation[person.id] ?? MentorMatching.fold(person.organisation))
    {
      return nil
    }
    let covered = MentorMatching.covered(
      f.themes, knowing: expertise[person.id] ?? person.expertise.flatMap(MentorMatching.words))
    let language = f.spoken.first { person.languages.contains($0) }
    let active = load[person.id] ?? 0
    var score = weights.expertise * Double(min(covered.count, weights.themesCounted))
    if language != nil { score += weights.language }
    if let capacity = person.mentorCapacity, capacity > 0 {
      // A full person would be over capacity, which the rules refuse without a reason: they
      // lose what a free one gains.
      let free = capacity - active
      score += free > 0 ? weights.capacity * Double(free) / Double(capacity) : -weights.capacity
    }
    let used = minutes[person.id] ?? 0
    if let budget = person.hoursBudget, budget > 0 {
      let left = budget * 60 - used
      score += left > 0 ? weights.hours * Double(left) / Double(budget * 60) : -weights.hours
    }
    let o = outcomes[person.id] ?? (0, 0)
    if o.goals + o.noFit > 0 { score += weights.outcomes * Double(o.goals - o.noFit) / Double(o.goals + o.noFit) }
    var region: Region?
    if let r = f.idea.region, r != .other, regions[person.id]?.contains(r) == true {
      region = r
      score += weights.region
    }
    var s = MentorSuggestion(
      person: person.id, score: (score * 100).rounded() / 100, themes: covered, language: language, active: active,
      capacity: person.mentorCapacity)
    s.minutesUsed = used
    s.hoursBudget = person.hoursBudget
    s.goalsReached = o.goals
    s.noFit = o.noFit
    s.region = region
    return s
  }

  /// People with the role ranked for an idea, best first (ties by code).
  public func suggestions(for id: IdeaID, role: PersonRole = .mentor, limit: Int = 20) -> [MentorSuggestion] {
    guard let idea = board.ideas[id] else { return [] }
    let f = facts(idea, kind: role == .partner ? .partner : .mentor)
    var out: [MentorSuggestion] = []
    let people = withRole[role] ?? board.people.values.filter { $0.roles.contains(role) }.map(\.id)
    for id in people {
      guard let person = board.people[id] else { continue }
      if let s = suggestion(person, for: f) { out.append(s) }
    }
    out.sort { $0.score != $1.score ? $0.score > $1.score : $0.person < $1.person }
    return Array(out.prefix(max(0, limit)))
  }
}
