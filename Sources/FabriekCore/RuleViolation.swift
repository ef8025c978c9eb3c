/// A field of a record that the domain's rules check. Each record has its own enum of them,
/// so that a form places a reason by a value the compiler checks, never by matching text.
public protocol RuleField: Hashable, Sendable {
  /// The field as the command line's messages name it (`amount asked`).
  var name: String { get }
}

/// One value a rule refuses: the field, and why.
public struct RuleViolation<Field: RuleField>: Hashable, Sendable, CustomStringConvertible {
  public var field: Field
  public var reason: RuleReason

  public init(_ field: Field, _ reason: RuleReason) {
    self.field = field
    self.reason = reason
  }

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

public enum IdeaField: RuleField {
  case title, pitch, description, theoryOfChange, innovators, mentors, coach, tags, sdgs, readiness, origin
  case financing(FinancingField)
  case enrichment, indicators, exitPlan, stage
  /// The list of notes, and the text of one note.
  case notes, note
  case reviewer
  /// A score: the criterion's name, or nil for a criterion the rubric does not have.
  case score(criterion: String?)

  public var name: String {
    switch self {
    case .title: "title"
    case .pitch: "pitch"
    case .description: "description"
    case .theoryOfChange: "theory of change"
    case .innovators: "innovators"
    case .mentors: "mentors"
    case .coach: "coach"
    case .tags: "tags"
    case .sdgs: "SDGs"
    case .readiness: "readiness level"
    case .origin: "origin"
    case .financing(let f): f.name
    case .enrichment: "enrichment modules"
    case .indicators: "indicators"
    case .exitPlan: "exit plan"
    case .stage: "stage"
    case .notes: "notes"
    case .note: "note"
    case .reviewer: "reviewer"
    case .score(let criterion): criterion ?? "score"
    }
  }
}

/// The fields of one financing application; `.applications` is the list as a whole.
public enum FinancingField: RuleField {
  case applications, funder, asked, granted, decided

  public var name: String {
    switch self {
    case .applications: "financing"
    case .funder: "funder"
    case .asked: "amount asked"
    case .granted: "amount granted"
    case .decided: "decision date"
    }
  }
}

public enum PersonField: RuleField {
  /// Given and family name together (one of them is needed).
  case name
  case givenName, familyName, email, languages, mentorCapacity, hoursBudget, expertise

  public var name: String {
    switch self {
    case .name: "name"
    case .givenName: "given name"
    case .familyName: "family name"
    case .email: "e-mail"
    case .languages: "languages"
    case .mentorCapacity: "mentor capacity"
    case .hoursBudget: "hours budget"
    // Expertise is checked by the rule for tags, and messages have always called it so.
    case .expertise: "tags"
    }
  }
}

public enum SessionField: RuleField {
  case title, facilitator, participants, agenda, votes

  public var name: String {
    switch self {
    case .title: "title"
    case .facilitator: "facilitator"
    case .participants: "participants"
    case .agenda: "agenda"
    case .votes: "votes"
    }
  }
}

/// Why a rule refuses a value, as a value: `text` is the English sentence, and a translation
/// can give its own for each case.
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

  public var text: String {
    switch self {
    case .ideaNeedsTitle: "an idea needs a title"
    case .sessionNeedsTitle: "a session needs a title"
    case .personNeedsName: "a person needs a given name or a family name"
    case .tooLong(let max, let count): "keep it under \(max) characters (it has \(count))"
    case .emptyTag: "a tag cannot be empty"
    case .tagTooLong(let tag, let max): "“\(tag.prefix(20))…” is longer than \(max) characters"
    case .listedTwice(let item): "“\(item)” is there twice"
    case .notAGoal(let g): "\(g) is not a Sustainable Development Goal (they are numbered 1 to 17)"
    case .goalTwice: "a goal is listed twice"
    case .outside(let value, let range): "\(value) is outside \(range.lowerBound) to \(range.upperBound)"
    case .notAnEmail(let text): "“\(text)” is not an e-mail address like naam@voorbeeld.be"
    case .notALanguageCode(let code): "“\(code)” is not a language code like nl, fr or en"
    case .negative: "it cannot be negative"
    case .applicationsShareID: "two applications share an id"
    case .noFunder: "say who the application goes to"
    case .noAmountGranted: "a granted application needs the amount granted"
    case .grantedMoreThanAsked(let granted, let asked): "\(granted) is more than the \(asked) asked"
    case .decidedBeforeSubmitted(let decided, let submitted): "\(decided) is before the submission on \(submitted)"
    case .unknownStage(let id, let stages): "“\(id)” is not a stage of this board (\(stages.joined(separator: ", ")))"
    case .unknownPerson(let id): "\(id.code) is not a person on this board"
    case .personTwice: "someone is listed twice"
    case .moduleTwice: "a module is listed twice"
    case .indicatorNeedsName: "every indicator needs a name"
    case .noExitCriteria: "say when support ends: the exit criteria cannot be empty"
    case .emptyNote: "the note is empty"
    case .notesShareID: "two notes share an id"
    case .noReviewer: "scores need a reviewer's name"
    case .unknownCriterion(let id): "“\(id)” is not a criterion of this board's rubric"
    case .unknownIdea(let id): "\(id.code) is not an idea on this board"
    case .ideaOnAgendaTwice: "an idea is on the agenda twice"
    case .fewerThanZeroDots: "an idea cannot have fewer than zero dots"
    }
  }
}
