/// A form's keys: fields, readline editing, save and cancel. Typed characters go into the
/// focused text field (Space steps a choice on). While the form asks a question, the
/// question's layer takes every key.
extension KeyMap {
  public static let form = KeyMap(
    layer: .form, takesText: true,
    bindings: [
      KeyBinding([.tab], .form(.focusField(.next)), help: "next field", hint: "field"),
      KeyBinding([.backTab], .form(.focusField(.previous)), help: "previous field", hint: "field"),
      KeyBinding(
        [.down, .ctrl("n")], .form(.arrow(.next)),
        help: "next line or suggestion; else the next field"),
      KeyBinding(
        [.up, .ctrl("p")], .form(.arrow(.previous)),
        help: "previous line or suggestion; else previous field"),
      KeyBinding([.left, .ctrl("b")], .form(.edit(.left)), help: "cursor left; previous option of a choice"),
      KeyBinding([.right, .ctrl("f")], .form(.edit(.right)), help: "cursor right; next option of a choice"),
      KeyBinding([.home, .ctrl("a")], .form(.edit(.home)), help: "start of the field"),
      KeyBinding([.end, .ctrl("e")], .form(.edit(.end)), help: "end of the field"),
      KeyBinding([.alt("b")], .form(.edit(.wordLeft)), help: "a word left"),
      KeyBinding([.alt("f")], .form(.edit(.wordRight)), help: "a word right"),
      KeyBinding([.backspace], .form(.edit(.deleteBackward)), help: "delete the character before the cursor"),
      KeyBinding([.delete, .ctrl("d")], .form(.edit(.deleteForward)), help: "delete the character at the cursor"),
      KeyBinding([.ctrl("u")], .form(.edit(.killToStart)), help: "delete to the start of the field"),
      KeyBinding([.ctrl("k")], .form(.edit(.killToEnd)), help: "delete to the end of the field"),
      KeyBinding([.ctrl("w")], .form(.edit(.deleteWordBackward)), help: "delete the word before the cursor"),
      KeyBinding(
        [.enter], .form(.newline), help: "new line, or take the suggestion; else next field"),
      KeyBinding(
        [.ctrl("o"), .function(2)], .form(.openEditor), help: "edit a multi-line field in $VISUAL / $EDITOR"),
      KeyBinding([.ctrl("s")], .form(.save), help: "save", hint: "save"),
      KeyBinding(
        [.escape], .form(.cancel), help: "close a list; else cancel (asks if anything changed)", hint: "cancel"),
    ])

  /// Esc on a form with changes asks first: `y` discards them, any other key keeps editing.
  public static let formDiscard = KeyMap(
    layer: .formDiscard, under: [], otherKeys: (.close, "keep editing"),
    bindings: [
      KeyBinding([.char("y"), .char("Y")], .confirm, help: "discard the changes")
    ])

  /// Ctrl-S over fields someone else saved meanwhile: `y` saves yours over theirs, `n` or Esc
  /// goes back to the form as typed; any other key does nothing, so that a stray key neither
  /// overwrites nor loses anything.
  public static let formConflicts = KeyMap(
    layer: .formConflicts, under: [], otherKeys: (nil, "nothing: neither saved nor lost"),
    bindings: [
      KeyBinding([.char("y"), .char("Y")], .confirm, help: "save yours over theirs"),
      KeyBinding([.char("n"), .char("N"), .escape], .close, help: "keep editing (nothing saved)"),
    ])
}
