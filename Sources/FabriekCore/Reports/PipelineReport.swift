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
    // Stages by their place on the board; a stage the board no longer has is counted nowhere.
    let order = Dictionary(board.stages.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    var events: [IdeaID: [Step]] = [:]
    events.reserveCapacity(only?.count ?? board.ideas.count)
    // By index: the lines are read in place, not copied one by one.
    for k in board.history.indices {
      guard case .idea(let id) = board.history[k].subject, let event = board.history[k].event, board.history[k].at <= to
      else { continue }
      if let only, !only.contains(id) { continue }
      events[id, default: []].append(Step(at: board.history[k].at, event: event, order: order))
    }
    // Lines written before fabriek recorded stage events say nothing structured: such an idea
    // counts from its creation, its entry into the stage it is in (or left) and its decision.
    for id in board.ideas.keys where events[id] == nil && only?.contains(id) != false {
      guard let index = board.ideas.index(forKey: id) else { continue }
      let legacy = Self.legacyEvents(of: board.ideas.values[index], first: board.stages.first?.id ?? Stage.incoming)
        .filter { $0.at <= to }
      if !legacy.isEmpty { events[id] = legacy.map { Step(at: $0.at, event: $0.event, order: order) } }
    }
    var entered = [Int](repeating: 0, count: board.stages.count)
    var movedOn = entered
    var now = entered
    var stays = [[Int]](repeating: [], count: board.stages.count)
    var declined: [DeclineReason: Int] = [:]
    var parked = 0
    var seen = [Bool](repeating: false, count: board.stages.count)
    var seenOnward = seen
    for list in events.values {
      // The furthest stage entered after each change (-1: none), from the last change back.
      var furthest = -1
      var onward = [Int](repeating: -1, count: list.count)
      for k in list.indices.reversed() {
        onward[k] = furthest
        if case .entered(let place?) = list[k].kind { furthest = max(furthest, place) }
      }
      for (k, item) in list.enumerated() {
        let inPeriod = item.at >= from
        switch item.kind {
        case .entered(nil): continue
        case .entered(let place?):
          if inPeriod {
            if !seen[place] {
              seen[place] = true
              entered[place] += 1
            }
            if onward[k] > place && !seenOnward[place] {
              seenOnward[place] = true
              movedOn[place] += 1
            }
          }
          let end = k + 1 < list.count ? list[k + 1].at : to
          if end >= from { stays[place].append(max(0, Int((end.seconds - item.at.seconds) / 86_400))) }
        case .declined(let reason): if inPeriod { declined[reason, default: 0] += 1 }
        case .parked: if inPeriod { parked += 1 }
        }
      }
      for step in list {
        guard case .entered(let place?) = step.kind else { continue }
        seen[place] = false
        seenOnward[place] = false
      }
      if case .entered(let place?)? = list.last?.kind { now[place] += 1 }
    }
    stages = board.stages.enumerated().map { k, s in
      StageFigures(stage: s.id, entered: entered[k], movedOn: movedOn[k], now: now[k], stays: stays[k].sorted())
    }
    self.declined = declined
    self.parked = parked
  }

  /// A stage event of one idea, its stage by place on the board (nil: a stage it no longer has).
  struct Step {
    enum Kind {
      case entered(Int?)
      case declined(DeclineReason)
      case parked
    }
    var at: Timestamp
    var kind: Kind

    init(at: Timestamp, event: StageEvent, order: [String: Int]) {
      self.at = at
      switch event {
      case .entered(let stage): kind = .entered(order[stage])
      case .declined(let reason): kind = .declined(reason)
      case .parked: kind = .parked
      }
    }
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
