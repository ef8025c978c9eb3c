import FabriekCore

/// `f` on the board: the filter line (results as you type), Enter or Esc leave the line with
/// the filter on, `F` clears it; `:view NAME` puts a saved view in it. See `FilterState`.
extension AppState {
  mutating func startFilter() {
    if detail != nil { closeDetail() }
    // Built when the line opens, so that the characters typed only read it.
    if filter.index == nil { filter.index = QueryIndex(board: board) }
    open(.filter)
  }

  mutating func performInFilterLine(_ action: Action) {
    switch action {
    case .confirm, .close:
      closeScreen()
    case .deleteBackward:
      if filter.text.isEmpty {
        closeScreen()
      } else {
        retypeFilter(String(filter.text.dropLast()))
      }
    case .clearInput:
      retypeFilter("")
    case .type(let character):
      retypeFilter(filter.text + String(character))
    default:
      break
    }
  }

  /// Pasted text onto the filter line: one run for all of it.
  mutating func typeFilter(contentsOf text: String) {
    retypeFilter(filter.text + text)
  }

  private mutating func retypeFilter(_ text: String) {
    filter.text = text
    filter.viewName = nil
    applyFilterText()
  }

  /// Reads the filter line: a query that reads is applied, narrowing from the last result when
  /// it can; one that does not keeps the last good result and says which word is wrong.
  mutating func applyFilterText() {
    guard !filter.text.trimmingCharactersInWhitespace().isEmpty else {
      filter.query = nil
      filter.error = nil
      filter.matches = []
      filter.matchSet = []
      showFilteredColumns()
      return
    }
    do throws(QueryError) {
      let query = try IdeaQuery(parsing: filter.text, board: board)
      filter.error = nil
      let previous = filter.query.map { (query: $0, matches: filter.matches) }
      runFilter(query, previous: previous)
      showFilteredColumns()
    } catch {
      filter.error = error
    }
  }

  private mutating func runFilter(_ query: IdeaQuery, previous: (query: IdeaQuery, matches: [IdeaID])?) {
    var index = filter.index ?? QueryIndex(board: board)
    let found = index.matches(query, in: board, user: user, now: now, previous: previous)
    filter.index = index
    filter.query = query
    filter.matches = found
    filter.matchSet = Set(found)
  }

  /// The columns again with the filter's cards, the focus kept on its card when it still shows.
  private mutating func showFilteredColumns() {
    let anchor = focusedID
    reloadColumns()
    if let anchor { focus(on: anchor) }
    settle()
  }

  /// `F` on a filtered board: every card again.
  mutating func clearFilter() {
    let index = filter.index
    filter = FilterState()
    filter.index = index
    showFilteredColumns()
    message = StatusMessage(tr("filter.cleared"))
  }

  /// `:view NAME`: the view's query in the filter line, applied.
  mutating func showView(_ view: SavedView) {
    filter.text = view.query
    applyFilterText()
    if let error = filter.error {
      message = StatusMessage(tr("filter.viewBroken", ["name": view.name, "message": error.message]), isError: true)
      return
    }
    filter.viewName = view.name
    message = StatusMessage(
      tr("filter.viewShown", ["name": view.name, "count": filter.matches.count, "query": view.query]))
  }

  /// After the board changed (an edit, a move, an undo, someone else's change): the index
  /// catches up with the changed ideas and the filter runs again, so that it stays on. The
  /// columns are made again by the caller.
  mutating func refreshFilter() {
    // The index follows the board also while no filter is on, for the next one.
    filter.index?.update(for: board)
    guard let applied = filter.query, !applied.isEmpty else { return }
    // A stage renamed meanwhile is read again by its new name; a query that no longer reads
    // keeps the one that did.
    let query = (try? IdeaQuery(parsing: applied.text, board: board)) ?? applied
    runFilter(query, previous: nil)
  }

  /// The Incoming queue for triage: on a filtered board, only the candidates the filter shows.
  func triageQueue() -> [IdeaID] {
    let queue = TriageSession.queue(of: board)
    return filter.isActive ? queue.filter(filter.matchSet.contains) : queue
  }
}

extension AppState {
  /// `.filterBoard`: the filter applied as if typed; an open triage takes its candidates again.
  mutating func filterBoard(_ text: String) {
    filter.text = text
    applyFilterText()
    if let error = filter.error {
      message = StatusMessage(error.message, isError: true)
      return
    }
    if triage != nil { startTriage() }
  }
}
