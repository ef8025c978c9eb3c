import FabriekCore

/// The session's summary (the Markdown of `SessionSummary`, cleaned for the room) over the
/// current view, scrollable.
struct PresentSummaryOverlay {
  let state: AppState
  let session: PresentState
  let area: Rect

  func draw(into grid: inout Grid) {
    grid.fill(area, style: .dialog)
    grid.put(" " + UIText.presentSummaryTitle + " ", x: area.x + 1, y: area.y, style: .statusKey, maxWidth: area.width)
    let lines = state.summaryLines
    let first = min(session.summaryScroll ?? 0, max(0, lines.count - 1))
    for (n, line) in lines.dropFirst(first).prefix(max(0, area.height - 2)).enumerated() {
      grid.put(line, x: area.x + 2, y: area.y + 2 + n, style: .dialog, maxWidth: area.width - 4)
    }
  }
}
