import Foundation

/// The domain's rules for values, shared by operations, forms and import. Each returns every
/// violation it finds (none when the value is fine), by field, so that a form can place all
/// of them at once; an operation refuses with the first (`throwFirst`).
public enum Rules {
  public static let maxTitle = 200
  public static let maxShortText = 2_000
  public static let maxLongText = 100_000
  public static let maxTag = 40

  public static func title(_ s: String) -> [RuleReason] {
    if s.trimmingCharactersInWhitespace().isEmpty { return [.ideaNeedsTitle] }
    return length(s, max: maxTitle)
  }

  /// Text of at most `max` characters.
  public static func length(_ s: String, max: Int) -> [RuleReason] {
    s.count > max ? [.tooLong(max: max, count: s.count)] : []
  }

  /// The same for a value that is not a field of a record (a command-line option).
  public static func text(_ s: String, field: String, max: Int) throws(BoardError) {
    if let reason = length(s, max: max).first { throw .invalid(field: field, reason: reason.text) }
  }

  /// The same for a text that must say something: `empty` is the reason a blank one is refused.
  static func text(_ s: String, field: String, max: Int, empty: String) throws(BoardError) {
    if s.trimmingCharactersInWhitespace().isEmpty { throw .invalid(field: field, reason: empty) }
    try text(s, field: field, max: max)
  }

  public static func tags(_ tags: [String]) -> [RuleReason] {
    var reasons: [RuleReason] = []
    var seen = Set<String>()
    for t in tags {
      if t.trimmingCharactersInWhitespace().isEmpty {
        reasons.append(.emptyTag)
        continue
      }
      if t.count > maxTag { reasons.append(.tagTooLong(t, max: maxTag)) }
      if !seen.insert(t.searchKey).inserted { reasons.append(.listedTwice(t)) }
    }
    return reasons
  }

  public static func sdgs(_ goals: [Int]) -> [RuleReason] {
    var reasons = goals.filter { !(1...17).contains($0) }.map(RuleReason.notAGoal)
    if Set(goals).count != goals.count { reasons.append(.goalTwice) }
    return reasons
  }

  public static func readiness(_ level: Int?) -> [RuleReason] {
    guard let l = level, !(1...9).contains(l) else { return [] }
    return [.outside(l, 1...9)]
  }

  public static func email(_ s: String) -> [RuleReason] {
    guard !s.isEmpty else { return [] }
    let parts = s.split(separator: "@", omittingEmptySubsequences: false)
    if parts.count != 2 || parts[0].isEmpty || !parts[1].contains(".") || s.contains(where: { $0.isWhitespace }) {
      return [.notAnEmail(s)]
    }
    return []
  }

  public static func person(_ p: Person) -> [RuleViolation<PersonField>] {
    var found: [RuleViolation<PersonField>] = []
    if p.givenName.trimmingCharactersInWhitespace().isEmpty && p.familyName.trimmingCharactersInWhitespace().isEmpty {
      found.append(RuleReason.personNeedsName.on(.name))
    }
    found += length(p.givenName, max: maxTitle).on(.givenName)
    found += length(p.familyName, max: maxTitle).on(.familyName)
    found += email(p.email).on(.email)
    for l in p.languages where !(2...3).contains(l.count) || !l.allSatisfy({ $0.isLetter && $0.isASCII }) {
      found.append(RuleReason.notALanguageCode(l).on(.languages))
    }
    if let c = p.mentorCapacity, c < 0 { found.append(RuleReason.negative.on(.mentorCapacity)) }
    if let h = p.hoursBudget, h < 0 { found.append(RuleReason.negative.on(.hoursBudget)) }
    found += tags(p.expertise).on(.expertise)
    return found
  }

  /// With `today`, a submission date after it is refused too (the form knows the day; a
  /// change replayed from the journal later must not start failing).
  public static func financing(_ apps: [FinancingApplication], today: Day? = nil) -> [RuleViolation<FinancingField>] {
    var found: [RuleViolation<FinancingField>] = []
    if Set(apps.map(\.id)).count != apps.count { found.append(RuleReason.applicationsShareID.on(.applications)) }
    for a in apps {
      if a.funder.trimmingCharactersInWhitespace().isEmpty { found.append(RuleReason.noFunder.on(.funder)) }
      if a.asked.cents < 0 { found.append(RuleReason.negative.on(.asked)) }
      if let g = a.granted {
        if g.cents < 0 { found.append(RuleReason.negative.on(.granted)) }
        if g > a.asked { found.append(RuleReason.grantedMoreThanAsked(granted: g, asked: a.asked).on(.granted)) }
      }
      if a.status == .granted && a.granted == nil { found.append(RuleReason.noAmountGranted.on(.granted)) }
      if a.status == .draft && a.granted != nil { found.append(RuleReason.draftWithGrant.on(.granted)) }
      if a.granted != nil && a.decided == nil { found.append(RuleReason.grantWithoutDecisionDate.on(.decided)) }
      if let today, let s = a.submitted, s > today { found.append(RuleReason.submittedInTheFuture(s).on(.submitted)) }
      if let s = a.submitted, let d = a.decided, d < s {
        found.append(RuleReason.decidedBeforeSubmitted(decided: d, submitted: s).on(.decided))
      }
    }
    return found
  }

