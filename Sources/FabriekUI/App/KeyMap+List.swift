/// The keys of the `:people` and `:sessions` lists, and of their filter field.
extension KeyMap {
  /// A character the list does not bind starts the filter with it.
  public static let list = KeyMap(
    layer: .list, takesText: true,
    bindings: rowBindings(Action.list) + [
      KeyBinding([.enter, .char("e")], .list(.open), help: "keys.openRecordForm", hint: "keys.hint.open"),
      KeyBinding([.char("n")], .list(.add), help: "keys.addNewRecord", hint: "keys.hint.new"),
      KeyBinding([.char("/")], .list(.filter), help: "keys.filterStartTypingName", hint: "keys.hint.filter"),
    ] + listScreenBindings + [
      KeyBinding([.escape, .char("q")], .close, help: "keys.clearFilterElseBackBoard", hint: "keys.hint.back")
    ])

  /// The `:sessions` list: the list's keys, and `p` to present the session under the cursor.
  public static let sessionList = KeyMap(
    layer: .sessionList, under: [.list, .everywhere], takesText: true,
    bindings: [
      KeyBinding([.char("p")], .list(.present), help: "keys.presentSessionUnderCursor", hint: "keys.hint.present")
    ])

  /// Typed characters go into the filter; these are the other keys.
  public static let listFilter = KeyMap(
    layer: .listFilter, under: [.typing, .everywhere], takesText: true,
    bindings: [
      KeyBinding([.enter], .list(.open), help: "keys.openRecordUnderCursor", hint: "keys.hint.open"),
      KeyBinding([.down, .ctrl("n")], .list(.move(.next)), help: "keys.nextRow", hint: "keys.hint.row"),
      KeyBinding([.up, .ctrl("p")], .list(.move(.previous)), help: "keys.previousRow", hint: "keys.hint.row"),
      KeyBinding([.pageDown], .list(.page(.next)), help: "keys.pageDown"),
      KeyBinding([.pageUp], .list(.page(.previous)), help: "keys.pageUp"),
      KeyBinding([.tab], .confirm, help: "keys.keepFilterGoBackList", hint: "keys.hint.keep"),
      KeyBinding([.escape], .close, help: "keys.clearFilterGoBackList", hint: "keys.hint.clear"),
    ])
}

/// The keys of the lists, as values.
public enum ListAction: Hashable, Sendable {
  case move(Action.Direction)
  case page(Action.Direction)
  case first, last
  /// Enter / `e`: the form of the record under the cursor, prefilled.
  case open
  /// `n`: an empty form.
  case add
  /// `/`: type the filter.
  case filter
  /// `p` on `:sessions`: present mode in the session under the cursor.
  case present
}
