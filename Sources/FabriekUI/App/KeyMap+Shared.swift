/// The layers other layers lie on: the keys that mean the same wherever text is typed or a
/// long text is read, and the one key that works (nearly) everywhere.
extension KeyMap {
  /// Under the search field, the palette, a triage prompt, a list's filter and present mode's
  /// contribution line (a form's fields have their own editing keys).
  public static let typing = KeyMap(
    layer: .typing, under: [],
    bindings: [
      KeyBinding([.backspace], .deleteBackward, help: "keys.deleteCharacter"),
      KeyBinding([.ctrl("u")], .clearInput, help: "keys.clearWhatTyped"),
    ])

  /// Scrolling a long text (the detail, the help, the session summary): one list, so all stay the same.
  public static let scrolling = KeyMap(
    layer: .scrolling, under: [],
    bindings: [
      KeyBinding([.char("j"), .down], .scroll(.next), help: "keys.scrollDown", hint: "keys.hint.scroll"),
      KeyBinding([.char("k"), .up], .scroll(.previous), help: "keys.scrollUp", hint: "keys.hint.scroll"),
      KeyBinding([.pageDown, .char(" ")], .scrollPage(.next), help: "keys.pageDown"),
      KeyBinding([.pageUp], .scrollPage(.previous), help: "keys.pageUp"),
      KeyBinding([.char("g"), .home], .scrollToTop, help: "keys.top"),
      KeyBinding([.char("G"), .end], .scrollToBottom, help: "keys.end"),
    ])

  /// Under every screen but a form's questions, which any key answers.
  public static let everywhere = KeyMap(
    layer: .everywhere, under: [],
    bindings: [
      KeyBinding([.function(1)], .showHelp, help: "keys.helpFromAnywhere"),
      KeyBinding([.ctrl("c")], .quit, help: "keys.quit"),
    ])
}
