/// The layers other layers lie on: the keys that mean the same wherever text is typed or a
/// long text is read, and the one key that works (nearly) everywhere.
extension KeyMap {
  /// Under the search field, the palette, a triage prompt, a list's filter and present mode's
  /// contribution line (a form's fields have their own editing keys).
  public static let typing = KeyMap(
    layer: .typing, under: [],
    bindings: [
      KeyBinding([.backspace], .deleteBackward, help: "delete a character"),
      KeyBinding([.ctrl("u")], .clearInput, help: "clear what was typed"),
    ])

  /// Scrolling a long text (the detail, the help, the session summary): one list, so all stay the same.
  public static let scrolling = KeyMap(
    layer: .scrolling, under: [],
    bindings: [
      KeyBinding([.char("j"), .down], .scroll(.next), help: "scroll down", hint: "scroll"),
      KeyBinding([.char("k"), .up], .scroll(.previous), help: "scroll up", hint: "scroll"),
      KeyBinding([.pageDown, .char(" ")], .scrollPage(.next), help: "a page down"),
      KeyBinding([.pageUp], .scrollPage(.previous), help: "a page up"),
      KeyBinding([.char("g"), .home], .scrollToTop, help: "top"),
      KeyBinding([.char("G"), .end], .scrollToBottom, help: "end"),
    ])

  /// Under every screen but a form's questions, which any key answers.
  public static let everywhere = KeyMap(
    layer: .everywhere, under: [],
    bindings: [
      KeyBinding([.ctrl("c")], .quit, help: "quit")
    ])
}
