/// The keys of the `:people` and `:sessions` lists, and of their filter field.
extension KeyMap {
  /// A character the list does not bind starts the filter with it.
  public static let list = KeyMap(
    layer: .list, takesText: true,
    bindings: [
      KeyBinding([.char("j"), .down], .list(.move(.next)), help: "next row", hint: "row"),
      KeyBinding([.char("k"), .up], .list(.move(.previous)), help: "previous row", hint: "row"),
      KeyBinding([.pageDown], .list(.page(.next)), help: "a page down"),
      KeyBinding([.pageUp], .list(.page(.previous)), help: "a page up"),
      KeyBinding([.char("g"), .home], .list(.first), help: "first row"),
      KeyBinding([.char("G"), .end], .list(.last), help: "last row"),
      KeyBinding([.enter, .char("e")], .list(.open), help: "open the record's form", hint: "open"),
      KeyBinding([.char("n")], .list(.add), help: "add a new record", hint: "new"),
      KeyBinding([.char("/")], .list(.filter), help: "filter (or start typing a name)", hint: "filter"),
      KeyBinding([.char("u")], .undo, help: "undo the last change"),
      KeyBinding([.ctrl("r")], .redo, help: "redo what was undone"),
      KeyBinding([.char(":")], .openPalette, help: "command palette"),
      KeyBinding([.char("?")], .showHelp, help: "help", hint: "help"),
      KeyBinding([.escape, .char("q")], .close, help: "clear the filter; else back to the board", hint: "back"),
    ])

  /// Typed characters go into the filter; these are the other keys.
  public static let listFilter = KeyMap(
    layer: .listFilter, under: [.typing, .everywhere], takesText: true,
    bindings: [
      KeyBinding([.enter], .list(.open), help: "open the record under the cursor", hint: "open"),
      KeyBinding([.down, .ctrl("n")], .list(.move(.next)), help: "next row", hint: "row"),
      KeyBinding([.up, .ctrl("p")], .list(.move(.previous)), help: "previous row", hint: "row"),
      KeyBinding([.pageDown], .list(.page(.next)), help: "a page down"),
      KeyBinding([.pageUp], .list(.page(.previous)), help: "a page up"),
      KeyBinding([.tab], .confirm, help: "keep the filter and go back to the list's keys", hint: "keep"),
      KeyBinding([.escape], .close, help: "clear the filter and go back to the list's keys", hint: "clear"),
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
}
