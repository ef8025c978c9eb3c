import FabriekCore

/// The alumni follow-ups overdue today, for the status line: the ideas in Exited with one
/// overdue, kept up to date by the ideas each change's history lines are about (every change
/// writes one, `Board+Apply.swift`). Recounting the Exited column on every commit cost ~4 ms
/// a change at 100,000 ideas; a new day, or history that is not the one counted from (another
/// process rewrote it), counts the column again.
struct OverdueCount {
  private var ideas: Set<IdeaID> = []
  private var day: Day?
  private var mark = HistoryMark()

  var value: Int { ideas.count }

  mutating func update(for board: Board, today: Day) {
    let history = board.history
    if day == today, let added = mark.linesAdded(to: history) {
      for line in added {
        guard case .idea(let id) = line.subject else { continue }
        if board.hasFollowUpOverdue(id, today: today) { ideas.insert(id) } else { ideas.remove(id) }
      }
    } else {
      ideas = Set((board.columns[Stage.exited] ?? []).filter { board.hasFollowUpOverdue($0, today: today) })
    }
    day = today
    mark = HistoryMark(at: history)
  }
}
