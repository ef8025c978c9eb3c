import FabriekCore

/// `:alumni`: the exited ideas with their outcome and next follow-up (`Board.alumni`),
/// overdue first, the row under the cursor and the first row shown.
public struct AlumniState: Hashable, Sendable {
  public private(set) var rows: [Alumnus]
  public private(set) var cursor = 0
  public internal(set) var scroll = 0
  let today: Day

  init(board: Board, today: Day) {
    self.today = today
    rows = board.alumni(today: today)
  }

  public var selected: IdeaID? { rows.indices.contains(cursor) ? rows[cursor].idea.id : nil }
  public var overdue: Int { rows.filter { $0.state == .overdue }.count }

  mutating func move(by step: Int) {
    cursor = rows.isEmpty ? 0 : min(max(0, cursor + step), rows.count - 1)
  }

  mutating func moveToEnd(_ last: Bool) { cursor = last ? max(0, rows.count - 1) : 0 }

  /// The board changed: the rows are made again, the cursor stays on its idea.
  mutating func reload(_ board: Board) {
    let keep = selected
    rows = board.alumni(today: today)
    if let keep, let index = rows.firstIndex(where: { $0.idea.id == keep }) { cursor = index } else { move(by: 0) }
  }

  mutating func keepInView(visible: Int) {
    scroll = RecordList.firstShown(cursor: cursor, scroll: scroll, count: rows.count, visible: visible)
  }
}

/// The keys of `:alumni`, as values.
public enum AlumniAction: Hashable, Sendable {
  case move(Action.Direction)
  case page(Action.Direction)
  case first, last
  /// Enter: the detail of the idea under the cursor.
  case open
  /// `f`: the follow-up form of the idea under the cursor.
  case followUp
}