  /// The rules for one edit of an idea that need no board; the people an edit names are
  /// checked against the board by `Board.violations(_:)`.
  public static func idea(_ edit: IdeaEdit) -> [RuleViolation<IdeaField>] {
    switch edit {
    case .title(let s): title(s).on(.title)
    case .pitch(let s): length(s, max: maxShortText).on(.pitch)
    case .description(let s): length(s, max: maxLongText).on(.description)
    case .theoryOfChange(let s): length(s, max: maxLongText).on(.theoryOfChange)
    case .tags(let t): tags(t).on(.tags)
    case .sdgs(let g): sdgs(g).on(.sdgs)
    case .readiness(let r): readiness(r).on(.readiness)
    case .financing(let f): financing(f).map { RuleViolation(.financing($0.field), $0.reason) }
    case .enrichment(let m): Set(m.map(\.kind)).count != m.count ? [RuleReason.moduleTwice.on(.enrichment)] : []
    case .indicators(let list):
      list.filter { $0.name.trimmingCharactersInWhitespace().isEmpty }.map { _ in
        RuleReason.indicatorNeedsName.on(.indicators)
      }
    case .exitPlan(let plan):
      plan.map { $0.criteria.isEmpty } == true
        ? [RuleReason.noExitCriteria.on(.exitPlan)] : []
    case .origin(let o): length(o?.name ?? "", max: maxTitle).on(.origin)
    case .innovators, .mentors, .coach, .applicantKind, .region, .valueModel: []
    }
  }

  /// The text of a note.
  public static func note(_ text: String) -> [RuleViolation<IdeaField>] {
    if text.trimmingCharactersInWhitespace().isEmpty { return [RuleReason.emptyNote.on(.note)] }
    return length(text, max: maxLongText).on(.note)
  }
}

extension Board {
  func requireIdea(_ id: IdeaID) throws(BoardError) -> Idea {
    guard let i = ideas[id] else { throw BoardError.noIdea(id) }
    return i
  }

  func stageReasons(_ id: String) -> [RuleReason] {
    stage(id) == nil ? [.unknownStage(id, stages: stages.map(\.id))] : []
  }

  func requireStage(_ id: String) throws(BoardError) { try stageReasons(id).on(IdeaField.stage).throwFirst() }

  func peopleReasons(_ ids: [PersonID]) -> [RuleReason] {
    var reasons = ids.filter { people[$0] == nil }.map(RuleReason.unknownPerson)
    if Set(ids).count != ids.count { reasons.append(.personTwice) }
    return reasons
  }

  /// Every rule one edit of an idea breaks on this board.
  func violations(_ edit: IdeaEdit) -> [RuleViolation<IdeaField>] {
    switch edit {
    case .innovators(let ps): peopleReasons(ps).on(.innovators)
    case .mentors(let ps): peopleReasons(ps).on(.mentors)
    case .coach(let p): peopleReasons(p.map { [$0] } ?? []).on(.coach)
    default: Rules.idea(edit)
    }
  }

  func validate(_ edit: IdeaEdit) throws(BoardError) { try violations(edit).throwFirst() }

  /// Every rule a whole idea breaks, field by field, as `addIdea` checks it.
  func violations(wholeIdea i: Idea) -> [RuleViolation<IdeaField>] {
    var found: [RuleViolation<IdeaField>] = []
    for e in [
      IdeaEdit.title(i.title), .pitch(i.pitch), .description(i.description), .theoryOfChange(i.theoryOfChange),
      .innovators(i.innovators), .mentors(i.mentors), .coach(i.coach), .tags(i.tags), .sdgs(i.sdgs),
      .readiness(i.readiness), .financing(i.financing), .enrichment(i.enrichment), .indicators(i.indicators),
      .exitPlan(i.exitPlan), .origin(i.origin),
    ] {
      found += violations(e)
    }
    found += stageReasons(i.stage).on(.stage)
    for (reviewer, s) in i.scores { found += violations(scores: s, reviewer: reviewer) }
    if Set(i.notes.map(\.id)).count != i.notes.count { found.append(RuleReason.notesShareID.on(.notes)) }
    return found
  }

  func validate(wholeIdea i: Idea) throws(BoardError) { try violations(wholeIdea: i).throwFirst() }

