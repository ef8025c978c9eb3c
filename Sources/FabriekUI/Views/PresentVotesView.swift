import FabriekCore

/// The session's dot votes as horizontal bars, most dots first; the spotlighted idea stands
/// out. Each title (with its code) wraps over two lines in a column as wide as the titles need,
/// leaving the bars at least a quarter of the screen, so that two ideas whose titles start
/// alike can be told apart; the bars get the rest.
struct PresentVotesView {
  let state: AppState
  let session: PresentState
  let area: Rect

  func draw(into grid: inout Grid) {
    var y = area.y
    grid.put(UIText.presentVotesTitle, x: area.x, y: y, style: .detailHeading, maxWidth: area.width)
    y += 2
    let tally = session.sessionID.flatMap { state.board.sessions[$0] }?.tally ?? []
    guard let most = tally.first?.1, most > 0 else {
      grid.put(UIText.presentNoVotes, x: area.x, y: y, style: .dim, maxWidth: area.width)
      return
    }
    let titles = tally.map { id, _ in state.board.ideas[id].map { $0.code + " " + session.clean($0.title) } ?? id.code }
    // Room for the widest count ("12 gommettes" is longer than "12 dots").
    let countWidth = max(10, DisplayWidth.of(UIText.presentDots(most)) + 1)
    let widest = titles.map { DisplayWidth.of(Sanitizer.segments($0).map(\.text).joined()) }.max() ?? 0
    // The titles take what they need, leaving the bars at least a quarter of the width.
    let labelWidth = max(1, min(widest, area.width - countWidth - 2 - max(10, area.width / 4)))
    let barRoom = max(1, area.width - labelWidth - countWidth - 2)
    let wrapped = titles.map { PresentBoardView.wrapped($0, width: labelWidth, lines: PresentBoardView.titleLines) }
    let needed = wrapped.reduce(0) { $0 + $1.count }
    let gap = area.height - 2 >= needed + tally.count ? 1 : 0
    for (n, (id, dots)) in tally.enumerated() {
      let lines = wrapped[n]
      guard y + lines.count <= area.y + area.height else { break }
      let style: Style = id == session.spotlight ? .spotlight : .title
      for (k, line) in lines.enumerated() {
        grid.put(line, x: area.x, y: y + k, style: style, maxWidth: labelWidth)
      }
      let length = max(1, dots * barRoom / most)
      grid.put(String(repeating: "█", count: length), x: area.x + labelWidth + 1, y: y, style: .bar)
      grid.put(UIText.presentDots(dots), x: area.x + labelWidth + 2 + length, y: y, style: style, maxWidth: countWidth)
      y += lines.count + gap
    }
  }
}
