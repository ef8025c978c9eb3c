import FabriekCore

/// The session's dot votes as horizontal bars, most dots first; the spotlighted idea stands out.
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
    let labelWidth = min(40, area.width / 3)
    // Room for the widest count ("12 gommettes" is longer than "12 dots").
    let countWidth = max(10, DisplayWidth.of(UIText.presentDots(most)) + 1)
    let barRoom = max(1, area.width - labelWidth - countWidth - 2)
    let step = area.height - 2 >= tally.count * 2 ? 2 : 1
    for (id, dots) in tally {
      guard y < area.y + area.height else { break }
      let title = state.board.ideas[id].map { $0.code + " " + session.clean($0.title) } ?? id.code
      let style: Style = id == session.spotlight ? .spotlight : .title
      grid.put(DisplayWidth.fit(title, to: labelWidth), x: area.x, y: y, style: style, maxWidth: labelWidth)
      let length = max(1, dots * barRoom / most)
      grid.put(String(repeating: "█", count: length), x: area.x + labelWidth + 1, y: y, style: .bar)
      grid.put(UIText.presentDots(dots), x: area.x + labelWidth + 2 + length, y: y, style: style, maxWidth: countWidth)
      y += step
    }
  }
}