  func violations(scores: [String: Int], reviewer: String) -> [RuleViolation<IdeaField>] {
    var found: [RuleViolation<IdeaField>] = []
    if reviewer.trimmingCharactersInWhitespace().isEmpty { found.append(RuleReason.noReviewer.on(.reviewer)) }
    for (criterion, value) in scores {
      guard let c = rubric.criteria.first(where: { $0.id == criterion }) else {
        found.append(RuleReason.unknownCriterion(criterion).on(.score(criterion: nil)))
        continue
      }
      if !rubric.scale.contains(value) {
        found.append(RuleReason.outside(value, rubric.scale).on(.score(criterion: c.displayName)))
      }
    }
    return found
  }

  func validateScores(_ scores: [String: Int], reviewer: String) throws(BoardError) {
    try violations(scores: scores, reviewer: reviewer).throwFirst()
  }

  /// Why a person cannot be removed: the ideas and sessions that still name them.
  func references(to p: PersonID) -> [String] {
    var refs = ideasInOrder.filter { $0.innovators.contains(p) || $0.mentors.contains(p) || $0.coach == p }.map(\.code)
    refs += sessions.values.sorted { $0.id < $1.id }
      .filter { $0.facilitator == p || $0.participants.contains(p) || $0.votes.contains { $0.participant == p } }
      .map(\.id.code)
    refs += matches.filter { $0.person == p }.map(\.code)
    return refs
  }

  /// Every rule a session breaks on this board, field by field.
  public func violations(session s: Session) -> [RuleViolation<SessionField>] {
    var found: [RuleViolation<SessionField>] = []
    if s.title.trimmingCharactersInWhitespace().isEmpty { found.append(RuleReason.sessionNeedsTitle.on(.title)) }
    found += Rules.length(s.title, max: Rules.maxTitle).on(.title)
    found += peopleReasons(s.participants).on(.participants)
    found += peopleReasons(s.facilitator.map { [$0] } ?? []).on(.facilitator)
    found += s.agenda.filter { ideas[$0] == nil }.map { RuleReason.unknownIdea($0).on(.agenda) }
    if Set(s.agenda).count != s.agenda.count { found.append(RuleReason.ideaOnAgendaTwice.on(.agenda)) }
    for v in s.votes {
      if ideas[v.idea] == nil { found.append(RuleReason.unknownIdea(v.idea).on(.votes)) }
      if v.dots < 0 { found.append(RuleReason.fewerThanZeroDots.on(.votes)) }
      if let p = v.participant, people[p] == nil { found.append(RuleReason.unknownPerson(p).on(.votes)) }
    }
    return found
  }

  public func validate(session s: Session) throws(BoardError) { try violations(session: s).throwFirst() }
}

/// The checks of the board's own settings: its stages and its rubric.
extension Board {
  func validate(stages new: [Stage]) throws(BoardError) {
    if new.isEmpty { throw .invalid(field: tr("field.stages"), reason: tr("apply.needsStage")) }
    if Set(new.map(\.id)).count != new.count {
      throw .invalid(field: tr("field.stages"), reason: tr("apply.stagesShareID"))
    }
    for s in new {
      if s.id.isEmpty || s.name.trimmingCharactersInWhitespace().isEmpty {
        throw .invalid(field: tr("field.stages"), reason: tr("apply.stageNeedsName"))
      }
      if let w = s.wipLimit, w < 1 {
        throw .invalid(field: tr("field.wipLimit"), reason: tr("apply.limitAtLeastOne", ["stage": s.displayName]))
      }
    }
    let ids = Set(new.map(\.id))
    if let orphan = ideas.values.first(where: { !ids.contains($0.stage) }) {
      throw .conflict(tr("apply.stageStillUsed", ["code": orphan.code, "stage": orphan.stage]))
    }
  }

  func validate(rubric new: Rubric) throws(BoardError) {
    if new.criteria.isEmpty { throw .invalid(field: tr("field.rubric"), reason: tr("apply.needsCriterion")) }
    if Set(new.criteria.map(\.id)).count != new.criteria.count {
      throw .invalid(field: tr("field.rubric"), reason: tr("apply.criteriaShareID"))
    }
    if let c = new.criteria.first(where: { !($0.weight > 0) }) {
      throw .invalid(field: c.displayName, reason: tr("apply.weightAboveZero"))
    }
    if new.scale.lowerBound < 0 || new.scale.count < 2 {
      throw .invalid(field: tr("field.rubric"), reason: tr("apply.scaleSteps"))
    }
    let ids = Set(new.criteria.map(\.id))
    for idea in ideas.values {
      for scores in idea.scores.values where scores.keys.contains(where: { !ids.contains($0) }) {
        throw .conflict(tr("apply.scoresOnDropped", ["code": idea.code]))
      }
    }
  }
}

extension Board {
  /// "5 is outside 0 to 3", for a position (the range may be empty: an empty column).
  static func outside(_ value: Int, _ low: Int, _ high: Int) -> String {
    tr("rule.outside", ["value": String(value), "low": String(low), "high": String(high)])
  }
}
