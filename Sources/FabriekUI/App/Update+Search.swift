import FabriekCore

/// `/` search: incremental while typing (the focus jumps to the first match on the board),
/// Enter keeps it, Esc cancels it; `n`/`N` walk through every match, opening the detail of
/// matches that are off the board.
extension AppState {
  mutating func startSearch() {
    if detail != nil { closeDetail() }
    search = SearchState()
    search.origin = SearchState.Origin(column: focusColumn, cards: cardFocus)
    open(.search)
  }

  mutating func performInSearch(_ action: Action) {
    switch action {
    case .confirm:
      closeScreen()
      if !search.isActive { clearSearch() }
    case .close:
      clearSearch()
      closeScreen()
    case .deleteBackward:
      if search.query.isEmpty {
        clearSearch()
        closeScreen()
      } else {
        var query = search.query
        query.removeLast()
        retype(query)
      }
    case .clearInput:
      retype("")
    case .jumpToMatch(let direction):
      jumpToMatch(direction, onBoardOnly: true)
    case .type(let character):
      type(character)
    default:
      break
    }
  }

  mutating func type(_ character: Character) {
    retype(search.query + String(character))
  }

  /// Pasted text onto the search text: one search for all of it.
  mutating func type(contentsOf text: String) {
    retype(search.query + text)
  }

  private mutating func retype(_ query: String) {
    runSearch(query)
    jumpToFirstMatchOnBoard()
  }

  /// Focuses the first match that is on the board, or goes back to where `/` was pressed.
  private mutating func jumpToFirstMatchOnBoard() {
    if let first = search.matches.firstIndex(where: { position(of: $0) != nil }) {
      search.current = first
      focus(on: search.matches[first])
    } else {
      restoreSearchOrigin()
    }
  }

  private mutating func restoreSearchOrigin() {
    guard let origin = search.origin, origin.cards.count == cardFocus.count else { return }
    focusColumn = origin.column
    cardFocus = origin.cards
    settle()
  }

  /// Esc: forgets the query and the matches; while typing, the focus goes back to where it was.
  mutating func clearSearch() {
    if mode == .search { restoreSearchOrigin() }
    search = SearchState()
  }

  /// `n`/`N` on the board or in the detail: the next or previous match, wrapping around.
  mutating func jumpToMatch(_ direction: Action.Direction, onBoardOnly: Bool = false) {
    guard search.isActive else {
      message = StatusMessage(UIText.noSearch)
      return
    }
    let count = search.matches.count
    guard count > 0 else {
      message = StatusMessage(UIText.noMatch)
      return
    }
    let step = direction == .next ? 1 : -1
    var index = search.current.map { $0 + step } ?? (direction == .next ? 0 : count - 1)
    for _ in 0..<count {
      index = (index % count + count) % count
      if !onBoardOnly || position(of: search.matches[index]) != nil { break }
      index += step
    }
    let id = search.matches[index]
    search.current = index
    if focus(on: id) {
      if detail != nil { openDetail(id) }
    } else if !onBoardOnly, let idea = board.ideas[id] {
      openDetail(id)
      message = StatusMessage(UIText.offBoard(id.code, idea.outcome?.label ?? ""))
    }
  }
}
