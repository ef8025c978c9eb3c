/// The keys of `:person erase`: the warning asks `y`, as the command line does; the result
/// closes with Enter or Esc. Both scroll a long list of people or files.
extension KeyMap {
  public static let erasure = KeyMap(
    layer: .erasure, under: [.scrolling, .everywhere],
    bindings: [
      KeyBinding([.char("y"), .char("Y")], .confirm, help: "keys.erasure.erase", hint: "keys.erasure.eraseHint"),
      KeyBinding(
        [.char("n"), .char("N"), .escape, .char("q")], .close, help: "keys.erasure.cancel",
        hint: "keys.erasure.cancelHint"),
    ])

  public static let erasureResult = KeyMap(
    layer: .erasureResult, under: [.scrolling, .everywhere],
    bindings: [
      KeyBinding([.enter, .escape, .char("q")], .close, help: "keys.erasure.close", hint: "keys.erasure.closeHint")
    ])
}
