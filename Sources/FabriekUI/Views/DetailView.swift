import FabriekCore

/// The detail pane: a title row, the record's lines from the scroll position, and a footer
/// row saying how much is above and below.
struct DetailView {
  let state: AppState
  let layout: ScreenLayout

  func draw(into grid: inout Grid) {
    guard let area = layout.detailArea, let pane = state.detail, area.height >= 3 else { return }
    if area.x > 0 {
      grid.fill(Rect(x: area.x - 1, y: area.y, width: 1, height: area.height), style: .borderFocused, with: "│")
    }
    grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: area.height), style: .normal)
    let inner = area.width - 2
    let rows = area.height - 2
    let idea = state.board.ideas[pane.id]
    let place = idea.map { $0.outcome?.label ?? state.board.stage($0.stage)?.displayName ?? $0.stage } ?? ""
    let headerStyle: Style = state.mode == .detail ? .columnHeaderFocused : .columnHeader
    grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: headerStyle)
    let lastShown = min(pane.lines.count, pane.scroll + rows)
    let position = UIText.lineRange(pane.scroll + 1, lastShown, of: pane.lines.count)
    let positionX = area.maxX - 1 - DisplayWidth.of(position)
    grid.put(position, x: positionX, y: area.y, style: headerStyle)
    grid.put(
      pane.id.code + " · " + place, x: area.x + 1, y: area.y, style: headerStyle,
      maxWidth: max(1, positionX - area.x - 2))
    for row in 0..<rows {
      let index = pane.scroll + row
      guard index < pane.lines.count else { break }
      grid.put(spans: pane.lines[index], x: area.x + 1, y: area.y + 1 + row, maxWidth: inner)
    }
    let below = max(0, pane.lines.count - pane.scroll - rows)
    var footer: [String] = []
    if pane.scroll > 0 { footer.append(UIText.linesAbove(pane.scroll)) }
    if below > 0 { footer.append(UIText.linesBelow(below)) }
    grid.put(footer.joined(separator: "  "), x: area.x + 1, y: area.maxY - 1, style: .moreMarker, maxWidth: inner)
  }
}
