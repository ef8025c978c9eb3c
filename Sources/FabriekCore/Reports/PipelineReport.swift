/// The pipeline in figures for a period, counted from the stage events of the history lines
/// (`HistoryEntry.event`): how many ideas entered each stage and how many are in it at the end,
/// how long stays in each stage last, and how many left declined (by reason) or parked.
///
/// Definitions (the report's notes say them too, from the catalogue keys `ReportGroup.noteKeys`
/// names):
/// - an idea *entered* a stage in the period when a change in the period put it there (added
///   there, moved, accepted, reopened, put back by an undo); each idea counts once per stage;
/// - an idea is *in* a stage at the end of the period when the last change up to then put it
///   there;
/// - a *stay* runs from the change that put an idea in a stage to the next change that moved
///   it, or to the end of the period; the stays counted are those that overlap the period, each
///   measured in whole days from its start to its end (or the period's end);
/// - a decline or park counts on the day of the change that made it.
public struct PipelineReport: Hashable, Sendable {
  public struct StageFigures: Hashable, Sendable {
    public var stage: String
    public var entered: Int
    /// Of those that entered, the ideas that went on to a later stage within the period.
    public var movedOn: Int = 0
    public var now: Int
    /// Days of the stays counted, sorted.
    public var stays: [Int]
    public var medianDays: Double? { PipelineReport.percentile(stays, 0.5) }
    public var p90Days: Double? { PipelineReport.percentile(stays, 0.9) }
  }

  public var from: Timestamp
  public var to: Timestamp
  public var stages: [StageFigures]
  public var declined: [DeclineReason: Int]
  public var parked: Int

  /// The figures of `board` from `from` to `to` (both included); ideas off the board count too.
  /// With `only`, just those ideas count (a filter's or a campaign's).
  public init(board: Board, from: Timestamp, to: Timestamp, only: Set<IdeaID>? = nil) {
    self.from = from
    self.to = to
    var events: [IdeaID: [(at: Timestamp, event: StageEvent)]] = [:]
    for line in board.history {
      guard case .idea(let id) = line.subject, let event = line.event, line.at <= to else { continue }
      if let only, !only.contains(id) { continue }
      events[id, default: []].append((line.at, event))
    }
    // Lines written before fabriek recorded stage events say nothing structured: such an idea
    // counts from its creation, its entry into the stage it is in (or left) and its decision.
    for idea in board.ideas.values where events[idea.id] == nil && only?.contains(idea.id) != false {
      let legacy = Self.legacyEvents(of: idea, first: board.stages.first?.id ?? Stage.incoming).filter { $0.at <= to }
      if !legacy.isEmpty { events[idea.id] = legacy }
    }
    var entered: [String: Set<IdeaID>] = [:]
    var movedOn: [String: Set<IdeaID>] = [:]
    let order = Dictionary(board.stages.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    var now: [String: Int] = [:]
    var stays: [String: [Int]] = [:]
    var declined: [DeclineReason: Int] = [:]
    var parked = 0
    for (id, list) in events {
      for (k, item) in list.enumerated() {
        let inPeriod = item.at >= from
        switch item.event {
        case .entered(let stage):
          if inPeriod {
            entered[stage, default: []].insert(id)
            let here = order[stage] ?? Int.max
            let onward = list[(k + 1)...].contains { later in
              if case .entered(let next) = later.event { (order[next] ?? -1) > here } else { false }
            }
            if onward { movedOn[stage, default: []].insert(id) }
          }
          let end = k + 1 < list.count ? list[k + 1].at : to
          if end >= from {
            stays[stage, default: []].append(max(0, Int((end.seconds - item.at.seconds) / 86_400)))
          }
        case .declined(let reason): if inPeriod { declined[reason, default: 0] += 1 }
        case .parked: if inPeriod { parked += 1 }
        }
      }
      if case .entered(let stage)? = list.last?.event { now[stage, default: 0] += 1 }
    }
    stages = board.stages.map { s in
      StageFigures(
        stage: s.id, entered: entered[s.id]?.count ?? 0, movedOn: movedOn[s.id]?.count ?? 0, now: now[s.id] ?? 0,
        stays: (stays[s.id] ?? []).sorted())
    }
    self.declined = declined
    self.parked = parked
  }

  static func legacyEvents(of idea: Idea, first: String) -> [(at: Timestamp, event: StageEvent)] {
    var out: [(at: Timestamp, event: StageEvent)] = []
    if idea.stage != first, idea.enteredStage > idea.created {
      out.append((idea.created, .entered(stage: first)))
      out.append((idea.enteredStage, .entered(stage: idea.stage)))
    } else {
      out.append((idea.created, .entered(stage: idea.stage)))
    }
    let decided = max(idea.decision?.at ?? idea.enteredStage, out.last?.at ?? idea.created)
    switch idea.outcome {
    case .declined(let reason, _)?: out.append((decided, .declined(reason)))
    case .parked?: out.append((decided, .parked))
    case nil: break
    }
    return out
  }

  /// The nearest-rank percentile of sorted values (the median of an even count is the mean of
  /// the two middle ones); nil without values.
  static func percentile(_ sorted: [Int], _ p: Double) -> Double? {
    percentile(sorted.map(Double.init), p)
  }

  /// The same of sorted doubles.
  static func percentile(_ sorted: [Double], _ p: Double) -> Double? {
    guard !sorted.isEmpty else { return nil }
    if p == 0.5 {
      let mid = sorted.count / 2
      return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
    var rank = Int((p * Double(sorted.count)).rounded(.up))
    rank = min(max(rank, 1), sorted.count)
    return sorted[rank - 1]
  }
}
