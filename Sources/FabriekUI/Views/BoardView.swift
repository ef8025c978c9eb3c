import FabriekCore

/// The board: a column per stage with its header (name, count, WIP limit), more-above and
/// more-below markers, and its visible cards; "│" between columns; "◂"/"▸" when stages are
/// scrolled out of view to the left or right. Only the visible cards' ideas are looked up.
struct BoardView {
  let state: AppState
  let layout: ScreenLayout

  func draw(into grid: inout Grid) {
    guard let area = layout.boardArea else { return }
    let board = state.board
    let highlights = state.filter.isActive ? state.filter.query?.highlightedWords ?? [] : []
    for (position, slot) in layout.columns.enumerated() {
      let rect = slot.rect
      let isFocusedColumn = slot.stage == state.focusColumn
      drawHeader(into: &grid, slot: slot, focused: isFocusedColumn)
      if position == 0 && slot.stage > 0 { grid.put("◂", x: rect.x, y: rect.y, style: .moreMarker) }
      if position == layout.columns.count - 1 && slot.stage < state.columns.count - 1 {
        grid.put("▸", x: rect.maxX - 1, y: rect.y, style: .moreMarker)
      }
      if slot.firstCard > 0 {
        grid.put(
          UIText.moreAbove(slot.firstCard), x: rect.x + 1, y: rect.y + 1, style: .moreMarker, maxWidth: rect.width - 2)
      }
      let ids = state.columns[slot.stage]
      let last = min(ids.count, slot.firstCard + layout.cardsPerColumn)
      if slot.firstCard < last {
        for index in slot.firstCard..<last {
          guard let idea = board.ideas[ids[index]] else { continue }
          let card = CardView(
            idea: idea, board: board, now: state.now,
            isFocused: isFocusedColumn && index == state.cardFocus[slot.stage],
            isMatch: state.search.contains(idea.id), highlights: highlights)
          card.draw(into: &grid, at: layout.cardRect(in: slot, position: index - slot.firstCard))
        }
      }
      if last < ids.count {
        grid.put(
          UIText.moreBelow(ids.count - last), x: rect.x + 1, y: rect.maxY - 1, style: .moreMarker,
          maxWidth: rect.width - 2)
      }
      if ids.isEmpty {
        grid.put(UIText.emptyColumn, x: rect.x + 1, y: rect.y + 2, style: .dim, maxWidth: rect.width - 2)
      }
      if position < layout.columns.count - 1 {
        grid.fill(Rect(x: rect.maxX, y: area.y, width: 1, height: area.height), style: .border, with: "│")
      }
    }
  }

  /// " Enrichment  12/80": the name, and the count with the WIP limit (over the limit marked
  /// "! " and in `columnHeaderOverLimit`); the focused column's header in `columnHeaderFocused`.
  private func drawHeader(into grid: inout Grid, slot: ScreenLayout.ColumnSlot, focused: Bool) {
    let stage = state.board.stages[slot.stage]
    let count = state.columns[slot.stage].count
    let headerStyle: Style = focused ? .columnHeaderFocused : .columnHeader
    let rect = slot.rect
    grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: headerStyle)
    let over = stage.wipLimit.map { count > $0 } ?? false
    // Over the limit is marked in words' stead too, for themes without colour: "! 13/12".
    let countText =
      FilterLineView.headerCount(state, stage: stage, shown: count)
      ?? stage.wipLimit.map { (over ? UIText.overLimitMark : "") + "\(count)/\($0)" } ?? "\(count)"
    let countX = rect.maxX - 2 - DisplayWidth.of(countText)
    let room = max(1, countX - rect.x - 3)
    // A default name too long for the column gives way to its short form ("Idéation").
    var name = stage.displayName
    if DisplayWidth.of(name) > room, let short = UIText.shortStageName(stage) { name = short }
    grid.put(name, x: rect.x + 2, y: rect.y, style: headerStyle, maxWidth: room)
    grid.put(countText, x: countX, y: rect.y, style: over ? .columnHeaderOverLimit : headerStyle)
  }
}
