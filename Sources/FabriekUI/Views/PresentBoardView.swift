import FabriekCore

/// The board for the room: stage names and idea titles only, in wide columns with air between
/// them. With a session that has an agenda, only the agenda's ideas are shown.
struct PresentBoardView {
  let state: AppState
  let session: PresentState
  let area: Rect

  /// The narrowest column worth reading from the back of the room.
  static let columnWidth = 36
  static let gutter = 4

  private struct Line {
    var text: String
    var style: Style
  }

  func draw(into grid: inout Grid) {
    let lines = self.lines
    guard !lines.isEmpty else {
      grid.put(UIText.presentNoIdeas, x: area.x, y: area.y, style: .dim, maxWidth: area.width)
      return
    }
    let count = max(1, (area.width + Self.gutter) / (Self.columnWidth + Self.gutter))
    let width = (area.width - Self.gutter * (count - 1)) / count
    let room = max(1, area.height)
    let shown = lines.count <= room * count ? lines.count : room * count - 1
    for (n, line) in lines.prefix(shown).enumerated() {
      let x = area.x + (n / room) * (width + Self.gutter)
      grid.put(line.text, x: x, y: area.y + n % room, style: line.style, maxWidth: width)
    }
    if shown < lines.count {
      let n = shown
      let x = area.x + (n / room) * (width + Self.gutter)
      let more = lines[shown...].filter { $0.style != .columnHeader && !$0.text.isEmpty }.count
      grid.put(UIText.presentMore(more), x: x, y: area.y + n % room, style: .dim, maxWidth: width)
    }
  }

  /// A header per stage with its ideas under it, a blank line between stages (and between
  /// titles too, when the screen is tall enough for that).
  private var lines: [Line] {
    let agenda = session.sessionID.flatMap { state.board.sessions[$0]?.agenda } ?? []
    let sparse = area.height >= 36
    var out: [Line] = []
    for (index, stage) in state.board.stages.enumerated() {
      let ids =
        agenda.isEmpty
        ? (state.columns.indices.contains(index) ? state.columns[index] : [])
        : agenda.filter { state.board.ideas[$0]?.stage == stage.id && (!state.filter.isActive || state.filter.contains($0)) }
      guard !ids.isEmpty else { continue }
      if !out.isEmpty { out.append(Line(text: "", style: .normal)) }
      out.append(
        Line(
          text: " " + UIText.presentStage(session.clean(stage.displayName), count: ids.count) + " ",
          style: .columnHeader))
      for id in ids {
        guard let idea = state.board.ideas[id] else { continue }
        if sparse { out.append(Line(text: "", style: .normal)) }
        let style: Style = id == session.spotlight ? .cardFocused : .title
        out.append(Line(text: "  " + session.clean(idea.title), style: style))
      }
    }
    return out
  }
}
