import FabriekCore

/// The timebox: minutes and seconds left in block letters, and what the keys do. When the time
/// is up the whole room turns to the warning style and says so in large letters.
struct PresentTimerView {
  let state: AppState
  let session: PresentState
  let area: Rect

  func draw(into grid: inout Grid) {
    let timer = session.timer
    let left = timer.remaining(at: state.now)
    let isUp = timer.isUp(at: state.now)
    let style: Style = isUp ? .badgeWarning : .spotlight
    if isUp { grid.fill(area, style: .badgeWarning) }
    var rows = BlockFont.render(UIText.presentTimer(left), maxWidth: area.width) ?? [UIText.presentTimer(left)]
    if isUp, let up = BlockFont.render(UIText.presentTimeUp, maxWidth: area.width),
      rows.count + up.count + 3 <= area.height
    {
      rows += [""] + up
    } else if isUp {
      rows += ["", UIText.presentTimeUp]
    }
    let top = area.y + max(0, (area.height - rows.count - 2) / 2)
    for (n, row) in rows.enumerated() where n < area.height {
      let x = area.x + max(0, (area.width - DisplayWidth.of(row)) / 2)
      grid.put(row, x: x, y: top + n, style: style, maxWidth: area.width)
    }
    let hint =
      isUp ? UIText.presentTimeUpHint : timer.isRunning ? UIText.presentTimerRunning : UIText.presentTimerPaused
    let y = min(area.y + area.height - 1, top + rows.count + 1)
    grid.put(
      hint, x: area.x + max(0, (area.width - DisplayWidth.of(hint)) / 2), y: y, style: isUp ? .badgeWarning : .dim,
      maxWidth: area.width)
  }
}
