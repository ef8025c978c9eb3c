/// A field of a record that the domain's rules check. Each record has its own enum of them,
/// so that a form places a reason by a value the compiler checks, never by matching text.
public protocol RuleField: Hashable, Sendable {
  /// The field as messages name it, in the current language (`amount asked`).
  var name: String { get }
}

/// One value a rule refuses: the field, and why.
public struct RuleViolation<Field: RuleField>: Hashable, Sendable, CustomStringConvertible {
  public var field: Field
  public var reason: RuleReason

  public init(_ field: Field, _ reason: RuleReason) { self.field = field; self.reason = reason }

  /// The refusal as the command line says it: `amount asked: it cannot be negative.`
  public var error: BoardError { .invalid(field: field.name, reason: reason.text) }
  public var description: String { error.message }
}

extension Array {
  /// Throws the first violation as the operation's error (the rules report all of them; a
  /// refused operation names the first, the same sentence whichever way it was found).
  func throwFirst<F>() throws(BoardError) where Element == RuleViolation<F> {
    if let first { throw first.error }
  }
}

extension RuleReason {
  /// This reason, against `field`.
  func on<F: RuleField>(_ field: F) -> RuleViolation<F> { RuleViolation(field, self) }
}

extension Sequence where Element == RuleReason {
  func on<F: RuleField>(_ field: F) -> [RuleViolation<F>] { map { RuleViolation(field, $0) } }
}

/// A field whose name is the catalogue's `field.<raw value>`.
public protocol CataloguedRuleField: RuleField, RawRepresentable where RawValue == String {}

extension CataloguedRuleField {
  public var name: String { tr("field." + rawValue) }
}

public enum IdeaField: RuleField {
  case title, pitch, description, theoryOfChange, innovators, mentors, coach, tags, sdgs, readiness, origin
  case financing(FinancingField)
  case enrichment, indicators, exitPlan, stage
  /// The list of notes, and the text of one note.
  case notes, note
  case reviewer
  /// A score: the criterion's name, or nil for a criterion the rubric does not have.
  case score(criterion: String?)

  /// The field in the current language (`amount asked`, `gevraagd bedrag`, `montant demandé`).
  public var name: String {
    switch self {
    case .title: tr("field.title")
    case .pitch: tr("field.pitch")
    case .description: tr("field.description")
    case .theoryOfChange: tr("field.theoryOfChange")
    case .innovators: tr("field.innovators")
    case .mentors: tr("field.mentors")
    case .coach: tr("field.coach")
    case .tags: tr("field.tags")
    case .sdgs: tr("field.sdgs")
    case .readiness: tr("field.readiness")
    case .origin: tr("field.origin")
    case .financing(let f): f.name
    case .enrichment: tr("field.enrichment")
    case .indicators: tr("field.indicators")
    case .exitPlan: tr("field.exitPlan")
    case .stage: tr("field.stage")
    case .notes: tr("field.notes")
    case .note: tr("field.note")
    case .reviewer: tr("field.reviewer")
    case .score(let criterion): criterion ?? tr("field.score")
    }
  }
}

/// The fields of one financing application; `.applications` is the list as a whole.
public enum FinancingField: String, CataloguedRuleField {
  case applications = "financing", funder, asked, granted, submitted, decided
}

public enum PersonField: String, CataloguedRuleField {
  /// Given and family name together (one of them is needed).
  case name
  case givenName, familyName, email, languages, mentorCapacity, hoursBudget
  /// Expertise is checked by the rule for tags, and messages have always called it so.
  case expertise = "tags"
}

public enum SessionField: String, CataloguedRuleField {
  case title, facilitator, participants, agenda, votes
}

