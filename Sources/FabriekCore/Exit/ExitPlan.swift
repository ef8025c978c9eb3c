/// How support for an idea ends: the criteria agreed with its innovators, the taper of
/// support towards the exit, the outcome on leaving and the follow-ups after it
/// (`Board+Exit.swift` changes it, `ExitPlan+Rules.swift` says when what is due).
public struct ExitPlan: Hashable, Sendable {
  /// The checklist agreed with the innovators, in the order agreed.
  public var criteria: [ExitCriterion]
  public var targetDate: Day?
  public var status: ExitPlanStatus
  /// A free note on how the exit went.
  public var outcome: String
  /// Support step by step, in order; the first step not done is the current one.
  public var taper: [TaperStep]
  /// Set when the idea moved to Exited.
  public var departure: Departure?
  /// Scheduled on leaving (the board's `ExitSettings.followUpMonths`), earliest first.
  public var followUps: [FollowUp]

  public init(
    criteria: [ExitCriterion], targetDate: Day? = nil, status: ExitPlanStatus = .draft, outcome: String = "",
    taper: [TaperStep] = [], departure: Departure? = nil, followUps: [FollowUp] = []
  ) {
    self.criteria = criteria
    self.targetDate = targetDate
    self.status = status
    self.outcome = outcome
    self.taper = taper
    self.departure = departure
    self.followUps = followUps
  }

  /// Criteria from a text, one per line (blank lines left out), all open: how the plans of
  /// older boards, whose criteria were one text, are read (`Store/Migration.swift`).
  public init(criteria text: String, targetDate: Day? = nil, status: ExitPlanStatus = .draft, outcome: String = "") {
    self.init(
      criteria: Migration.exitCriteria(fromText: text), targetDate: targetDate, status: status, outcome: outcome)
  }

  /// The criteria that count: those not dropped.
  public var agreedCriteria: [ExitCriterion] { criteria.filter { $0.state != .dropped } }
  /// Criteria met out of those not dropped.
  public var readiness: (met: Int, total: Int) {
    let agreed = agreedCriteria
    return (agreed.filter { $0.state == .met }.count, agreed.count)
  }
}

public struct ExitCriterion: Hashable, Codable, Sendable {
  public var text: String
  public var state: CriterionState
  /// What shows the criterion is met (a statute, a contract, a bank statement …).
  public var evidence: String
  public init(text: String, state: CriterionState = .open, evidence: String = "") {
    self.text = text; self.state = state; self.evidence = evidence
  }
}

public enum CriterionState: String, Codable, Sendable, CaseIterable {
  case open, met, dropped
}

/// One step of support: this kind of support until a day (the last step, alumni, has none).
public struct TaperStep: Hashable, Codable, Sendable {
  public var support: SupportKind
  public var until: Day?
  /// The step is over and support moved on to the next one.
  public var done: Bool
  public init(support: SupportKind, until: Day? = nil, done: Bool = false) {
    self.support = support; self.until = until; self.done = done
  }
}

public enum SupportKind: String, Codable, Sendable, CaseIterable {
  case weekly
  case biweekly
  case monthly
  case quarterly
  case alumni
}

/// The outcome on leaving: the day and what became of the idea.
public struct Departure: Hashable, Codable, Sendable {
  public var outcome: ExitOutcome
  public var day: Day
  public init(outcome: ExitOutcome, day: Day) { self.outcome = outcome; self.day = day }
}

public enum ExitOutcome: String, Codable, Sendable, CaseIterable {
  /// Continues independently.
  case independent
  /// Merged into a partner.
  case merged
  case stopped
  /// Handed over (to a public body, another organisation).
  case handedOver = "handed-over"
}

/// A follow-up of an alumnus: due some months after leaving, recorded when done.
public struct FollowUp: Hashable, Codable, Sendable {
  /// Months after the departure (0 for one recorded without a schedule).
  public var months: Int
  public var due: Day
  public var record: FollowUpRecord?
  public init(months: Int, due: Day, record: FollowUpRecord? = nil) {
    self.months = months; self.due = due; self.record = record
  }
}

public struct FollowUpRecord: Hashable, Codable, Sendable {
  public var day: Day
  public var operating: Bool
  /// People employed.
  public var jobs: Int?
  public var turnover: TurnoverBand?
  public var raised: Euro?
  public var note: String
  public init(
    day: Day, operating: Bool, jobs: Int? = nil, turnover: TurnoverBand? = nil, raised: Euro? = nil, note: String = ""
  ) {
    self.day = day
    self.operating = operating
    self.jobs = jobs
    self.turnover = turnover
    self.raised = raised
    self.note = note
  }
}

/// Yearly turnover, in bands so that alumni answer without their accounts at hand.
public enum TurnoverBand: String, Codable, Sendable, CaseIterable {
  case none
  case under50k = "under-50k"
  case from50kTo250k = "50k-250k"
  case from250kTo1m = "250k-1m"
  case over1m = "over-1m"
}
