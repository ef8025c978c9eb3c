/// A form over the board: its title, one row per field (label, value) with the reason or
/// the help below it, and the discard question. The focused text field shows the terminal
/// cursor at its grapheme position; a long text scrolls so that the cursor stays in view.
struct FormView {
  let form: Form
  let layout: ScreenLayout

  static let labelWidth = 18
  static let rowsPerField = 2

  /// The column and row of a field's value, and the value's width, in a screen layout.
  static func inputArea(of index: Int, in layout: ScreenLayout) -> Rect {
    let box = box(in: layout)
    let x = box.x + 2 + labelWidth
    return Rect(x: x, y: box.y + 2 + index * rowsPerField, width: max(1, box.maxX - x - 2), height: 1)
  }

  static func box(in layout: ScreenLayout) -> Rect {
    Rect(x: 0, y: layout.main.y, width: layout.width, height: max(3, layout.main.height))
  }

  func draw(into grid: inout Grid) {
    let box = Self.box(in: layout)
    grid.fill(box, style: .dialog)
    grid.fill(Rect(x: box.x, y: box.y, width: box.width, height: 1), style: .borderFocused, with: "─")
    grid.put(" " + form.title + " ", x: box.x + 2, y: box.y, style: .title)
    var cursor: Point?
    for (index, field) in form.fields.enumerated() {
      let area = Self.inputArea(of: index, in: layout)
      guard area.y + 1 < box.maxY else { break }
      let focused = index == form.focus
      let label = field.label + (field.isRequired ? " " + UIText.requiredMark : "")
      grid.put(label, x: box.x + 2, y: area.y, style: focused ? .title : .detailLabel, maxWidth: Self.labelWidth - 1)
      grid.fill(area, style: focused ? .inputFocused : .input)
      switch field.value {
      case .text(let text):
        let caret = drawText(text, in: area, style: focused ? .inputFocused : .input, into: &grid)
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

  /// Draws the text with the part before the cursor first, so that the cursor lands where
  /// the grid put the last grapheme before it; returns the cursor's cell.
  private func drawText(_ text: TextFieldState, in area: Rect, style: Style, into grid: inout Grid) -> Point {
    var before = text.beforeCursor
    while !before.isEmpty, DisplayWidth.of(String(before)) >= area.width { before = before.dropFirst() }
    let hidden = text.cursor - before.count
    let after = text.text.dropFirst(hidden + before.count)
    let x = before.isEmpty ? area.x : grid.put(String(before), x: area.x, y: area.y, style: style, maxWidth: area.width)
    let room = area.maxX - x
    if room > 0, !after.isEmpty { grid.put(String(after), x: x, y: area.y, style: style, maxWidth: room) }
    return Point(x: min(x, area.maxX - 1), y: area.y)
  }
}
