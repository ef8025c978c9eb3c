import FabriekCore

/// `:people` and `:sessions`: the lists' keys, their filter, and opening a record's form
/// from them (saving or cancelling the form comes back to the list).
extension AppState {
  /// A list over the current screen; an open list gives way to it (Esc goes back to where
  /// the first was opened from).
  mutating func openList(_ kind: RecordList.Kind) {
    let new = RecordList(kind, board: board, today: now.day)
    if case .list = screen {
      screen = .list(new)
    } else {
      open(.list(new))
    }
  }

  /// Back to where the list was opened from.
  mutating func closeList() {
    dismiss(where: Screen.isList)
  }

  /// The board changed under an open list: its rows are made again.
  mutating func refreshList() {
    list = list?.reloaded(board, visible: RecordListView.visibleRows(in: layout))
  }

  mutating func performInList(_ action: Action) -> [Effect] {
    guard var current = list else { return [] }
    switch action {
    case .list(.filter): current.isTypingFilter = true
    case .list(.open):
      guard let record = current.selected else {
        message = StatusMessage(UIText.listNothingToOpen(current.kind))
        return []
      }
      switch record {
      case .person(let id): openForm(.person(id))
      case .session(let id): openForm(.session(id))
      }
      return []
    case .list(.present):
      guard case .session(let id)? = current.selected else {
        message = StatusMessage(UIText.listNoSessionToPresent)
        return []
      }
      // Present mode opens over the list: leaving it comes back here.
      return startPresenting(session: id)
    case .list(.add):
      openForm(current.kind == .people ? .person(nil) : .session(nil))
      return []
    case .list(let row): current.moveCursor(row, visible: RecordListView.visibleRows(in: layout))
    case .close where current.isTypingFilter:
      current.setFilter("")
      current.isTypingFilter = false
    case .close:
      if current.filter.isEmpty {
        closeList()
        return []
      }
      current.setFilter("")
    case .confirm: current.isTypingFilter = false
    case .deleteBackward:
      if current.filter.isEmpty {
        current.isTypingFilter = false
      } else {
        current.setFilter(String(current.filter.dropLast()))
      }
    case .clearInput: current.setFilter("")
    case .type(let character):
      current.setFilter(current.filter + String(character))
      current.isTypingFilter = true
    default: break
    }
    current.keepInView(visible: RecordListView.visibleRows(in: layout))
    list = current
    return []
  }

  /// Text onto the list's filter (a character typed, or a paste: filtered once).
  mutating func typeInList(contentsOf text: String) {
    guard var current = list else { return }
    current.setFilter(current.filter + text)
    current.isTypingFilter = true
    list = current
  }

  /// After a person or session form is saved from a list, the cursor goes to that record.
  mutating func returnToList(on record: RecordList.Record) {
    list?.pending = record
  }
}
