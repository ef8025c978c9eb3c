/// A form's keys: fields, readline editing, save and cancel. Typed characters go into the
/// focused text field (Space steps a choice on). While the form asks a question, the
/// question's layer takes every key.
extension KeyMap {
  public static let form = KeyMap(
    layer: .form, takesText: true,
    bindings: [
      KeyBinding([.tab], .form(.focusField(.next)), help: "keys.nextField", hint: "keys.hint.field"),
      KeyBinding([.backTab], .form(.focusField(.previous)), help: "keys.previousField", hint: "keys.hint.field"),
      KeyBinding(
        [.down, .ctrl("n")], .form(.arrow(.next)),
        help: "keys.nextLineSuggestionElseNext"),
      KeyBinding(
        [.up, .ctrl("p")], .form(.arrow(.previous)),
        help: "keys.previousLineSuggestionElsePrevious"),
      KeyBinding([.left, .ctrl("b")], .form(.edit(.left)), help: "keys.cursorLeftPreviousOptionChoice"),
      KeyBinding([.right, .ctrl("f")], .form(.edit(.right)), help: "keys.cursorRightNextOptionChoice"),
      KeyBinding([.home, .ctrl("a")], .form(.edit(.home)), help: "keys.startField"),
      KeyBinding([.end, .ctrl("e")], .form(.edit(.end)), help: "keys.endField"),
      KeyBinding([.alt("b")], .form(.edit(.wordLeft)), help: "keys.wordLeft"),
      KeyBinding([.alt("f")], .form(.edit(.wordRight)), help: "keys.wordRight"),
      KeyBinding([.backspace], .form(.edit(.deleteBackward)), help: "keys.deleteCharacterBeforeCursor"),
      KeyBinding([.delete, .ctrl("d")], .form(.edit(.deleteForward)), help: "keys.deleteCharacterCursor"),
      KeyBinding([.ctrl("u")], .form(.edit(.killToStart)), help: "keys.deleteStartField"),
      KeyBinding([.ctrl("k")], .form(.edit(.killToEnd)), help: "keys.deleteEndField"),
      KeyBinding([.ctrl("w")], .form(.edit(.deleteWordBackward)), help: "keys.deleteWordBeforeCursor"),
      KeyBinding(
        [.enter], .form(.newline), help: "keys.newLineTakeSuggestionElse"),
      KeyBinding(
        [.ctrl("o"), .function(2)], .form(.openEditor), help: "keys.editMultiLineFieldVisual"),
      KeyBinding([.ctrl("s")], .form(.save), help: "keys.save", hint: "keys.hint.save"),
      KeyBinding(
        [.escape], .form(.cancel), help: "keys.closeListElseCancelAsks", hint: "keys.hint.cancel"),
    ])

  /// Esc on a form with changes asks first: `y` discards them, any other key keeps editing.
  public static let formDiscard = KeyMap(
    layer: .formDiscard, under: [], otherKeys: (.close, "keys.keepEditing"),
    bindings: [
      KeyBinding([.char("y"), .char("Y")], .confirm, help: "keys.discardChanges")
    ])

  /// Ctrl-S over fields someone else saved meanwhile: `y` saves yours over theirs, `n` or Esc
  /// goes back to the form as typed; any other key does nothing, so that a stray key neither
  /// overwrites nor loses anything.
  public static let formConflicts = question(
    .formConflicts, otherKeysHelp: "keys.nothingNeitherSavedNorLost",
    yes: ("keys.saveYoursOverTheirs", nil), no: ("keys.keepEditingNothingSaved", nil))
}
