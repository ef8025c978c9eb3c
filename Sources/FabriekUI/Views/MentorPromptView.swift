import FabriekCore

/// A question of the mentoring screens over the bottom of the screen: what is asked, the rule
/// that refuses (for an override), the reason chosen (Tab for another) or the hours' fields,
/// and the text typed with the cursor after it.
struct MentorPromptView {
  let board: Board
  let prompt: MentorPrompt
  let layout: ScreenLayout

  private func who(_ id: MatchID) -> String {
    guard let m = board.match(id) else { return id.code }
    return m.code + " (" + (board.people[m.person]?.fullName ?? m.person.code) + ")"
  }

  func draw(into grid: inout Grid) {
    var lines: [[Span]] = []
    /// The line holding the text typed into, for the cursor.
    var inputLine = 0
    func input(_ label: String, _ text: String, focused: Bool) {
      if focused { inputLine = lines.count }
      lines.append([Span(label + " ", style: .detailLabel), Span(text, style: focused ? .inputFocused : .input)])
    }
    switch prompt.kind {
    case .override(let pending, let refusal):
      let title: String
      switch pending {
      case .propose: title = tr("mentorui.override.propose")
      case .move(let id, let state, _): title = tr("mentorui.override.move", ["match": who(id), "state": state.label])
      case .hours(let id, _): title = tr("mentorui.override.hours", ["match": who(id)])
      }
      lines.append([Span(title, style: .title)])
      // The refusal wraps: it says which rule and what to do, and must be read whole.
      for line in WordWrap.wrap(refusal, width: max(10, layout.width - 2)).prefix(3) {
        lines.append([Span(line.map(\.text).joined(), style: .fieldError)])
      }
      input(tr("mentorui.override.why"), prompt.text, focused: true)
    case .reason(let id, let state, let kind):
      lines.append([
        Span(tr(state == .ended ? "mentorui.reason.end" : "mentorui.reason.decline", ["match": who(id)]), style: .title)
      ])
      lines.append([
        Span(tr("mentorui.reason.kind") + " ", style: .detailLabel), Span("‹" + kind.label + "›", style: .selection),
        Span("  " + tr("mentorui.reason.another"), style: .dim),
      ])
      input(tr("mentorui.reason.words"), prompt.text, focused: true)
    case .hours(let id):
      lines.append([Span(tr("mentorui.hours.title", ["match": who(id)]), style: .title)])
      let labels = [tr("mentorui.hours.hours"), tr("mentorui.hours.day"), tr("mentorui.hours.note")]
      for (index, label) in labels.enumerated() {
        input(label, prompt.texts.indices.contains(index) ? prompt.texts[index] : "", focused: index == prompt.field)
      }
    }
    let area = layout.main
    let height = min(area.height, lines.count + 2)
    let box = Rect(x: 0, y: area.maxY - height, width: layout.width, height: height)
    grid.fill(box, style: .dialog)
    grid.fill(Rect(x: box.x, y: box.y, width: box.width, height: 1), style: .borderFocused, with: "─")
    for (row, spans) in lines.enumerated() where row < height - 1 {
      let end = grid.put(spans: spans, x: 1, y: box.y + 1 + row, maxWidth: box.width - 2)
      if row == inputLine { grid.cursor = Point(x: min(end, box.maxX - 1), y: box.y + 1 + row) }
    }
  }
}
