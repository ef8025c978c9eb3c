import FabriekCore

/// The triage screen: a header with the progress and the reviewer, the candidate's whole
/// record on the left (the detail pane's document), and on the right the rubric with this
/// reviewer's scores, every reviewer's mean and spread, the duplicates and a decision's prompt.
struct TriageView {
  let state: AppState
  let session: TriageSession
  let layout: ScreenLayout

  /// The record and the panel below the header row, with a rule between them.
  static func areas(width: Int, height: Int) -> (record: Rect, panel: Rect, rule: Int) {
    let rows = max(0, height - 3)
    let outer = max(38, width * 2 / 5)
    let rule = max(0, width - outer)
    return (
      Rect(x: 1, y: 1, width: max(0, rule - 2), height: rows),
      Rect(x: rule + 2, y: 1, width: max(0, outer - 3), height: rows), rule
    )
  }

  func draw(into grid: inout Grid) {
    let areas = Self.areas(width: layout.width, height: layout.height)
    grid.fill(layout.main, style: .normal)
    drawHeader(into: &grid)
    grid.fill(Rect(x: areas.rule, y: 1, width: 1, height: areas.record.height), style: .border, with: "│")
    guard let id = session.candidate, let idea = state.board.ideas[id] else {
      let text =
        session.queue.isEmpty
        ? UIText.triageEmpty
        : UIText.triageDone(
          decided: session.queue.filter { state.board.ideas[$0]?.decision != nil }.count, of: session.queue.count)
      for (row, line) in WordWrap.wrap(text, width: max(1, areas.record.width)).enumerated() {
        grid.put(segments: line, x: areas.record.x, y: areas.record.y + 1 + row, style: .dim)
      }
      return
    }
    drawRecord(into: &grid, area: areas.record)
    TriagePanel(state: state, session: session, idea: idea).draw(into: &grid, area: areas.panel)
  }

  /// " Triage · 2 / 3 · I-0002 · Incoming" on the left, "reviewer: an" on the right.
  private func drawHeader(into grid: inout Grid) {
    let style = Style.columnHeaderFocused
    grid.fill(Rect(x: 0, y: 0, width: layout.width, height: 1), style: style)
    var left = " " + UIText.triageTitle(session.progress)
    if let id = session.candidate, let idea = state.board.ideas[id] {
      let place = idea.outcome?.label ?? state.board.stage(idea.stage)?.displayName ?? idea.stage
      left += " · \(id.code) · \(place)"
    }
    let right = UIText.triageReviewer(state.user) + " "
    let rightX = layout.width - DisplayWidth.of(right)
    grid.put(right, x: rightX, y: 0, style: style)
    grid.put(left, x: 0, y: 0, style: style, maxWidth: max(1, rightX - 1))
  }

  /// The record from its scroll position; when it does not fit, the last row says how many
  /// lines are above and below.
  private func drawRecord(into grid: inout Grid, area: Rect) {
    guard let pane = session.record, area.height > 1 else { return }
    let overflow = pane.lines.count > area.height || pane.scroll > 0
    let rows = overflow ? area.height - 1 : area.height
    for row in 0..<rows {
      let index = pane.scroll + row
      guard index < pane.lines.count else { break }
      grid.put(spans: pane.lines[index], x: area.x, y: area.y + row, maxWidth: area.width)
    }
    guard overflow else { return }
    let below = max(0, pane.lines.count - pane.scroll - rows)
    var footer: [String] = []
    if pane.scroll > 0 { footer.append(UIText.linesAbove(pane.scroll)) }
    if below > 0 { footer.append(UIText.linesBelow(below)) }
    grid.put(footer.joined(separator: "  "), x: area.x, y: area.maxY - 1, style: .moreMarker, maxWidth: area.width)
  }
}
