/// How far a reader of the board's history got: how many lines it has read and the last of
/// them. The lines added since are all it needs to read again, unless the history does not
/// simply continue from the mark (a change was taken back, another process rewrote the
/// file), when it reads everything again. Every change writes a history line
/// (`Board+Apply.swift`), so the new lines name every idea, person and session a change
/// touched: the indexes, the detail pane and the overdue count catch up by them.
public struct HistoryMark: Hashable, Sendable {
  private var count = 0
  private var last: HistoryEntry?

  public init() {}

  /// The mark at the end of `history`.
  public init(at history: [HistoryEntry]) {
    count = history.count
    last = history.last
  }

  /// The lines added after the mark, or nil when `history` does not continue from it.
  public func linesAdded(to history: [HistoryEntry]) -> ArraySlice<HistoryEntry>? {
    guard count <= history.count, count == 0 || history[count - 1] == last else { return nil }
    return history[count...]
  }
}
