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

/// The shapes of several layers, filled in with each one's own help.
extension KeyMap {
  /// A y/n question: `y` goes ahead, `n` or Esc leaves things as they are; any other key does
  /// nothing (`otherKeysHelp` says so), so that a stray key changes nothing.
  static func question(
    _ layer: KeyLayer, otherKeysHelp: String = "keys.nothingQuestionStays",
    yes: (help: String, hint: String?), no: (help: String, hint: String?)
  ) -> KeyMap {
    KeyMap(
      layer: layer, under: [], otherKeys: (nil, otherKeysHelp),
      bindings: [
        KeyBinding([.char("y"), .char("Y")], .confirm, help: yes.help, hint: yes.hint),
        KeyBinding([.char("n"), .char("N"), .escape], .close, help: no.help, hint: no.hint),
      ])
  }

  /// A line typed characters go into: Enter confirms it, Esc closes it, and `between` are its
  /// other keys.
  static func textLine(
    _ layer: KeyLayer, enter: (help: String, hint: String), between: [KeyBinding] = [],
    escape: (help: String, hint: String)
  ) -> KeyMap {
    KeyMap(
      layer: layer, under: [.typing, .everywhere], takesText: true,
      bindings: [KeyBinding([.enter], .confirm, help: enter.help, hint: enter.hint)] + between + [
        KeyBinding([.escape], .close, help: escape.help, hint: escape.hint)
      ])
  }
}
