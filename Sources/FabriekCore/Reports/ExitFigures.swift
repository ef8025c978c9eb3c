/// The exit figures for the reports, from the board alone: how many ideas have an exit plan in
/// each stage, how many of their criteria the alumni met when they left, how many still operate
/// at 12 and 24 months (of those whose follow-up at that month is recorded), and the people they
/// employ and the money they raised (each alumnus's latest recorded follow-up).
public struct ExitFigures: Hashable, Sendable {
  public struct StageCoverage: Hashable, Sendable {
    public var stage: String
    public var ideas: Int
    public var withPlan: Int
  }
  public struct Survival: Hashable, Sendable {
    public var months: Int
    /// Follow-ups at that month recorded.
    public var recorded: Int
    public var operating: Int
    /// operating / recorded, nil when none is recorded.
    public var share: Double? { recorded == 0 ? nil : Double(operating) / Double(recorded) }
  }

  public var coverage: [StageCoverage]
  /// Alumni (ideas in Exited with a departure).
  public var alumni: Int
  /// Criteria met and agreed (not dropped) over the alumni.
  public var criteriaMet: Int
  public var criteriaAgreed: Int
  /// Alumni that left with every agreed criterion met.
  public var leftReady: Int
  public var outcomes: [ExitOutcome: Int]
  public var survival: [Survival]
  /// People employed by the alumni, at their latest follow-up.
  public var jobs: Int
  /// Money raised by the alumni, at their latest follow-up.
  public var raised: Euro

  /// The figures of the ideas of `only` (all of the board's when nil).
  public static func compute(_ board: Board, only: Set<IdeaID>? = nil, survivalMonths: [Int] = [12, 24]) -> ExitFigures {
    // By code: the records are large to copy, and only their plans are read.
    func column(_ stage: String) -> [IdeaID] {
      let ids = board.columns[stage] ?? []
      guard let only else { return ids }
      return ids.filter { only.contains($0) }
    }
    let coverage = board.stages.map { stage in
      let ids = column(stage.id)
      return StageCoverage(
        stage: stage.id, ideas: ids.count, withPlan: ids.reduce(0) { $0 + (board.ideas[$1]?.exitPlan != nil ? 1 : 0) })
    }
    let plans = column(Stage.exited).compactMap { id in
      board.ideas[id]?.exitPlan.flatMap { $0.departure == nil ? nil : $0 }
    }
    var figures = ExitFigures(
      coverage: coverage, alumni: plans.count, criteriaMet: 0, criteriaAgreed: 0, leftReady: 0, outcomes: [:],
      survival: survivalMonths.map { Survival(months: $0, recorded: 0, operating: 0) }, jobs: 0, raised: .zero)
    for plan in plans {
      let r = plan.readiness
      figures.criteriaMet += r.met
      figures.criteriaAgreed += r.total
      if r.total > 0 && r.met == r.total { figures.leftReady += 1 }
      if let d = plan.departure { figures.outcomes[d.outcome, default: 0] += 1 }
      for (k, s) in figures.survival.enumerated() {
        guard let record = plan.followUps.first(where: { $0.months == s.months })?.record else { continue }
        figures.survival[k].recorded += 1
        if record.operating { figures.survival[k].operating += 1 }
      }
      if let latest = plan.followUps.compactMap(\.record).last {
        figures.jobs += latest.jobs ?? 0
        figures.raised = figures.raised + (latest.raised ?? .zero)
      }
    }
    return figures
  }
}
