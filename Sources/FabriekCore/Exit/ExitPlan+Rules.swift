/// What is due in an exit plan on a given day.
extension ExitPlan {
  /// The current taper step: the first not done, with its place in the list.
  public var nextTaperStep: (index: Int, step: TaperStep)? {
    guard let i = taper.firstIndex(where: { !$0.done }) else { return nil }
    return (i, taper[i])
  }

  /// The current step's end has come: support should move on to the next step.
  public func taperDue(on today: Day) -> Bool {
    guard let next = nextTaperStep, let until = next.step.until else { return false }
    return until <= today
  }

  /// The earliest follow-up not yet recorded.
  public var nextFollowUp: (index: Int, followUp: FollowUp)? {
    guard let i = followUps.firstIndex(where: { $0.record == nil }) else { return nil }
    return (i, followUps[i])
  }

  /// Some follow-up not recorded whose day has passed.
  public func followUpOverdue(on today: Day) -> Bool {
    followUps.contains { $0.record == nil && $0.due < today }
  }

  /// The follow-ups of a departure on `day`, `months` after it.
  public static func followUps(leaving day: Day, months: [Int]) -> [FollowUp] {
    months.sorted().map { FollowUp(months: $0, due: day.adding(months: $0)) }
  }
}

extension FollowUp {
  public enum State: String, Sendable, CaseIterable {
    /// Recorded.
    case done
    /// Its day has passed without a record.
    case overdue
    /// Due within `FollowUp.dueWindow` days.
    case due
    case scheduled
  }

  /// How many days ahead a follow-up counts as due.
  public static let dueWindow = 30

  public func state(on today: Day) -> State {
    if record != nil { return .done }
    if due < today { return .overdue }
    if due.daysSinceEpoch - today.daysSinceEpoch <= FollowUp.dueWindow { return .due }
    return .scheduled
  }
}

extension Idea {
  /// On the board in the board's last stage, Exited.
  public var hasExited: Bool { isActive && stage == Stage.exited }
}
