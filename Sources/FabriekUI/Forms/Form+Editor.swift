/// A multi-line field edited in `$VISUAL`/`$EDITOR`: the text comes back whole.
extension Form {
  /// Replaces the focused multi-line field's text (the cursor at its end); false when the
  /// focused field is not a multi-line text field.
  @discardableResult
  public mutating func replaceFocusedText(_ text: String) -> Bool {
    guard fields.indices.contains(focus), fields[focus].isMultiline, case .text = fields[focus].value else {
      return false
    }
    fields[focus].value = .text(TextFieldState(text))
    errors[focus] = nil
    return true
  }

  /// The status-line sentences of the run loop's editor hand-over.
  public static func editorFailedNotice(editor: String) -> String { UIText.editorFailed(editor) }
  public static var editorCannotWriteNotice: String { UIText.editorCannotWrite }
}

extension AppState {
  /// Ctrl-O / F2: the focused multi-line field's text goes to the external editor.
  mutating func openEditor(_ current: Form) -> [Effect] {
    guard let field = current.focusedField, field.isMultiline, case .text(let text) = field.value else {
      message = StatusMessage(UIText.editorNeedsMultiline, isError: true)
      return []
    }
    return [.editExternally(text: Self.editorFile(holding: text.text))]
  }

  /// The editor's text replaces the focused multi-line field's (the form is then dirty).
  mutating func receiveExternalEdit(_ text: String) {
    guard mode == .form, var current = form else { return }
    if current.replaceFocusedText(Self.fieldText(fromEditorFile: text)) { form = current }
  }

  /// The file the editor opens ends with a newline, as a text file does, so that a line
  /// appended to it starts a line of its own; an empty field is an empty file.
  static func editorFile(holding text: String) -> String {
    text.isEmpty ? "" : text + "\n"
  }

  /// The editor's file without the one line end it leaves at the end (`\n` or `\r\n`).
  static func fieldText(fromEditorFile file: String) -> String {
    var text = file
    if text.hasSuffix("\r\n") || text.hasSuffix("\n") { text.removeLast() }
    return text
  }
}
