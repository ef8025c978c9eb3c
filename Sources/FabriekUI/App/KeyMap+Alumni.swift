/// The keys of `:alumni`.
extension KeyMap {
  public static let alumni = KeyMap(
    layer: .alumni,
    bindings: rowBindings(Action.alumni) + [
      KeyBinding([.enter], .alumni(.open), help: "exit.keys.openDetail", hint: "keys.hint.open"),
      KeyBinding([.char("f")], .alumni(.followUp), help: "exit.keys.followUp", hint: "exit.keys.hint.followUp"),
    ] + listScreenBindings + [
      KeyBinding([.escape, .char("q")], .close, help: "exit.keys.back", hint: "keys.hint.back")
    ])
}
