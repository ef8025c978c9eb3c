/// What a key does, as a value: the key map binds keys to actions and `update` performs them.
public enum Action: Hashable, Sendable {
  public enum Direction: Hashable, Sendable {
    case previous, next
  }

  case focusColumn(Direction)
  case focusCard(Direction)
  case focusFirst, focusLast
  case page(Direction)
  /// Moves the focused card to the previous or next stage.
  case moveCard(Direction)
  /// Moves the focused card up (`previous`) or down within its column.
  case reorderCard(Direction)
  case openDetail
  /// Esc: closes the detail or an overlay, cancels or clears the search.
  case close
  case undo, redo
  case startSearch
  /// `f` on the board: the filter line; `F` on a filtered board: every card again.
  case startFilter, clearFilter
  /// `n`/`N` while searching, ↓/↑ in the search field: the next or previous search match.
  case jumpToMatch(Direction)
  case openPalette
  case nextTheme
  case showHelp
  case quit
  /// Scrolls the detail pane or the help overlay by a line or a page, or to an end.
  case scroll(Direction)
  case scrollPage(Direction)
  case scrollToTop, scrollToBottom
  /// Enter in the search field or the palette.
  case confirm
  case deleteBackward
  case clearInput
  /// Tab / Shift-Tab in the palette: the next or previous completion.
  case complete(Direction)
  /// `t`: the triage screen on the Incoming queue.
  case startTriage
  /// A digit in triage: scores the current criterion (`KeyBinding(digits:)` binds each digit
  /// key to its own score).
  case score(Int)
  /// ↑/↓, Tab in triage: the previous or next criterion of the rubric.
  case criterion(Direction)
  /// `s` (skip) and ←/→ in triage: the previous or next candidate.
  case candidate(Direction)
  /// The one-key triage decisions.
  case decide(TriageDecision)
  /// A key whose screen comes in a later version.
  /// The keys of present mode (`p`): views, spotlight, votes, timer, contributions.
  case present(PresentAction)
  /// `p` on the board: present mode with the projector theme.
  case startPresenting
  /// `n` on the board (`.jumpToMatch` while a search is active): a form.
  case openForm(FormKind)
  /// `e` on the board and in the detail: the edit form of the focused idea.
  case editIdea
  /// `x` in the detail: the exit-plan form of the idea.
  case editExitPlan
  /// `M`, `F`, `I` in the detail and on the board: the form for that part of the idea.
  case editPart(IdeaPart)
  /// The keys of form mode.
  case form(FormAction)
  /// `N` on the board: a quick note on the focused idea (the previous search match while a
  /// search is active).
  case addNote
  /// The keys of the `:people` and `:sessions` lists.
  case list(ListAction)
  /// `r` on the board: the reports screen.
  case openReports
  /// The keys of the reports screen.
  case reports(ReportsAction)
  /// The keys of the mentoring screens (`m`, `:mentors`).
  case mentors(MentorAction)
  case alumni(AlumniAction)
  /// A character no layer binds, on a layer that takes text: typed into the search, the
  /// command line, a prompt, a filter, a contribution or the focused field of a form.
  case type(Character)
}

/// The decisions of the triage screen; those that need more (a reason, a date, a choice) open
/// a prompt first.
public enum TriageDecision: Hashable, Sendable {
  /// Into Idea generation at once.
  case accept
  /// Into a stage chosen from a list.
  case acceptInto
  case decline, park, merge
}

extension Action {
  /// Where a scrolled text's first line goes for a scrolling action (a line, a page, the top,
  /// the end), kept between 0 and `most`; nil for any other action.
  func scrolled(from scroll: Int, page: Int, most: Int) -> Int? {
    let next: Int
    switch self {
    case .scroll(let direction): next = scroll + (direction == .next ? 1 : -1)
    case .scrollPage(let direction): next = scroll + (direction == .next ? page : -page)
    case .scrollToTop: next = 0
    case .scrollToBottom: next = most
    default: return nil
    }
    return min(max(0, next), most)
  }

  /// Moves `scroll` for a scrolling action over a text of `lines` lines with `visible` of them
  /// shown (a page is what shows); false, with `scroll` as it was, for any other action.
  func scroll(_ scroll: inout Int, lines: Int, visible: Int) -> Bool {
    let page = max(1, visible)
    guard let next = scrolled(from: scroll, page: page, most: max(0, lines - page)) else { return false }
    scroll = next
    return true
  }
}
