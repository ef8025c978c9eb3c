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
    var selectedRows = Set<Int>()
    var input: (label: String, text: String)?
    /// The list; the selected item is wrapped over as many lines as it needs when `wrapping`
    /// (a merge target's whole title is read before it is chosen), the others are cut.
    func choices(_ items: [String], _ choice: Int, wrapping: Bool = false) {
      for (index, item) in items.enumerated() {
        guard index == choice else {
          lines.append([Span("  " + item, style: .dialog)])
          continue
        }
        let rows = wrapping ? WordWrap.wrap(item, width: max(1, area.width - 2)).map { $0.map(\.text).joined() } : [item]
        for (row, text) in rows.enumerated() {
          selectedRows.insert(lines.count)
          selected = lines.count
          lines.append([Span((row == 0 ? "▸ " : "  ") + text, style: .selection)])
        }
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
    case .merge(let ids, let choice, let text):
      lines.append([Span(UIText.mergePrompt(code), style: .title)])
      if ids.isEmpty {
        let empty = text.trimmingCharactersInWhitespace().isEmpty
        let said = empty ? UIText.mergeNoSuggestion : UIText.noMergeTarget(text)
        for row in WordWrap.wrap(said, width: max(1, area.width - 2)) {
          lines.append([Span("  " + row.map(\.text).joined(), style: .dialog)])
        }
      }
      choices(ids.map { state.mergeTargetLine($0) }, choice, wrapping: true)
      input = (UIText.mergeTextLabel, text)
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
      if selectedRows.contains(index) {
        grid.fill(Rect(x: box.x, y: box.y + 1 + row, width: box.width, height: 1), style: .selection)
      }
      let end = grid.put(spans: lines[index], x: area.x, y: box.y + 1 + row, maxWidth: area.width)
      if input != nil && index == lines.count - 1 {
        grid.cursor = Point(x: min(end, area.maxX - 1), y: box.y + 1 + row)
      }
    }
  }
}
