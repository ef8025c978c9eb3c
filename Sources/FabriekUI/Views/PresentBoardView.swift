import FabriekCore

/// The board for the room: stage names and idea titles only, one column per stage side by
/// side, each under its own header, with air between them. Titles wrap over two lines. With a
/// session that has an agenda, only the agenda's ideas are shown. When more stages hold ideas
/// than columns fit, the columns start at the spotlighted idea's stage and the last row names
/// how many stages are not shown.
struct PresentBoardView {
  let state: AppState
  let session: PresentState
  let area: Rect

  /// The narrowest column worth reading from the back of the room.
  static let columnWidth = 30
  static let gutter = 4
  /// The lines a title may take before it is cut.
  static let titleLines = 2

  func draw(into grid: inout Grid) {
    let stages = self.stages
    guard !stages.isEmpty, area.height > 0 else {
      grid.put(UIText.presentNoIdeas, x: area.x, y: area.y, style: .dim, maxWidth: area.width)
      return
    }
    let fits = max(1, (area.width + Self.gutter) / (Self.columnWidth + Self.gutter))
    let spotlit = stages.firstIndex { $0.ids.contains { $0 == session.spotlight } } ?? 0
    let first = stages.count <= fits ? 0 : min(spotlit, stages.count - fits)
    let shown = Array(stages[first..<min(stages.count, first + fits)])
    let hidden = stages.count - shown.count
    let width = (area.width - Self.gutter * (shown.count - 1)) / shown.count
    let height = hidden > 0 ? area.height - 1 : area.height
    for (n, column) in shown.enumerated() {
      let x = area.x + n * (width + Self.gutter)
      draw(column, into: &grid, area: Rect(x: x, y: area.y, width: width, height: max(1, height)))
    }
    if hidden > 0 {
      grid.put(UIText.presentMoreStages(hidden), x: area.x, y: area.maxY - 1, style: .dim, maxWidth: area.width)
    }
  }

  /// One stage: its header the width of the column, then its titles (a blank line between
  /// them when the screen is tall), and "+ N more" when they do not all fit.
  private func draw(_ column: (stage: Stage, ids: [IdeaID]), into grid: inout Grid, area: Rect) {
    grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: .columnHeader)
    let header = UIText.presentStage(session.clean(column.stage.displayName), count: column.ids.count)
    grid.put(" " + header + " ", x: area.x, y: area.y, style: .columnHeader, maxWidth: area.width)
    let gap = self.area.height >= 36 ? 1 : 0
    var y = area.y + 1 + gap
    for (n, id) in column.ids.enumerated() {
      guard let idea = state.board.ideas[id] else { continue }
      let lines = Self.wrapped(session.clean(idea.title), width: area.width - 2, lines: Self.titleLines)
      let left = column.ids.count - n
      // The last row is kept for "+ N more" while ideas are still to come.
      let room = area.maxY - y - (left > 1 ? 1 : 0)
      guard lines.count <= room else {
        if y < area.maxY { grid.put(UIText.presentMore(left), x: area.x + 2, y: y, style: .dim, maxWidth: area.width - 2) }
        return
      }
      let style: Style = id == session.spotlight ? .cardFocused : .title
      for line in lines {
        grid.put(line, x: area.x + 2, y: y, style: style, maxWidth: area.width - 2)
        y += 1
      }
      y += gap
    }
  }

  /// The stages that have ideas to show, each with those ideas in column order.
  private var stages: [(stage: Stage, ids: [IdeaID])] {
    let agenda = session.sessionID.flatMap { state.board.sessions[$0]?.agenda } ?? []
    var out: [(stage: Stage, ids: [IdeaID])] = []
    for (index, stage) in state.board.stages.enumerated() {
      let ids =
        agenda.isEmpty
        ? (state.columns.indices.contains(index) ? state.columns[index] : [])
        : agenda.filter {
          state.board.ideas[$0]?.stage == stage.id && (!state.filter.isActive || state.filter.contains($0))
        }
      if !ids.isEmpty { out.append((stage, ids)) }
    }
    return out
  }

  /// `text` over at most `lines` lines of `width` cells, the last one ending in "…" when the
  /// text goes on (`WordWrap`, so a word is never split unless it is longer than a line).
  static func wrapped(_ text: String, width: Int, lines: Int) -> [String] {
    let all = WordWrap.wrap(text, width: max(1, width)).map { $0.map(\.text).joined() }
    guard all.count > lines else { return all.isEmpty ? [""] : all }
    var kept = Array(all.prefix(lines))
    let rest = all[lines...].joined(separator: " ")
    kept[lines - 1] = DisplayWidth.clip(kept[lines - 1] + " " + rest, to: width)
    return kept
  }
}
