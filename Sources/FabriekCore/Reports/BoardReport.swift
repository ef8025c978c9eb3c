/// Every figure of the report for a period and a set of ideas (a filter's, a view's or a
/// campaign's; all of them without one), computed once from the board alone. The groups are
/// `ReportGroup`; each figure's definition is its catalogue text (`ReportGroup.notes`).
public struct BoardReport: Hashable, Sendable {
  public var from: Day
  public var to: Day
  /// The ideas counted; nil: every idea of the board.
  public var only: Set<IdeaID>?
  public var pipeline: PipelineReport
  public var stale: [StaleFigures]
  public var intake: IntakeFigures
  public var mix: MixFigures
  public var triage: TriageFigures
  public var mentors: MentorFigures
  public var financing: FinancingFigures
  public var exits: [ExitFigures]
  /// The alumni: departures of the period by outcome, follow-ups due by its end, and what the
  /// alumni of the ideas counted are doing (`ExitFigures.swift`).
  public var alumni: AlumniFigures

  /// The ideas over a stage's stale threshold at the end of the period.
  public struct StaleFigures: Hashable, Sendable {
    public var stage: String
    public var threshold: Int
    /// Their codes, longest in the stage first.
    public var ideas: [IdeaID]
  }

  /// A label's count, in the order the figure lists them.
  public struct Count: Hashable, Sendable {
    public var key: String
    public var label: String
    public var count: Int
  }

  public struct Week: Hashable, Sendable {
    public var monday: Day
    public var count: Int
    public init(monday: Day, count: Int) { self.monday = monday; self.count = count }
  }

  public struct IntakeFigures: Hashable, Sendable {
    /// The Monday of each week from the period's first to its last, and the ideas that came in.
    public var weeks: [Week]
    public var byOrigin: [Count]
    public var byCampaign: [Count]
    public var total: Int
  }

  public struct MixFigures: Hashable, Sendable {
    public var applicantKind: [Count]
    public var region: [Count]
    /// SDGs 1…17 each; an idea counts once for every goal it names.
    public var sdgs: [Count]
    public var valueModel: [Count]
  }

  public struct TriageFigures: Hashable, Sendable {
    public var perWeek: [Week]
    public var byKind: [Count]
    /// Days from an idea's intake to its decision, sorted.
    public var daysToDecision: [Int]
    public var medianDays: Double? { PipelineReport.percentile(daysToDecision, 0.5) }
    public var p90Days: Double? { PipelineReport.percentile(daysToDecision, 0.9) }
    /// Per idea scored by two or more reviewers: the highest minus the lowest weighted total.
    public var spreads: [Double]
    public var medianSpread: Double? { PipelineReport.percentile(spreads, 0.5) }
    public var maxSpread: Double? { spreads.last }
  }

  public struct MentorLoad: Hashable, Sendable {
    public var person: PersonID
    public var name: String
    public var active: Int
    public var capacity: Int?
    public var hoursBudget: Int?
    /// Hours logged on the person's matches with the ideas counted, ever (a budget is for all time).
    public var hoursUsed: Double
  }

  public struct MentorFigures: Hashable, Sendable {
    public var mentors: [MentorLoad]
    /// Active ideas in Enrichment with no mentor.
    public var enrichmentWithoutMentor: [IdeaID]
  }

  public struct FinancingLine: Hashable, Sendable {
    public var key: String
    public var label: String
    public var applications: Int
    public var asked: Euro
    public var granted: Euro
    public var refused: Euro
  }

  public struct FinancingFigures: Hashable, Sendable {
    public var byKind: [FinancingLine]
    public var byFunder: [FinancingLine]
    public var total: FinancingLine
  }

  public struct AlumniFigures: Hashable, Sendable {
    /// Ideas that left (moved to Exited with an outcome) in the period, by outcome.
    public var leftInPeriod: [ExitOutcome: Int]
    /// Follow-ups due by the end of the period and not recorded.
    public var followUpsDue: Int
    public var figures: FabriekCore.ExitFigures
  }

  public struct ExitFigures: Hashable, Sendable {
    public var stage: String
    public var ideas: Int
    /// With an exit plan of any status.
    public var withPlan: Int
    /// With a plan agreed, being executed or completed.
    public var agreed: Int
  }

  /// The figures of `board` from `from` to `to` (both included) for the ideas of `only`; of
  /// the groups of `groups` only (the others are those of no idea), so that a screen showing
  /// one page computes one group (`merge` adds others later).
  public init(board: Board, from: Day, to: Day, only: Set<IdeaID>? = nil, groups: Set<ReportGroup> = Set(ReportGroup.allCases)) {
    self.from = from
    self.to = to
    self.only = only
    let start = Timestamp(seconds: Int64(from.daysSinceEpoch) * 86_400)
    let end = Timestamp(seconds: Int64(to.daysSinceEpoch + 1) * 86_400 - 1)
    let want = { (g: ReportGroup) in groups.contains(g) }
    pipeline =
      want(.funnel) || want(.time)
      ? PipelineReport(board: board, from: start, to: end, only: only)
      : PipelineReport(board: board, from: start, to: end, only: [])
    // One pass over the ideas in code order, each record read in place (`ReportTally`).
    var tally = ReportTally(board: board, from: from, to: to, end: end, want: groups)
    if !groups.isSubset(of: [.funnel]) {
      for id in (only.map { Array($0) } ?? Array(board.ideas.keys)).sorted() {
        guard let index = board.ideas.index(forKey: id) else { continue }
        tally.add(board.ideas.values[index])
      }
    }
    stale = tally.stale
    intake = tally.intake
    mix = tally.mix
    triage = tally.triage
    mentors = tally.mentors(only: only)
    financing = tally.financing
    exits = tally.exitCoverage
    alumni = tally.alumni(only: only)
  }

  /// Takes the figures of `groups` from `other`, a report of the same period and ideas.
  public mutating func merge(_ other: BoardReport, groups: Set<ReportGroup>) {
    if groups.contains(.funnel) || groups.contains(.time) { pipeline = other.pipeline }
    if groups.contains(.time) { stale = other.stale }
    if groups.contains(.intake) { intake = other.intake }
    if groups.contains(.mix) { mix = other.mix }
    if groups.contains(.triage) { triage = other.triage }
    if groups.contains(.mentors) { mentors = other.mentors }
    if groups.contains(.financing) { financing = other.financing }
    if groups.contains(.exits) {
      exits = other.exits
      alumni = other.alumni
    }
  }

  /// Conversion from each stage onwards: of the ideas that entered the stage in the period,
  /// the share that went on to a later stage within the period (so at most 1); nil when none
  /// entered it. `to` is the next stage, for the label.
  public var conversion: [(from: String, to: String, share: Double?)] {
    zip(pipeline.stages, pipeline.stages.dropFirst()).map { a, b in
      (a.stage, b.stage, a.entered > 0 ? Double(a.movedOn) / Double(a.entered) : nil)
    }
  }

  static func weeks(from: Day, to: Day) -> [Day] {
    stride(from: from.monday.daysSinceEpoch, through: to.monday.daysSinceEpoch, by: 7).map(Day.init(daysSinceEpoch:))
  }
}
