import Foundation

/// The domain's rules for values, shared by operations, forms and import.
public enum Rules {
  public static let maxTitle = 200
  public static let maxShortText = 2_000
  public static let maxLongText = 100_000
  public static let maxTag = 40

  public static func title(_ s: String) throws(BoardError) {
    let t = s.trimmingCharactersInWhitespace()
    if t.isEmpty { throw .invalid(field: "title", reason: "an idea needs a title") }
    if s.count > maxTitle {
      throw .invalid(field: "title", reason: "keep it under \(maxTitle) characters (it has \(s.count))")
    }
  }

  public static func text(_ s: String, field: String, max: Int) throws(BoardError) {
    if s.count > max { throw .invalid(field: field, reason: "keep it under \(max) characters (it has \(s.count))") }
  }

  public static func tags(_ tags: [String]) throws(BoardError) {
    var seen = Set<String>()
    for t in tags {
      if t.trimmingCharactersInWhitespace().isEmpty { throw .invalid(field: "tags", reason: "a tag cannot be empty") }
      if t.count > maxTag {
        throw .invalid(field: "tags", reason: "“\(t.prefix(20))…” is longer than \(maxTag) characters")
      }
      if !seen.insert(t.searchKey).inserted { throw .invalid(field: "tags", reason: "“\(t)” is there twice") }
    }
  }

  public static func sdgs(_ goals: [Int]) throws(BoardError) {
    for g in goals where !(1...17).contains(g) {
      throw .invalid(field: "SDGs", reason: "\(g) is not a Sustainable Development Goal (they are numbered 1 to 17)")
    }
    if Set(goals).count != goals.count { throw .invalid(field: "SDGs", reason: "a goal is listed twice") }
  }

  public static func readiness(_ level: Int?) throws(BoardError) {
    if let l = level, !(1...9).contains(l) {
      throw .invalid(field: "readiness level", reason: "\(l) is outside 1 to 9")
    }
  }

  public static func email(_ s: String) throws(BoardError) {
    guard !s.isEmpty else { return }
    let parts = s.split(separator: "@", omittingEmptySubsequences: false)
    if parts.count != 2 || parts[0].isEmpty || !parts[1].contains(".") || s.contains(where: { $0.isWhitespace }) {
      throw .invalid(field: "e-mail", reason: "“\(s)” is not an e-mail address like naam@voorbeeld.be")
    }
  }

  public static func person(_ p: Person) throws(BoardError) {
    if p.givenName.trimmingCharactersInWhitespace().isEmpty && p.familyName.trimmingCharactersInWhitespace().isEmpty {
      throw .invalid(field: "name", reason: "a person needs a given name or a family name")
    }
    try text(p.givenName, field: "given name", max: maxTitle)
    try text(p.familyName, field: "family name", max: maxTitle)
    try email(p.email)
    for l in p.languages where !(2...3).contains(l.count) || !l.allSatisfy({ $0.isLetter && $0.isASCII }) {
      throw .invalid(field: "languages", reason: "“\(l)” is not a language code like nl, fr or en")
    }
    if let c = p.mentorCapacity, c < 0 { throw .invalid(field: "mentor capacity", reason: "it cannot be negative") }
    if let h = p.hoursBudget, h < 0 { throw .invalid(field: "hours budget", reason: "it cannot be negative") }
    try tags(p.expertise)
  }

  public static func financing(_ apps: [FinancingApplication]) throws(BoardError) {
    if Set(apps.map(\.id)).count != apps.count {
      throw .invalid(field: "financing", reason: "two applications share an id")
    }
    for a in apps {
      if a.funder.trimmingCharactersInWhitespace().isEmpty {
        throw .invalid(field: "funder", reason: "say who the application goes to")
      }
      if a.asked.cents < 0 { throw .invalid(field: "amount asked", reason: "it cannot be negative") }
      if let g = a.granted {
        if g.cents < 0 { throw .invalid(field: "amount granted", reason: "it cannot be negative") }
        if g > a.asked { throw .invalid(field: "amount granted", reason: "\(g) is more than the \(a.asked) asked") }
      }
      if a.status == .granted && a.granted == nil {
        throw .invalid(field: "amount granted", reason: "a granted application needs the amount granted")
      }
      if let s = a.submitted, let d = a.decided, d < s {
        throw .invalid(field: "decision date", reason: "\(d) is before the submission on \(s)")
      }
    }
  }
}

extension Board {
  func requireIdea(_ id: IdeaID) throws(BoardError) -> Idea {
    guard let i = ideas[id] else { throw BoardError.noIdea(id) }
    return i
  }

  func requireStage(_ id: String) throws(BoardError) {
    if stage(id) == nil {
      throw .invalid(
        field: "stage", reason: "“\(id)” is not a stage of this board (\(stages.map(\.id).joined(separator: ", ")))")
    }
  }

  func requirePeople(_ ids: [PersonID], field: String) throws(BoardError) {
    for p in ids where people[p] == nil {
      throw .invalid(field: field, reason: "\(p.code) is not a person on this board")
    }
    if Set(ids).count != ids.count { throw .invalid(field: field, reason: "someone is listed twice") }
  }

