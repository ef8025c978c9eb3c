import FabriekCore

/// The row keys every list screen shares (`:people` and `:sessions`, `:alumni`, the mentoring
/// screens): each screen's actions have the same four, so that one table of bindings
/// (`KeyMap.rowBindings`) and one way of moving the cursor (`RowCursor.moveCursor`) serve all.
protocol RowListAction: Equatable {
  static func move(_ direction: Action.Direction) -> Self
  static func page(_ direction: Action.Direction) -> Self
  static var first: Self { get }
  static var last: Self { get }
}

extension ListAction: RowListAction {}
extension AlumniAction: RowListAction {}
extension MentorAction: RowListAction {}

/// A list screen's state: a cursor over its rows that stops at the ends, the rows made from
/// the board.
protocol RowCursor {
  mutating func move(by step: Int)
  mutating func moveToEnd(_ last: Bool)
  mutating func reload(_ board: Board)
  mutating func keepInView(visible: Int)
}

extension RowCursor {
  /// The board changed: the rows made again, the cursor's row among the `visible` ones shown.
  func reloaded(_ board: Board, visible: Int) -> Self {
    var copy = self
    copy.reload(board)
    copy.keepInView(visible: visible)
    return copy
  }

  /// Moves the cursor for a row key, with `visible` rows shown: a page moves by one row less,
  /// so that the last row shown stays in view. Other actions do nothing.
  mutating func moveCursor<A: RowListAction>(_ action: A, visible: Int) {
    let page = max(1, visible - 1)
    switch action {
    case .move(.next): move(by: 1)
    case .move(.previous): move(by: -1)
    case .page(.next): move(by: page)
    case .page(.previous): move(by: -page)
    case .first: moveToEnd(false)
    case .last: moveToEnd(true)
    default: break
    }
  }
}

extension RecordList: RowCursor {}
extension AlumniState: RowCursor {}
extension MentorsState: RowCursor {}

extension KeyMap {
  /// The row keys of a list screen, bound to its own actions (`Action.list`, `.alumni`, `.mentors`).
  static func rowBindings<A: RowListAction>(_ action: (A) -> Action) -> [KeyBinding] {
    [
      KeyBinding([.char("j"), .down], action(.move(.next)), help: "keys.nextRow", hint: "keys.hint.row"),
      KeyBinding([.char("k"), .up], action(.move(.previous)), help: "keys.previousRow", hint: "keys.hint.row"),
      KeyBinding([.pageDown], action(.page(.next)), help: "keys.pageDown"),
      KeyBinding([.pageUp], action(.page(.previous)), help: "keys.pageUp"),
      KeyBinding([.char("g"), .home], action(.first), help: "keys.firstRow"),
      KeyBinding([.char("G"), .end], action(.last), help: "keys.lastRow"),
    ]
  }

  /// Undo, redo, the palette and the help, as every list screen has them after its own keys.
  static let listScreenBindings: [KeyBinding] = [
    KeyBinding([.char("u")], .undo, help: "keys.undoLastChange"),
    KeyBinding([.ctrl("r")], .redo, help: "keys.redoWhatUndone"),
    KeyBinding([.char(":")], .openPalette, help: "keys.commandPalette"),
    KeyBinding([.char("?")], .showHelp, help: "keys.help", hint: "keys.hint.help"),
  ]
}
