/// The keys of `:alumni`.
extension KeyMap {
  public static let alumni = KeyMap(
    layer: .alumni,
    bindings: [
      KeyBinding([.char("j"), .down], .alumni(.move(.next)), help: "keys.nextRow", hint: "keys.hint.row"),
      KeyBinding([.char("k"), .up], .alumni(.move(.previous)), help: "keys.previousRow", hint: "keys.hint.row"),
      KeyBinding([.pageDown], .alumni(.page(.next)), help: "keys.pageDown"),
      KeyBinding([.pageUp], .alumni(.page(.previous)), help: "keys.pageUp"),
      KeyBinding([.char("g"), .home], .alumni(.first), help: "keys.firstRow"),
      KeyBinding([.char("G"), .end], .alumni(.last), help: "keys.lastRow"),
      KeyBinding([.enter], .alumni(.open), help: "exit.keys.openDetail", hint: "keys.hint.open"),
      KeyBinding([.char("f")], .alumni(.followUp), help: "exit.keys.followUp", hint: "exit.keys.hint.followUp"),
      KeyBinding([.char("u")], .undo, help: "keys.undoLastChange"),
      KeyBinding([.ctrl("r")], .redo, help: "keys.redoWhatUndone"),
      KeyBinding([.char(":")], .openPalette, help: "keys.commandPalette"),
      KeyBinding([.char("?")], .showHelp, help: "keys.help", hint: "keys.hint.help"),
      KeyBinding([.escape, .char("q")], .close, help: "exit.keys.back", hint: "keys.hint.back"),
    ])
}
