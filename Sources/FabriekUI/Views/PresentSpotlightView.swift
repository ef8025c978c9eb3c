import FabriekCore

/// One idea for the room: its code and stage, the title in block letters when they fit (bold
/// text otherwise), the pitch, the tags, the dots it has in the session and the latest public
/// contributions to it.
struct PresentSpotlightView {
  let state: AppState
  let session: PresentState
  let area: Rect

  func draw(into grid: inout Grid) {
    guard let id = session.spotlight, let idea = state.board.ideas[id] else {
      grid.put(UIText.presentNothingSpotlighted, x: area.x, y: area.y, style: .dim, maxWidth: area.width)
      return
    }
    var y = area.y
    let bottom = area.y + area.height
    let stage = state.board.stage(idea.stage)?.displayName ?? idea.stage
    var facts = [Span(idea.code + " ", style: .cardCode), Span(" " + session.clean(stage) + " ", style: .columnHeader)]
    if let position { facts.append(Span("  " + position, style: .dim)) }
    grid.put(spans: facts, x: area.x, y: y, maxWidth: area.width)
    y += 2
    y = drawTitle(session.clean(idea.title), from: y, bottom: bottom, into: &grid)
    y += 1
    for line in WordWrap.wrap(session.clean(idea.pitch), width: area.width).prefix(max(0, bottom - y - 4)) {
      grid.put(segments: line, x: area.x, y: y, style: .normal, maxWidth: area.width)
      y += 1
    }
    if !idea.tags.isEmpty, y < bottom {
      y += 1
      grid.put(
        idea.tags.map { "#" + session.clean($0) }.joined(separator: "  "), x: area.x, y: y, style: .badge,
        maxWidth: area.width)
      y += 1
    }
    let dots =
      session.sessionID.flatMap { state.board.sessions[$0] }?.votes.filter { $0.idea == id }
      .reduce(0) { $0 + $1.dots } ?? 0
    if y + 1 < bottom {
      y += 1
      let bar = String(repeating: "● ", count: min(dots, max(0, (area.width - 12) / 2)))
      grid.put(
        spans: [Span(bar, style: .bar), Span(UIText.presentDots(dots), style: .title)], x: area.x, y: y,
        maxWidth: area.width)
      y += 2
    }
    for note in contributions(to: idea).suffix(max(0, bottom - y)) {
      let author = session.clean(note.author)
      grid.put(
        spans: [Span("› " + author + ": ", style: .detailLabel), Span(session.clean(note.text), style: .normal)],
        x: area.x, y: y, maxWidth: area.width)
      y += 1
    }
  }

  /// The title in block letters when they fit beside the room left for the rest, else wrapped bold text.
  private func drawTitle(_ title: String, from top: Int, bottom: Int, into grid: inout Grid) -> Int {
    var y = top
    if let rows = BlockFont.render(title, maxWidth: area.width), rows.count <= max(0, bottom - top - 6) {
      for row in rows {
        grid.put(row, x: area.x, y: y, style: .spotlight, maxWidth: area.width)
        y += 1
      }
      return y
    }
    for line in WordWrap.wrap(title, width: area.width).prefix(3) {
      grid.put(segments: line, x: area.x, y: y, style: .spotlight, maxWidth: area.width)
      y += 1
    }
    return y
  }

  /// "3 / 12": where the spotlighted idea is in the agenda (or its column).
  private var position: String? {
    guard let id = session.spotlight else { return nil }
    let agenda = session.sessionID.flatMap { state.board.sessions[$0]?.agenda } ?? []
    let list = agenda.contains(id) ? agenda : state.columns.first { $0.contains(id) } ?? []
    guard let index = list.firstIndex(of: id) else { return nil }
    return UIText.presentStep(index + 1, of: list.count)
  }

  /// The public notes of this session on the idea, oldest first (none without a session).
  private func contributions(to idea: Idea) -> [Note] {
    guard let sid = session.sessionID else { return [] }
    return idea.notes.filter { $0.session == sid && !$0.isPrivate }
  }
}
