import FabriekCore

/// The `:` command palette: typing offers completions, Tab takes them, Enter runs the command.
extension AppState {
  mutating func openPalette() {
    open(.palette(PaletteState()))
    completePalette()
  }

  mutating func typeCommand(_ character: Character) {
    palette.text.append(character)
    completePalette()
  }

  /// Pasted text onto the command line: completed once.
  mutating func typeCommand(contentsOf text: String) {
    palette.text += text
    completePalette()
  }

  private mutating func completePalette() {
    palette.completions = PaletteCommand.completions(for: palette.text, board: board, themes: themeNames)
    palette.selected = nil
  }

  mutating func performInPalette(_ action: Action) -> [Effect] {
    switch action {
    case .confirm:
      let text = palette.text
      closeScreen()
      return run(text)
    case .close:
      closeScreen()
    case .deleteBackward:
      if palette.text.isEmpty {
        closeScreen()
      } else {
        palette.text.removeLast()
        completePalette()
      }
    case .clearInput:
      palette.text = ""
      completePalette()
    case .complete(let direction):
      let count = palette.completions.count
      guard count > 0 else { break }
      let step = direction == .next ? 1 : -1
      let next = palette.selected.map { $0 + step } ?? (direction == .next ? 0 : count - 1)
      let index = (next % count + count) % count
      palette.selected = index
      palette.text = palette.completions[index]
    case .type(let character):
      typeCommand(character)
    default:
      break
    }
    return []
  }

  /// Runs a command line; the palette is closed already.
  mutating func run(_ text: String) -> [Effect] {
    let (word, argument, _) = PaletteCommand.split(text)
    guard !word.isEmpty else { return [] }
    let name = PaletteCommand.Name(rawValue: word.lowercased())
    // Going to an idea or searching the board leaves the triage screen.
    if triage != nil && (name == .go || name == .search) { closeTriage() }
    if list != nil && (name == .go || name == .search || name == .triage) { closeList() }
    switch name {
    case .go: go(to: argument)
    case .search:
      if argument.isEmpty {
        startSearch()
      } else {
        if detail != nil { closeDetail() }
        search = SearchState()
        runSearch(argument)
        jumpToMatch(.next, onBoardOnly: true)
      }
    case .triage:
      startTriage()
    case .people: openList(.people)
    case .sessions: openList(.sessions)
    case .mentors: openMentors()
    case .import:
      guard !argument.isEmpty else {
        message = StatusMessage(UIText.importNeedsPath, isError: true)
        return []
      }
      return [.previewImport(path: argument)]
    case .theme:
      if argument.isEmpty { return [.cycleTheme] }
      // A name the state does not list still goes to the run loop, whose catalogue may know it
      // (and which answers with `.themeChanged` or a sentence naming the themes there are).
      let known = themeNames.first { $0.lowercased() == argument.lowercased() }
      return [.setTheme(known ?? argument)]
    case .lang: return switchLanguage(to: argument)
    case .undo: return undo()
    case .redo: return redo()
    case .help: showHelp()
    case .quit: return [.quit]
    case .new: openForm(.newIdea)
    case .edit: openEditForm()
    case .note: openNoteForm()
    case .merge: startMerge(into: argument)
    case .exitPlan: openExitPlanForm()
    case .enrichment: openPartForm(.enrichment)
    case .financing: openPartForm(.financing)
    case .indicators: openPartForm(.indicators)
    case .person: return runPerson(argument)
    case .session: openForm(.session(nil))
    case .view: return runView(argument)
    case .present: return present(argument)
    case .alumni: openAlumni()
    case .criteria: openExitCriteriaForm()
    case .followup: openFollowUpForm()
    case .taper: return finishTaperStep()
    case nil: message = StatusMessage(UIText.unknownCommand(word), isError: true)
    }
    return []
  }

  /// `:go CODE`: focuses an idea on the board (and shows it in an open detail pane), or opens
  /// the detail of a declined or parked one.
  mutating func go(to code: String) {
    guard !code.isEmpty else {
      message = StatusMessage(UIText.goNeedsCode, isError: true)
      return
    }
    guard let id = IdeaID(code: code), let idea = board.ideas[id] else {
      message = StatusMessage(UIText.noIdea(code), isError: true)
      return
    }
    if focus(on: id) {
      if detail != nil { openDetail(id) }
    } else {
      openDetail(id)
      message = StatusMessage(UIText.offBoard(id.code, idea.outcome?.label ?? ""))
    }
  }
}
