import FabriekCore

/// A decision's prompt over the bottom of the triage panel: what is asked, the list to choose
/// from (the selected line marked) and the text typed, with the cursor after it.
struct TriagePromptView {
  let state: AppState
  let code: String
  let prompt: TriagePrompt

  func draw(into grid: inout Grid, area: Rect) {
    var lines: [[Span]] = []
    var selected: Int?
    var input: (label: String, text: String)?
    func choices(_ items: [String], _ choice: Int) {
      for (index, item) in items.enumerated() {
        if index == choice { selected = lines.count }
        lines.append([Span((index == choice ? "▸ " : "  ") + item, style: index == choice ? .selection : .dialog)])
      }
    }
    switch prompt {
    case .decline(let reason, let text):
      lines.append([Span(UIText.declinePrompt(code), style: .title)])
      choices(DeclineReason.allCases.map(\.label), reason)
      input = (UIText.declineTextLabel, text)
    case .park(let text):
      lines.append([Span(UIText.parkPrompt(code), style: .title)])
      input = (UIText.parkTextLabel, text)
    case .stage(let choice):
      lines.append([Span(UIText.stagePrompt(code), style: .title)])
      choices(state.board.acceptStages.map(\.displayName), choice)
    case .merge(let ids, let choice):
      lines.append([Span(UIText.mergePrompt(code), style: .title)])
      choices(ids.map { "\($0.code) \(state.board.ideas[$0]?.title ?? "")" }, choice)
    }
    if let input { lines.append([Span(input.label, style: .detailLabel), Span(input.text, style: .input)]) }
    let height = min(area.height, lines.count + 2)
    let box = Rect(x: area.x - 1, y: area.maxY - height, width: area.width + 1, height: height)
    grid.fill(box, style: .dialog)
    grid.fill(Rect(x: box.x, y: box.y, width: box.width, height: 1), style: .borderFocused, with: "─")
    // When the list is longer than the box, the lines around the selected one are shown.
    let rows = height - 1
    let first = min(max(0, (selected ?? 0) - rows + 2), max(0, lines.count - rows))
    for row in 0..<rows {
      let index = first + row
      guard index < lines.count else { break }
      if index == selected {
        grid.fill(Rect(x: box.x, y: box.y + 1 + row, width: box.width, height: 1), style: .selection)
      }
      let end = grid.put(spans: lines[index], x: area.x, y: box.y + 1 + row, maxWidth: area.width)
      if input != nil && index == lines.count - 1 {
        grid.cursor = Point(x: min(end, area.maxX - 1), y: box.y + 1 + row)
      }
    }
  }
}
