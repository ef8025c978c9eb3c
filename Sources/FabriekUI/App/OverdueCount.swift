import FabriekCore

/// The alumni follow-ups overdue today, for the status line: the ideas in Exited with one
/// overdue, kept up to date by the ideas each change's history lines are about (every change
/// writes one, `Board+Apply.swift`). Recounting the Exited column on every commit cost ~4 ms
/// a change at 100,000 ideas; a new day, or history that is not the one counted from (another
/// process rewrote it), counts the column again.
struct OverdueCount {
  private var ideas: Set<IdeaID> = []
  private var day: Day?
  private var lines = 0
  private var lastLine: HistoryEntry?

  var value: Int { ideas.count }

  mutating func update(for board: Board, today: Day) {
    let history = board.history
    if day == today && lines > 0 && lines <= history.count && history[lines - 1] == lastLine {
      for line in history[lines...] {
        guard case .idea(let id) = line.subject else { continue }
        if Self.isOverdue(id, on: board, today: today) { ideas.insert(id) } else { ideas.remove(id) }
      }
    } else {
      ideas = Set((board.columns[Stage.exited] ?? []).filter { Self.isOverdue($0, on: board, today: today) })
    }
    day = today
    lines = history.count
    lastLine = history.last
  }

  /// In Exited (active, so in its column) with a follow-up overdue, as `Board.followUpsOverdue`
  /// counts them.
  static func isOverdue(_ id: IdeaID, on board: Board, today: Day) -> Bool {
    guard let index = board.ideas.index(forKey: id) else { return false }
    let idea = board.ideas.values[index]
    return idea.isActive && idea.stage == Stage.exited && idea.exitPlan?.followUpOverdue(on: today) == true
  }
}
