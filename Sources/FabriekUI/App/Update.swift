import FabriekCore

/// Applies one event to the state and returns what the run loop must do, as values.
/// Pure: no I/O, no clock; the only place the state changes. `AppRunner` calls it for the
/// app, the benchmark and the journeys (docs/ARCHITECTURE.md, “One keystroke”).
public func update(_ state: inout AppState, _ event: AppEvent) -> [Effect] {
  let language = state.language
  return Language.$current.withValue(language) { updateInLanguage(&state, event) }
}

private func updateInLanguage(_ state: inout AppState, _ event: AppEvent) -> [Effect] {
  switch event {
  case .key(let key):
    return state.handle(key)
  case .themesAvailable(let names):
    state.themeNames = names
    return []
  case .startPresenting(let session):
    return state.startPresenting(session: session)
  case .committing:
    state.lendBoard()
    return []
  case .resize(let width, let height):
    state.width = max(0, width)
    state.height = max(0, height)
    state.settle()
    state.refreshDetail()
    state.refreshTriage()
    state.scrollHelp(by: 0)
    state.settleReports()
    state.refreshMentors()
    return []
  case .boardChanged(let board):
    state.replaceBoard(with: board)
    state.refreshSearch()
    state.refreshDetail()
    state.refreshTriage()
    state.refreshPresent()
    state.refreshList()
    state.refreshReports()
    state.refreshMentors()
    state.refreshAlumni()
    return []
  case .committed(let change, let inverse, let purpose):
    state.formInFlight = nil
    state.record(change, inverse: inverse, purpose: purpose)
    return []
  case .commitFailed(let text, _):
    state.isSaving = false
    state.saveFailure = text
    state.pendingFocus = nil
    state.reopenFormInFlight()
    state.message = StatusMessage(text, isError: true)
    return []
  case .themeChanged(let name):
    state.themeName = name
    state.message = StatusMessage(UIText.themeChanged(name))
    return []
  case .notice(let text, let isError):
    state.message = StatusMessage(text, isError: isError)
    return []
  case .filterBoard(let text):
    state.filterBoard(text)
    return []
  case .tick(let now):
    let newDay = now.day != state.now.day
    state.now = now
    state.tickPresent()
    if newDay {
      state.overdue.update(for: state.board, today: now.day)
      state.refreshDetail()
      state.refreshTriage()
    }
    return []
  case .importPreviewed(let preview):
    state.showImportPreview(preview)
    return []
  case .imported(let report):
    state.message = StatusMessage(UIText.imported(report))
    return []
  case .editedExternally(let text):
    state.receiveExternalEdit(text)
    return []
  case .erasureFinished(let lines, let failed):
    state.finishErasure(lines: lines, failed: failed)
    return []
  }
}

extension AppState {
  /// A key or mouse event: the key map's layers decide (`KeyMap.resolve`), typed characters
  /// included; anything no layer takes is ignored. The last message is cleared first.
  mutating func handle(_ key: Key) -> [Effect] {
    if let mouse = key.mouseEvent { return handle(mouse) }
    if case .resize = key.code { return [] }
    message = nil
    if let text = key.pastedText { return handlePaste(text) }
    guard let action = KeyMap.layer(keyLayer).resolve(key) else { return [] }
    return perform(action)
  }

  /// Runs an action: those that mean the same on every screen here, the others by the layer
  /// that takes the keys.
  mutating func perform(_ action: Action) -> [Effect] {
    switch action {
    case .quit: return [.quit]
    case .nextTheme: return [.cycleTheme]
    case .undo: return undo()
    case .redo: return redo()
    case .showHelp:
      showHelp()
    case .openPalette:
      openPalette()
    case .startSearch where mode == .help:
      startHelpSearch()
    case .startSearch:
      startSearch()
    case .startFilter:
      startFilter()
    case .clearFilter:
      clearFilter()
    case .startTriage:
      startTriage()
    case .startPresenting:
      return startPresenting(session: nil)
    case .editIdea:
      openEditForm()
    case .addNote where mode == .triage:
      openNoteForm()
    case .editExitPlan:
      openExitPlanForm()
    case .editPart(let part):
      openPartForm(part)
    case .openReports:
      openReports()
    case .mentors(.suggest):
      openSuggestions()
    case .mentors(.openScreen):
      openMentors()
    default:
      switch keyLayer {
      case .board, .boardSearching, .boardFiltered: return performOnBoard(action)
      case .detail: performInDetail(action)
      case .detailBeside: return performInDetailBeside(action)
      case .search: performInSearch(action)
      case .filterLine: performInFilterLine(action)
      case .palette: return performInPalette(action)
      case .help, .helpSearching, .helpSearch: performInHelp(action)
      case .triage: return performInTriage(action)
      case .triagePrompt: return performInTriagePrompt(action)
      case .triageQuestion: return answerTriageQuestion(action)
      case .present: return performInPresent(action)
      case .presentCapture: return performInCapture(action)
      case .presentSummary: performInSummary(action)
      case .form: return performInForm(action)
      case .formDiscard: answerDiscard(action)
      case .formConflicts: return answerConflicts(action)
      case .overLimit: return answerOverLimit(action)
      case .confirmMerge: return answerMerge(action)
      case .list, .sessionList, .listFilter: return performInList(action)
      case .importPreview: return performInImportPreview(action)
      case .erasure, .erasureResult: return performInErasure(action)
      case .reports, .reportsFilter: performInReports(action)
      case .suggestions, .mentors, .mentorsUnmatched, .mentorPool, .mentorPrompt: return performInMentors(action)
      case .alumni: return performInAlumni(action)
      case .typing, .scrolling, .everywhere: break
      }
    }
    return []
  }
}
