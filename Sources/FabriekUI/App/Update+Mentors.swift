import FabriekCore

/// The mentoring screens: `m` on an idea opens its suggestions, `b` and `:mentors` the mentors
/// screen; Tab switches mentors and partners or the screen's tabs, `a` on the ideas without a
/// mentor proposes the pool assignment, whose rows Space accepts or drops.
extension AppState {
  /// `m`: the suggestions for the idea of the detail, else the focused card.
  mutating func openSuggestions() {
    guard let id = detail?.id ?? focusedID, board.ideas[id] != nil else {
      message = StatusMessage(tr("mentorui.noIdea"))
      return
    }
    openSuggestions(for: id)
  }

  mutating func openSuggestions(for id: IdeaID) {
    open(.mentors(MentorsState(.suggestions(id), board: board)))
    refreshMentors()
  }

  /// `b`, `:mentors`: the mentors screen; an open one shows its first tab.
  mutating func openMentors() {
    if case .mentors(var state) = screen, state.idea == nil {
      state.show(.people, board: board)
      screen = .mentors(state)
    } else {
      open(.mentors(MentorsState(.people, board: board)))
    }
    refreshMentors()
  }

  /// The board or the size changed under a mentoring screen: its rows are made again; the
  /// suggestions of an idea that is gone close.
  mutating func refreshMentors() {
    let board = self.board
    let layout = self.layout
    dismiss { screen in
      guard case .mentors(let s) = screen, let id = s.idea else { return false }
      return board.ideas[id] == nil
    }
    func refreshed(_ screen: Screen) -> Screen {
      guard case .mentors(var state) = screen else { return screen }
      state.reload(board)
      state.keepInView(visible: MentorsView.visibleRows(in: layout, state: state))
      return .mentors(state)
    }
    returns = returns.map(refreshed)
    screen = refreshed(screen)
  }

  mutating func performInMentors(_ action: Action) -> [Effect] {
    guard var state = mentors else { return [] }
    let visible = MentorsView.visibleRows(in: layout, state: state)
    var effects: [Effect] = []
    if state.prompt != nil {
      effects = performInPrompt(action, in: &state)
      mentors = state
      return effects
    }
    switch action {
    case .mentors(.switchRole):
      state.role = state.role == .mentor ? .partner : .mentor
      state.cursor = 0
      state.scroll = 0
      state.reload(board)
    case .mentors(.switchTab):
      state.show(state.page == .people ? .unmatched : .people, board: board)
    case .mentors(.suggestForRow):
      guard state.unmatched.indices.contains(state.cursor) else {
        message = StatusMessage(tr("mentorui.unmatched.none"))
        return []
      }
      openSuggestions(for: state.unmatched[state.cursor])
      return []
    case .mentors(.matchPool):
      let rows = MentorPool.rows(for: state.unmatched, on: board)
      guard !rows.isEmpty else {
        message = StatusMessage(tr(state.unmatched.isEmpty ? "mentorui.unmatched.none" : "mentorui.pool.nobody"))
        return []
      }
      state.pool = rows
      state.show(.pool, board: board)
      message = StatusMessage(tr("mentorui.pool.found", ["n": rows.count, "ideas": state.unmatched.count]))
    case .mentors(.toggleRow):
      guard state.pool.indices.contains(state.cursor) else { return [] }
      state.pool[state.cursor].accepted.toggle()
      state.move(by: 1)
    case .mentors(.propose):
      mentors = state
      return proposeSelected(in: state)
    case .mentors(.selectMatch(let direction)): state.moveMatch(by: direction == .next ? 1 : -1)
    case .mentors(.advanceMatch), .mentors(.endMatch), .mentors(.declineMatch), .mentors(.logHours):
      guard let match = state.selectedMatch else {
        message = StatusMessage(tr("mentorui.match.none"))
        return []
      }
      switch action {
      case .mentors(.advanceMatch):
        mentors = state
        return advanceMatch(match.id)
      case .mentors(.endMatch): askReason(match.id, to: .ended, in: &state)
      case .mentors(.declineMatch): askReason(match.id, to: .declined, in: &state)
      default: askHours(match.id, in: &state)
      }
    case .mentors(.commitPool):
      effects = commitPool(state)
      if !effects.isEmpty { state.show(.unmatched, board: board) }
    case .mentors(let row): state.moveCursor(row, visible: visible)
    case .close:
      if state.page == .pool {
        state.show(.unmatched, board: board)
        message = StatusMessage(tr("mentorui.pool.dropped"))
      } else {
        closeScreen()
        refreshMentors()
        return []
      }
    default: break
    }
    state.keepInView(visible: MentorsView.visibleRows(in: layout, state: state))
    mentors = state
    return effects
  }

  /// The keys of a prompt: typing, Tab to the next reason or field, Enter, Esc.
  private mutating func performInPrompt(_ action: Action, in state: inout MentorsState) -> [Effect] {
    guard var prompt = state.prompt else { return [] }
    switch action {
    case .confirm: return confirmPrompt(in: &state)
    case .close:
      state.prompt = nil
      message = StatusMessage(tr("mentorui.prompt.cancelled"))
      return []
    case .complete(let direction): prompt.next(direction)
    case .type(let character): prompt.text = String((prompt.text + String(character)).prefix(Self.promptLimit))
    case .deleteBackward: if !prompt.text.isEmpty { prompt.text.removeLast() }
    case .clearInput: prompt.text = ""
    default: return []
    }
    state.prompt = prompt
    return []
  }

  /// A paste into a prompt of the mentoring screens, on one line.
  mutating func typeInMentorPrompt(contentsOf text: String) -> Bool {
    guard var state = mentors, var prompt = state.prompt else { return false }
    prompt.text = String((prompt.text + PastedText.oneLine(text)).prefix(Self.promptLimit))
    state.prompt = prompt
    mentors = state
    return true
  }
}
