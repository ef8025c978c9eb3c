import FabriekCore

/// The keys of the board's filter: the filter line (`f`), and the board while a filter is on.
/// Constants, as the other tables: the bindings hold catalogue keys, looked up when drawn.
extension KeyMap {
  /// Typed characters go into the filter; the board narrows as they come.
  public static let filterLine = textLine(
    .filterLine, enter: ("filter.key.done", "filter.key.doneHint"), escape: ("filter.key.leave", "filter.key.leaveHint"))

  /// `F` clears the filter (the financing form is in the detail meanwhile, `Enter` then `F`).
  public static let boardFiltered = KeyMap(
    layer: .boardFiltered, under: [.board, .everywhere],
    bindings: [
      KeyBinding([.char("F")], .clearFilter, help: "filter.key.clear", hint: "filter.key.clearHint")
    ])
}

extension KeyMap {
  /// `f` on the board.
  static let startFilterBinding = KeyBinding(
    [.char("f")], .startFilter, help: "filter.key.start", hint: "filter.key.startHint")
}

extension UIText {
  static var modeFilter: String { tr("filter.mode") }
  static var helpHeadingBoardFiltered: String { tr("filter.help.boardFiltered") }
  static var helpHeadingFilterLine: String { tr("filter.help.filterLine") }
}

extension KeyGuide {
  /// The README's row for `f` and `F`.
  static var filterRowText: String { tr("filter.guide.row") }
}

extension UIText {
  /// The help overlay's list of the built-in views (`:view NAME`), with their queries.
  static var helpViews: String { tr("filter.help.views") }
  static var builtInViews: [(String, String)] { BuiltInView.allCases.map { (":view " + $0.name, $0.query) } }
}
