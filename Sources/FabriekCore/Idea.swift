/// One candidate idea, from first spark to exit.
public struct Idea: Hashable, Codable, Sendable, Identifiable {
  public var id: IdeaID
  public var title: String
  public var pitch: String
  public var description: String
  public var applicantKind: ApplicantKind?
  public var innovators: [PersonID]
  public var coach: PersonID?
  public var mentors: [PersonID]
  public var origin: Origin?
  public var region: Region?
  public var tags: [String]
  /// UN Sustainable Development Goals, 1…17.
  public var sdgs: [Int]
  public var valueModel: ValueModel?
  /// The stage the idea is in, or was in when it was declined or parked.
  public var stage: String
  public var enteredStage: Timestamp
  public var created: Timestamp
  /// Declined or parked: off the board, still searchable, can be reopened.
  public var outcome: Outcome?
  /// Triage scores per reviewer, criterion id → score.
  public var scores: [String: [String: Int]]
  public var decision: Decision?
  public var enrichment: [EnrichmentModule]
  /// Technology/social readiness level, 1…9.
  public var readiness: Int?
  public var theoryOfChange: String
  public var indicators: [Indicator]
  public var financing: [FinancingApplication]
  public var exitPlan: ExitPlan?
  public var notes: [Note]

  public init(
    id: IdeaID, title: String, stage: String = Stage.incoming, created: Timestamp,
    pitch: String = "", description: String = "", tags: [String] = []
  ) {
    self.id = id
    self.title = title
    self.pitch = pitch
    self.description = description
    applicantKind = nil
    innovators = []
    coach = nil
    mentors = []
    origin = nil
    region = nil
    self.tags = tags
    sdgs = []
    valueModel = nil
    self.stage = stage
    enteredStage = created
    self.created = created
    outcome = nil
    scores = [:]
    decision = nil
    enrichment = []
    readiness = nil
    theoryOfChange = ""
    indicators = []
    financing = []
    exitPlan = nil
    notes = []
  }

  public var code: String { id.code }
  /// On the board (not declined or parked).
  public var isActive: Bool { outcome == nil }

  /// Every person this idea refers to, with the role.
  public var people: [(PersonID, IdeaRole)] {
    innovators.map { ($0, .innovator) } + (coach.map { [($0, .coach)] } ?? []) + mentors.map { ($0, .mentor) }
  }
}

/// The triage decision with its reason.
public struct Decision: Hashable, Codable, Sendable {
  public enum Kind: Hashable, Codable, Sendable {
    case accept(stage: String)
    case decline(reason: DeclineReason, text: String)
    case park(revisit: Day)
    case merge(into: IdeaID)
  }
  public var kind: Kind
  public var by: String
  public var at: Timestamp
  public init(kind: Kind, by: String, at: Timestamp) { self.kind = kind; self.by = by; self.at = at }
}

public struct EnrichmentModule: Hashable, Codable, Sendable {
  public var kind: EnrichmentKind
  public var status: ModuleStatus
  public var notes: String
  public init(kind: EnrichmentKind, status: ModuleStatus, notes: String = "") {
    self.kind = kind; self.status = status; self.notes = notes
  }
}

public struct Indicator: Hashable, Codable, Sendable {
  public var name: String
  public var unit: String
  public var baseline: Double?
  public var target: Double?
  public var current: Double?
  public init(name: String, unit: String = "", baseline: Double? = nil, target: Double? = nil, current: Double? = nil) {
    self.name = name
    self.unit = unit
    self.baseline = baseline
    self.target = target
    self.current = current
  }
}

public struct FinancingApplication: Hashable, Codable, Sendable {
  public var id: LocalID
  public var kind: FinancingKind
  public var funder: String
  public var asked: Euro
  public var granted: Euro?
  public var status: FinancingStatus
  public var submitted: Day?
  public var decided: Day?
  public init(
    id: LocalID, kind: FinancingKind, funder: String, asked: Euro, granted: Euro? = nil,
    status: FinancingStatus, submitted: Day? = nil, decided: Day? = nil
  ) {
    self.id = id
    self.kind = kind
    self.funder = funder
    self.asked = asked
    self.granted = granted
    self.status = status
    self.submitted = submitted
    self.decided = decided
  }
}

public struct Note: Hashable, Codable, Sendable, Identifiable {
  /// Give a new note this id to have it numbered when it is applied.
  public static let nextFreeID: LocalID = 0

  public var id: LocalID
  public var at: Timestamp
  public var author: String
  public var session: SessionID?
  public var text: String
  /// Private notes never appear in present mode or exports for outsiders.
  public var isPrivate: Bool
  public init(
    id: LocalID, at: Timestamp, author: String, text: String, session: SessionID? = nil, isPrivate: Bool = false
  ) {
    self.id = id
    self.at = at
    self.author = author
    self.session = session
    self.text = text
    self.isPrivate = isPrivate
  }
}
