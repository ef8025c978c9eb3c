import FabriekCore

/// `:alumni`: opening it, its keys, following the board.
extension AppState {
  mutating func openAlumni() {
    var new = AlumniState(board: board, today: now.day)
    new.keepInView(visible: AlumniView.visibleRows(in: layout))
    if case .alumni = screen { screen = .alumni(new) } else { open(.alumni(new)) }
  }

  mutating func refreshAlumni() {
    alumni = alumni?.reloaded(board, visible: AlumniView.visibleRows(in: layout))
  }

  mutating func performInAlumni(_ action: Action) -> [Effect] {
    guard var current = alumni else { return [] }
    switch action {
    case .alumni(.open):
      if let id = current.selected { openDetail(id) }
      return []
    case .alumni(.followUp):
      if let id = current.selected { openFollowUpForm(id) }
      return []
    case .alumni(let row): current.moveCursor(row, visible: AlumniView.visibleRows(in: layout))
    case .close:
      dismiss(where: Screen.isAlumni)
      return []
    default: break
    }
    current.keepInView(visible: AlumniView.visibleRows(in: layout))
    alumni = current
    return []
  }
}

extension Screen {
  static func isAlumni(_ screen: Screen) -> Bool { if case .alumni = screen { true } else { false } }
}
