/// The mouse: a click focuses a card (or a column), a double click opens the card's detail,
/// the wheel scrolls the column under the pointer, the detail pane, the help or the triage record.
extension AppState {
  /// Cards a wheel notch scrolls a column by, and lines for the detail and the help.
  static let wheelCards = 1
  static let wheelLines = 3

  mutating func handle(_ event: MouseEvent) -> [Effect] {
    let layout = self.layout
    guard !layout.isTooSmall else { return [] }
    if mode == .help || mode == .triage {
      if let notch = event.kind.wheelNotch {
        if mode == .help { scrollHelp(by: notch * Self.wheelLines) } else { scrollTriageRecord(by: notch * Self.wheelLines) }
      }
      return []
    }
    if mode == .list || mode == .listFilter { return handleInList(event) }
    if mode == .form {
      handleInForm(event)
      return []
    }
    guard mode == .board || mode == .detail, let target = layout.target(x: event.x, y: event.y) else { return [] }
    switch (event.kind, target) {
    case (.press, .card(let column, let index)), (.doubleClick, .card(let column, let index)):
      message = nil
      focusColumn = column
      cardFocus[column] = index
      settle()
      if event.kind == .doubleClick || detail != nil, let id = focusedID { openDetail(id) }
    case (.press, .column(let column)):
      focusColumn = column
      settle()
    case (.wheelUp, .column(let column)), (.wheelUp, .card(let column, _)):
      scrollColumn(column, by: -Self.wheelCards)
    case (.wheelDown, .column(let column)), (.wheelDown, .card(let column, _)):
      scrollColumn(column, by: Self.wheelCards)
    case (.wheelUp, .detail): scrollDetail(by: -Self.wheelLines)
    case (.wheelDown, .detail): scrollDetail(by: Self.wheelLines)
    default: break
    }
    return []
  }

  /// Scrolls one column and keeps its focused card among the cards shown.
  mutating func scrollColumn(_ column: Int, by amount: Int) {
    let cards = layout.cardsPerColumn
    let most = max(0, columns[column].count - cards)
    let scroll = min(max(0, cardScroll[column] + amount), most)
    cardScroll[column] = scroll
    cardFocus[column] = min(max(cardFocus[column], scroll), scroll + cards - 1)
    settle()
  }

  /// In a list: the wheel moves the cursor, a click puts it on a row, a double click opens it.
  mutating func handleInList(_ event: MouseEvent) -> [Effect] {
    guard var current = list else { return [] }
    let box = RecordListView.box(in: layout)
    let visible = RecordListView.visibleRows(in: layout)
    switch event.kind {
    case .wheelUp: current.move(by: -Self.wheelLines)
    case .wheelDown: current.move(by: Self.wheelLines)
    case .press, .doubleClick:
      let first = RecordList.firstShown(
        cursor: current.cursor, scroll: current.scroll, count: current.rows.count, visible: visible)
      let row = event.y - (box.y + 2)
      guard (0..<visible).contains(row), first + row < current.rows.count else { return [] }
      current.move(by: first + row - current.cursor)
      if event.kind == .doubleClick {
        list = current
        return performInList(.list(.open))
      }
    default: return []
    }
    current.keepInView(visible: visible)
    list = current
    return []
  }

  /// In a form: a click on a field's label or value focuses that field.
  mutating func handleInForm(_ event: MouseEvent) {
    guard var current = form, event.kind == .press || event.kind == .doubleClick, !current.isAsking
    else { return }
    let layout = self.layout
    for index in current.fields.indices {
      guard let area = FormView.inputArea(of: index, in: current, layout: layout) else { continue }
      if event.y >= area.y && event.y < area.maxY && event.x < area.maxX {
        current.moveFocus(index - current.focus)
        form = current
        return
      }
    }
  }
}
