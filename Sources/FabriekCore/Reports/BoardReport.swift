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
    public init(monday: Day, count: Int) {
      self.monday = monday
      self.count = count
    }
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
    // By code, sorting the codes rather than the records (the records are large to move).
    let ids = groups.isSubset(of: [.funnel]) ? [] : only.map { Array($0) } ?? Array(board.ideas.keys)
    let ideas = ids.sorted().compactMap { board.ideas[$0] }
    let cameIn = ideas.filter { $0.created.day >= from && $0.created.day <= to }
    let none: [Idea] = []
    stale = want(.time) ? Self.stale(board, ideas, end) : []
    intake = Self.intake(want(.intake) ? cameIn : none, from: from, to: to)
    mix = Self.mix(want(.mix) ? cameIn : none)
    triage = Self.triage(board, want(.triage) ? ideas : none, want(.triage) ? cameIn : none, from: from, to: to)
    mentors = want(.mentors) ? Self.mentors(board, ideas) : MentorFigures(mentors: [], enrichmentWithoutMentor: [])
    financing = Self.financing(want(.financing) ? ideas : none, from: from, to: to)
    var exits = Dictionary(uniqueKeysWithValues: board.stages.map { ($0.id, ExitFigures(stage: $0.id, ideas: 0, withPlan: 0, agreed: 0)) })
    for idea in want(.exits) ? ideas : none where idea.isActive {
      exits[idea.stage]?.ideas += 1
      if let plan = idea.exitPlan {
        exits[idea.stage]?.withPlan += 1
        if plan.status != .draft { exits[idea.stage]?.agreed += 1 }
      }
    }
    self.exits = board.stages.compactMap { exits[$0.id] }
    alumni = Self.alumni(board, want(.exits) ? ideas : none, only: want(.exits) ? only : [], from: from, to: to)
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

  static func stale(_ board: Board, _ ideas: [Idea], _ end: Timestamp) -> [StaleFigures] {
    let thresholds = Dictionary(board.stages.compactMap { s in s.staleDays.map { (s.id, Int64($0)) } }, uniquingKeysWith: { a, _ in a })
    var over: [String: [(since: Timestamp, id: IdeaID)]] = [:]
    for idea in ideas where idea.isActive && idea.enteredStage <= end {
      guard let threshold = thresholds[idea.stage], (end.seconds - idea.enteredStage.seconds) / 86_400 >= threshold else { continue }
      over[idea.stage, default: []].append((idea.enteredStage, idea.id))
    }
    return board.stages.compactMap { s in
      guard let threshold = s.staleDays else { return nil }
      let sorted = (over[s.id] ?? []).sorted { ($0.since, $0.id) < ($1.since, $1.id) }
      return StaleFigures(stage: s.id, threshold: threshold, ideas: sorted.map(\.id))
    }
  }

  static func weeks(from: Day, to: Day) -> [Day] {
    stride(from: from.monday.daysSinceEpoch, through: to.monday.daysSinceEpoch, by: 7).map(Day.init(daysSinceEpoch:))
  }

  static func intake(_ cameIn: [Idea], from: Day, to: Day) -> IntakeFigures {
    let mondays = weeks(from: from, to: to)
    var perWeek = [Int](repeating: 0, count: mondays.count)
    let first = from.monday.daysSinceEpoch
    // One pass that counts (a filter per origin would copy every record once per kind).
    var byKind: [OriginKind?: Int] = [:]
    for idea in cameIn {
      perWeek[(idea.created.day.monday.daysSinceEpoch - first) / 7] += 1
      byKind[idea.origin?.kind, default: 0] += 1
    }
    let origins = OriginKind.allCases.map { kind in Count(key: kind.rawValue, label: kind.label, count: byKind[kind] ?? 0) }
    let unknown = Count(key: "", label: tr("report.unknown"), count: byKind[nil] ?? 0)
    var campaigns: [String: Count] = [:]
    var folded = FoldedNames()
    for idea in cameIn {
      let name = idea.origin?.name ?? ""
      campaigns[folded.key(name), default: Count(key: name, label: name.isEmpty ? tr("report.noCampaign") : name, count: 0)]
        .count += 1
    }
    let byCampaign = campaigns.values.sorted { ($0.key.isEmpty ? 1 : 0, -$0.count, $0.key) < ($1.key.isEmpty ? 1 : 0, -$1.count, $1.key) }
    return IntakeFigures(
      weeks: zip(mondays, perWeek).map { Week(monday: $0, count: $1) },
      byOrigin: origins + [unknown], byCampaign: byCampaign, total: cameIn.count)
  }

  /// One pass over the ideas that came in: every list's counts at once.
  static func mix(_ cameIn: [Idea]) -> MixFigures {
    var kinds: [ApplicantKind?: Int] = [:]
    var regions: [Region?: Int] = [:]
    var models: [ValueModel?: Int] = [:]
    var goals = [Int](repeating: 0, count: 18)
    for idea in cameIn {
      kinds[idea.applicantKind, default: 0] += 1
      regions[idea.region, default: 0] += 1
      models[idea.valueModel, default: 0] += 1
      for (k, g) in idea.sdgs.enumerated() where (1...17).contains(g) && !idea.sdgs[..<k].contains(g) { goals[g] += 1 }
    }
    func unknown(_ n: Int?) -> Count { Count(key: "", label: tr("report.unknown"), count: n ?? 0) }
    return MixFigures(
      applicantKind: ApplicantKind.allCases.map { Count(key: $0.rawValue, label: $0.label, count: kinds[$0] ?? 0) }
        + [unknown(kinds[nil])],
      region: Region.allCases.map { Count(key: $0.rawValue, label: $0.label, count: regions[$0] ?? 0) } + [unknown(regions[nil])],
      sdgs: (1...17).map { Count(key: String($0), label: tr("report.sdg", ["n": $0]), count: goals[$0]) },
      valueModel: ValueModel.allCases.map { Count(key: $0.rawValue, label: $0.label, count: models[$0] ?? 0) }
        + [unknown(models[nil])])
  }
}
