/// Which layer of the key map takes the keys: the one of the screen on top, in the state it
/// is in (a search active on the board, a triage prompt, a form's question, a list's filter).
extension AppState {
  public var keyLayer: KeyLayer {
    if pendingOverLimit != nil { return .overLimit }
    if pendingMerge != nil { return .confirmMerge }
    if case .detail = screen, layout.boardArea != nil { return .detailBeside }
    if case .board = screen, filter.isActive, !search.isActive { return .boardFiltered }
    return screen.keyLayer(searching: search.isActive)
  }

  /// The footer's key hints: the layer on top and those under it.
  public var keyHints: [(keys: String, hint: String)] { KeyMap.layer(keyLayer.footer).hints }
}

extension Screen {
  /// The layer this screen takes its keys from; on the board it depends on whether a search is active.
  func keyLayer(searching: Bool) -> KeyLayer {
    switch self {
    case .board: searching ? .boardSearching : .board
    case .detail: .detail
    case .search: .search
    case .filter: .filterLine
    case .palette: .palette
    case .help(let help): help.isTyping ? .helpSearch : help.query != nil ? .helpSearching : .help
    case .triage(let session):
      session.prompt != nil ? .triagePrompt : session.question != nil ? .triageQuestion : .triage
    case .present(let session):
      session.capture != nil ? .presentCapture : session.summaryScroll != nil ? .presentSummary : .present
    case .form(let form): form.isConfirmingDiscard ? .formDiscard : form.conflicts.isEmpty ? .form : .formConflicts
    case .list(let list): list.isTypingFilter ? .listFilter : list.kind == .sessions ? .sessionList : .list
    case .importPreview: .importPreview
    case .erasure(let erasure): erasure.phase == .asking ? .erasure : .erasureResult
    case .reports(let reports): reports.isTypingFilter ? .reportsFilter : .reports
    case .mentors(let state) where state.prompt != nil: .mentorPrompt
    case .mentors(let state):
      switch state.page {
      case .suggestions: .suggestions
      case .people: .mentors
      case .unmatched: .mentorsUnmatched
      case .pool: .mentorPool
      }
    case .alumni: .alumni
    }
  }
}
