import FabriekCore

/// Keeping the focus on a card and in view.
extension AppState {
  /// Takes the columns from the board, in stage order. The arrays share the board's storage,
  /// so this costs one lookup per stage, whatever the number of ideas.
  mutating func reloadColumns() {
    columns = board.stages.map { board.columns[$0.id] ?? [] }
    if filter.isActive { columns = columns.map { $0.filter(filter.matchSet.contains) } }
    if cardFocus.count != columns.count {
      cardFocus =
        Array(cardFocus.prefix(columns.count)) + Array(repeating: 0, count: max(0, columns.count - cardFocus.count))
      cardScroll =
        Array(cardScroll.prefix(columns.count)) + Array(repeating: 0, count: max(0, columns.count - cardScroll.count))
    }
  }

  /// Where an active idea is on the board: its column and index.
  func position(of id: IdeaID) -> (column: Int, index: Int)? {
    guard let idea = board.ideas[id], idea.isActive,
      let column = board.stages.firstIndex(where: { $0.id == idea.stage }),
      let index = columns[column].firstIndex(of: id)
    else { return nil }
    return (column, index)
  }

  /// Focuses an active idea's card; false when it is not on the board.
  @discardableResult
  mutating func focus(on id: IdeaID) -> Bool {
    guard let (column, index) = position(of: id) else { return false }
    focusColumn = column
    cardFocus[column] = index
    settle()
    return true
  }

  /// Clamps the focus and scroll positions and brings the focused column and card into view.
  mutating func settle() {
    guard !columns.isEmpty else {
      focusColumn = 0
      columnOffset = 0
      return
    }
    focusColumn = min(max(0, focusColumn), columns.count - 1)
    for column in columns.indices {
      cardFocus[column] = min(max(0, cardFocus[column]), max(0, columns[column].count - 1))
    }
    let layout = self.layout
    let visible = layout.visibleColumnCount
    if focusColumn < columnOffset { columnOffset = focusColumn }
    if focusColumn >= columnOffset + visible { columnOffset = focusColumn - visible + 1 }
    columnOffset = min(max(0, columnOffset), max(0, columns.count - visible))
    let cards = layout.cardsPerColumn
    for column in columns.indices {
      var scroll = cardScroll[column]
      let focus = cardFocus[column]
      if focus < scroll { scroll = focus }
      if focus >= scroll + cards { scroll = focus - cards + 1 }
      cardScroll[column] = min(max(0, scroll), max(0, columns[column].count - cards))
    }
  }

  /// Replaces the board (after a commit, or another process's change) and keeps every
  /// column's focus on the same idea when it is still there; the focused column follows its
  /// idea (or the card just moved) into another stage.
  mutating func replaceBoard(with new: Board) {
    let anchor = pendingFocus ?? focusedID
    let remembered = columns.indices.map { column in
      columns[column].indices.contains(cardFocus[column]) ? columns[column][cardFocus[column]] : nil
    }
    let stageIDs = board.stages.map(\.id)
    board = new
    overdue.update(for: new, today: now.day)
    pendingFocus = nil
    refreshFilter()
    reloadColumns()
    for (old, stage) in stageIDs.enumerated() {
      guard let id = remembered[old], let column = board.stages.firstIndex(where: { $0.id == stage }),
        let index = columns[column].firstIndex(of: id)
      else { continue }
      cardFocus[column] = index
    }
    if let anchor { focus(on: anchor) }
    settle()
  }
}

extension AppState {
  /// `.committing`: lets go of the board's records while the runner commits a change, so that
  /// the store, then their only owner, changes them in place instead of copying them (at
  /// 100,000 ideas that copy cost ~50 ms per change). The `.boardChanged` that follows gives
  /// the board back; nothing may be rendered in between.
  mutating func lendBoard() {
    board = Board(name: board.name, stages: board.stages, rubric: board.rubric)
  }
}
