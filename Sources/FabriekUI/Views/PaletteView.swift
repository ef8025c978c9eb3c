/// The completion list of the command palette, just above the command line.
struct PaletteView {
  let state: AppState
  let layout: ScreenLayout

  static let maximumRows = 8

  func draw(into grid: inout Grid) {
    let completions = state.palette.completions
    guard !completions.isEmpty else { return }
    let shown = min(completions.count, Self.maximumRows)
    let width = min(48, layout.width)
    let selected = state.palette.selected ?? 0
    let first = min(max(0, selected - shown + 1), completions.count - shown)
    let top = layout.messageRow - shown
    for row in 0..<shown {
      let index = first + row
      let style: Style = index == state.palette.selected ? .selection : .dialog
      grid.fill(Rect(x: 0, y: top + row, width: width, height: 1), style: style)
      grid.put(completions[index], x: 1, y: top + row, style: style, maxWidth: width - 2)
    }
  }
}