  func validate(_ edit: IdeaEdit) throws(BoardError) {
    switch edit {
    case .title(let s): try Rules.title(s)
    case .pitch(let s): try Rules.text(s, field: "pitch", max: Rules.maxShortText)
    case .description(let s): try Rules.text(s, field: "description", max: Rules.maxLongText)
    case .theoryOfChange(let s): try Rules.text(s, field: "theory of change", max: Rules.maxLongText)
    case .innovators(let ps): try requirePeople(ps, field: "innovators")
    case .mentors(let ps): try requirePeople(ps, field: "mentors")
    case .coach(let p): try requirePeople(p.map { [$0] } ?? [], field: "coach")
    case .tags(let t): try Rules.tags(t)
    case .sdgs(let g): try Rules.sdgs(g)
    case .readiness(let r): try Rules.readiness(r)
    case .financing(let f): try Rules.financing(f)
    case .enrichment(let m):
      if Set(m.map(\.kind)).count != m.count {
        throw .invalid(field: "enrichment modules", reason: "a module is listed twice")
      }
    case .indicators(let list):
      for i in list where i.name.trimmingCharactersInWhitespace().isEmpty {
        throw .invalid(field: "indicators", reason: "every indicator needs a name")
      }
    case .exitPlan(let plan):
      if let p = plan, p.criteria.trimmingCharactersInWhitespace().isEmpty {
        throw .invalid(field: "exit plan", reason: "say when support ends: the exit criteria cannot be empty")
      }
    case .origin(let o):
      if let n = o?.name { try Rules.text(n, field: "origin", max: Rules.maxTitle) }
    case .applicantKind, .region, .valueModel: break
    }
  }

  /// Every field of a whole idea, as `addIdea` checks it.
  func validate(wholeIdea i: Idea) throws(BoardError) {
    for e in [
      IdeaEdit.title(i.title), .pitch(i.pitch), .description(i.description), .theoryOfChange(i.theoryOfChange),
      .innovators(i.innovators), .mentors(i.mentors), .coach(i.coach), .tags(i.tags), .sdgs(i.sdgs),
      .readiness(i.readiness), .financing(i.financing), .enrichment(i.enrichment), .indicators(i.indicators),
      .exitPlan(i.exitPlan), .origin(i.origin),
    ] {
      try validate(e)
    }
    try requireStage(i.stage)
    for (reviewer, s) in i.scores { try validateScores(s, reviewer: reviewer) }
    if Set(i.notes.map(\.id)).count != i.notes.count { throw .invalid(field: "notes", reason: "two notes share an id") }
  }

  func validateScores(_ scores: [String: Int], reviewer: String) throws(BoardError) {
    if reviewer.trimmingCharactersInWhitespace().isEmpty {
      throw .invalid(field: "reviewer", reason: "scores need a reviewer's name")
    }
    for (criterion, value) in scores {
      guard let c = rubric.criteria.first(where: { $0.id == criterion }) else {
        throw .invalid(field: "score", reason: "“\(criterion)” is not a criterion of this board's rubric")
      }
      if !rubric.scale.contains(value) {
        throw .invalid(
          field: c.name, reason: "\(value) is outside \(rubric.scale.lowerBound) to \(rubric.scale.upperBound)")
      }
    }
  }

  /// Why a person cannot be removed: the ideas and sessions that still name them.
  func references(to p: PersonID) -> [String] {
    var refs = ideasInOrder.filter { $0.innovators.contains(p) || $0.mentors.contains(p) || $0.coach == p }.map(\.code)
    refs += sessions.values.sorted { $0.id < $1.id }
      .filter { $0.facilitator == p || $0.participants.contains(p) || $0.votes.contains { $0.participant == p } }
      .map(\.id.code)
    return refs
  }

  public func validate(session s: Session) throws(BoardError) {
    if s.title.trimmingCharactersInWhitespace().isEmpty {
      throw .invalid(field: "title", reason: "a session needs a title")
    }
    try Rules.text(s.title, field: "title", max: Rules.maxTitle)
    try requirePeople(s.participants, field: "participants")
    try requirePeople(s.facilitator.map { [$0] } ?? [], field: "facilitator")
    for i in s.agenda where ideas[i] == nil {
      throw .invalid(field: "agenda", reason: "\(i.code) is not an idea on this board")
    }
    if Set(s.agenda).count != s.agenda.count {
      throw .invalid(field: "agenda", reason: "an idea is on the agenda twice")
    }
    for v in s.votes {
      if ideas[v.idea] == nil { throw .invalid(field: "votes", reason: "\(v.idea.code) is not an idea on this board") }
      if v.dots < 0 { throw .invalid(field: "votes", reason: "an idea cannot have fewer than zero dots") }
      if let p = v.participant, people[p] == nil {
        throw .invalid(field: "votes", reason: "\(p.code) is not a person on this board")
      }
    }
  }
}
