/// The alumni: ideas in Exited with their outcome and next follow-up, for `:alumni` and
/// `fabriek alumni`.
public struct Alumnus: Hashable, Sendable {
  public var idea: Idea
  public var departure: Departure?
  /// The earliest follow-up not recorded.
  public var next: FollowUp?
  /// The state of `next` (done when every follow-up is recorded).
  public var state: FollowUp.State
  /// Follow-ups recorded and scheduled.
  public var recorded: Int
  public var scheduled: Int
}

extension Board {
  /// Exited ideas, overdue follow-ups first, then by the day of the next follow-up, then by code.
  public func alumni(today: Day) -> [Alumnus] {
    let list = column(Stage.exited).map { idea -> Alumnus in
      let plan = idea.exitPlan
      let next = plan?.nextFollowUp?.followUp
      return Alumnus(
        idea: idea, departure: plan?.departure, next: next, state: next?.state(on: today) ?? .done,
        recorded: plan?.followUps.filter { $0.record != nil }.count ?? 0, scheduled: plan?.followUps.count ?? 0)
    }
    func rank(_ a: Alumnus) -> Int {
      switch a.state {
      case .overdue: 0
      case .due: 1
      case .scheduled: 2
      case .done: 3
      }
    }
    return list.sorted {
      (rank($0), $0.next?.due.daysSinceEpoch ?? Int.max, $0.idea.id.rawValue)
        < (rank($1), $1.next?.due.daysSinceEpoch ?? Int.max, $1.idea.id.rawValue)
    }
  }

  /// Alumni (ideas in Exited) with a follow-up overdue: the count in the board's status line,
  /// so it looks at the Exited column only.
  public func followUpsOverdue(today: Day) -> Int {
    (columns[Stage.exited] ?? []).reduce(0) { n, id in n + (hasFollowUpOverdue(id, today: today) ? 1 : 0) }
  }

  /// Whether the idea is an alumnus (active, in Exited) with a follow-up overdue on `today`:
  /// what `followUpsOverdue` counts. Its record is read in place.
  public func hasFollowUpOverdue(_ id: IdeaID, today: Day) -> Bool {
    guard let index = ideas.index(forKey: id) else { return false }
    let idea = ideas.values[index]
    return idea.isActive && idea.stage == Stage.exited && idea.exitPlan?.followUpOverdue(on: today) == true
  }

  /// Moving an idea into Exited with its outcome: the move and the departure as one step, so
  /// one undo takes both back. `index` is its place in the Exited column (nil: the end).
  public func exitMove(_ id: IdeaID, outcome: ExitOutcome, index: Int? = nil, at: Timestamp) -> BoardOperation {
    .batch([
      .moveIdea(id, stage: Stage.exited, index: index, enteredAt: at),
      .exit(id, .leave(Departure(outcome: outcome, day: at.day))),
    ])
  }
}

extension ExitOutcome {
  /// An outcome by its name or an unambiguous beginning of it (`ind`, `handed`).
  public init?(typed text: String) {
    let key = text.trimmingCharactersInWhitespace().lowercased()
    guard !key.isEmpty else { return nil }
    if let exact = ExitOutcome(rawValue: key) {
      self = exact
      return
    }
    let matches = ExitOutcome.allCases.filter { $0.rawValue.hasPrefix(key) }
    guard matches.count == 1, let only = matches.first else { return nil }
    self = only
  }

  /// `independent|merged|stopped|handed-over`.
  public static var names: String { allCases.map(\.rawValue).joined(separator: "|") }
}
