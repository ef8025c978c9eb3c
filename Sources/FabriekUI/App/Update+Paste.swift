import FabriekCore

/// A paste (`Key.Code.paste`): the whole text at once into whatever takes text here.
extension AppState {
  /// Into the focused field of a form as one edit; onto the search text, the command line,
  /// a triage prompt's words or date, a list's filter or present mode's contribution line,
  /// on one line. The board and the other screens take no text: the paste is dropped and
  /// the status line says why (not on the projector, where nothing but the board shows).
  mutating func handlePaste(_ text: String) -> [Effect] {
    switch mode {
    case .form:
      guard var current = form, !current.isAsking else { return [] }
      if current.paste(text) {
        form = current
      } else {
        message = StatusMessage(UIText.pasteNeedsText)
      }
    case .search:
      type(contentsOf: PastedText.oneLine(text))
    case .filter:
      typeFilter(contentsOf: PastedText.oneLine(text))
    case .palette:
      typeCommand(contentsOf: PastedText.oneLine(text))
    case .triagePrompt:
      let line = PastedText.oneLine(text)
      let next = triage?.prompt?.editingText { $0 = String(($0 + line).prefix(Self.promptLimit)) }
      triage?.prompt = next
    case .list, .listFilter:
      typeInList(contentsOf: PastedText.oneLine(text))
    case .present:
      if present?.capture != nil { present?.capture?.append(PastedText.oneLine(text)) }
    case .reportsFilter:
      typeInReports(PastedText.oneLine(text))
    case .suggestions, .mentors:
      if !typeInMentorPrompt(contentsOf: text) { message = StatusMessage(UIText.pasteNeedsText) }
    case .board, .detail, .help, .triage, .importPreview, .erasure, .reports, .alumni:
      message = StatusMessage(UIText.pasteNeedsText)
    }
    return []
  }
}
