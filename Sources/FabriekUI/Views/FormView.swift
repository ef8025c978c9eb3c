/// A form over the board: its title, one row per field (label, value) with the reason or
/// the help below it, and the discard question. The focused text field shows the terminal
/// cursor at its grapheme position; a long text scrolls so that the cursor stays in view.
struct FormView {
  let form: Form
  let layout: ScreenLayout

  static let labelWidth = 18
  static let rowsPerField = 2

  static func box(in layout: ScreenLayout) -> Rect {
    Rect(x: 0, y: layout.main.y, width: layout.width, height: max(3, layout.main.height))
  }

  func draw(into grid: inout Grid) {
    let box = Self.box(in: layout)
    grid.fill(box, style: .dialog)
    grid.fill(Rect(x: box.x, y: box.y, width: box.width, height: 1), style: .borderFocused, with: "─")
    grid.put(" " + form.title + " ", x: box.x + 2, y: box.y, style: .title)
    var cursor: Point?
    let visible = Self.visibleRows(in: layout)
    let scroll = Self.scroll(of: form, visibleRows: visible)
    for heading in Self.rows(of: form).headings where heading.row >= scroll && heading.row - scroll < visible {
      grid.put(heading.text, x: box.x + 2, y: box.y + 2 + heading.row - scroll, style: .title, maxWidth: box.width - 4)
    }
    for (index, field) in form.fields.enumerated() {
      guard let area = Self.inputArea(of: index, in: form, layout: layout) else { continue }
      let focused = index == form.focus
      let label = field.label + (field.isRequired ? " " + UIText.requiredMark : "")
      grid.put(label, x: box.x + 2, y: area.y, style: focused ? .title : .detailLabel, maxWidth: Self.labelWidth - 1)
      grid.fill(area, style: focused ? .inputFocused : .input)
      switch field.value {
      case .text(let text):
        // An unfocused field shows its start; the focused one scrolls to keep the cursor in view.
        let shown = focused ? text : TextFieldState(text.text, cursor: 0)
        let caret = drawText(shown, in: area, style: focused ? .inputFocused : .input, into: &grid)
        if focused { cursor = caret }
      case .choice:
        grid.put(
          "‹ " + field.display + " ›", x: area.x, y: area.y, style: focused ? .inputFocused : .input,
          maxWidth: area.width)
      }
      if let error = form.errors[index] {
        grid.put(error, x: area.x, y: area.y + 1, style: .fieldError, maxWidth: area.width)
      } else if focused, !field.help.isEmpty {
        grid.put(field.help, x: area.x, y: area.y + 1, style: .dim, maxWidth: area.width)
      }
    }
    if form.isConfirmingDiscard {
      grid.put(UIText.formDiscardPrompt, x: box.x + 2, y: box.maxY - 1, style: .statusError, maxWidth: box.width - 4)
    }
    grid.cursor = form.isConfirmingDiscard ? nil : cursor
  }

  /// A newline shows as ↵ on the field's one row (one grapheme for one, so the cursor holds).
  static func shown(_ text: Substring) -> String { String(text.map { $0 == "\n" ? "↵" : $0 }) }

  /// Draws the text with the part before the cursor first, so that the cursor lands where
  /// the grid put the last grapheme before it; returns the cursor's cell.
  private func drawText(_ text: TextFieldState, in area: Rect, style: Style, into grid: inout Grid) -> Point {
    var before = Substring(Self.shown(text.beforeCursor))
    while !before.isEmpty, DisplayWidth.of(String(before)) >= area.width { before = before.dropFirst() }
    let hidden = text.cursor - before.count
    let after = Self.shown(text.text.dropFirst(hidden + before.count))
    let x = before.isEmpty ? area.x : grid.put(String(before), x: area.x, y: area.y, style: style, maxWidth: area.width)
    let room = area.maxX - x
    if room > 0, !after.isEmpty { grid.put(String(after), x: x, y: area.y, style: style, maxWidth: room) }
    return Point(x: min(x, area.maxX - 1), y: area.y)
  }
}