/// Why a rule refuses a value, as a value: `text` is its sentence in the current language.
public enum RuleReason: Hashable, Sendable {
  case ideaNeedsTitle, sessionNeedsTitle, personNeedsName
  case tooLong(max: Int, count: Int)
  case emptyTag
  case tagTooLong(String, max: Int)
  case listedTwice(String)
  case notAGoal(Int)
  case goalTwice
  case outside(Int, ClosedRange<Int>)
  case notAnEmail(String)
  case notALanguageCode(String)
  case negative
  case applicationsShareID, noFunder, noAmountGranted
  case draftWithGrant, grantWithoutDecisionDate
  case submittedInTheFuture(Day)
  case grantedMoreThanAsked(granted: Euro, asked: Euro)
  case decidedBeforeSubmitted(decided: Day, submitted: Day)
  case unknownStage(String, stages: [String])
  case unknownPerson(PersonID)
  case personTwice
  case moduleTwice
  case indicatorNeedsName
  case noExitCriteria
  case emptyNote
  case notesShareID
  case noReviewer
  case unknownCriterion(String)
  case unknownIdea(IdeaID)
  case ideaOnAgendaTwice
  case fewerThanZeroDots
  /// A rule of brokering (`Mentoring/Board+MatchRules.swift`).
  case match(MatchRule)

  /// The reason in the current language (`rule.*` in the catalogues).
  public var text: String {
    switch self {
    case .ideaNeedsTitle: tr("rule.ideaNeedsTitle")
    case .sessionNeedsTitle: tr("rule.sessionNeedsTitle")
    case .personNeedsName: tr("rule.personNeedsName")
    case .tooLong(let max, let count):
      tr("rule.tooLong", ["max": CoreText.number(max), "count": CoreText.number(count)])
    case .emptyTag: tr("rule.emptyTag")
    case .tagTooLong(let tag, let max): tr("rule.tagTooLong", ["tag": tag.prefix(20), "max": CoreText.number(max)])
    case .listedTwice(let item): tr("rule.listedTwice", ["item": item])
    case .notAGoal(let g): tr("rule.notAGoal", ["goal": String(g)])
    case .goalTwice: tr("rule.goalTwice")
    case .outside(let value, let range):
      tr("rule.outside", ["value": String(value), "low": String(range.lowerBound), "high": String(range.upperBound)])
    case .notAnEmail(let text): tr("rule.notAnEmail", ["text": text])
    case .notALanguageCode(let code): tr("rule.notALanguageCode", ["code": code])
    case .negative: tr("rule.negative")
    case .applicationsShareID: tr("rule.applicationsShareID")
    case .noFunder: tr("rule.noFunder")
    case .noAmountGranted: tr("rule.noAmountGranted")
    case .draftWithGrant: tr("rule.draftWithGrant")
    case .grantWithoutDecisionDate: tr("rule.grantWithoutDecisionDate")
    case .submittedInTheFuture(let day): tr("rule.submittedInTheFuture", ["day": CoreText.day(day)])
    case .grantedMoreThanAsked(let granted, let asked):
      tr("rule.grantedMoreThanAsked", ["granted": CoreText.amount(granted), "asked": CoreText.amount(asked)])
    case .decidedBeforeSubmitted(let decided, let submitted):
      tr("rule.decidedBeforeSubmitted", ["decided": CoreText.day(decided), "submitted": CoreText.day(submitted)])
    case .unknownStage(let id, let stages):
      tr("rule.unknownStage", ["id": id, "stages": stages.joined(separator: ", ")])
    case .unknownPerson(let id): tr("rule.unknownPerson", ["code": id.code])
    case .personTwice: tr("rule.personTwice")
    case .moduleTwice: tr("rule.moduleTwice")
    case .indicatorNeedsName: tr("rule.indicatorNeedsName")
    case .noExitCriteria: tr("rule.noExitCriteria")
    case .emptyNote: tr("rule.emptyNote")
    case .notesShareID: tr("rule.notesShareID")
    case .noReviewer: tr("rule.noReviewer")
    case .unknownCriterion(let id): tr("rule.unknownCriterion", ["id": id])
    case .unknownIdea(let id): tr("rule.unknownIdea", ["code": id.code])
    case .ideaOnAgendaTwice: tr("rule.ideaOnAgendaTwice")
    case .fewerThanZeroDots: tr("rule.fewerThanZeroDots")
    case .match(let rule): rule.text
    }
  }
}
