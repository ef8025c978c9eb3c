import FabriekCore

/// A form over the board: its title, per field a label, the value (one row, or several for a
/// multi-line text) and a row below for the reason, what the value reads as, or the help;
/// the discard question, or the fields changed elsewhere meanwhile. The focused field shows the terminal cursor at its grapheme
/// position; a list or picker with suggestions shows them under the field, over what is
/// below.
struct FormView {
  let form: Form
  let layout: ScreenLayout
  /// The day `today` and `+2w` count from.
  var today: Day = Timestamp.now().day
  /// The titles of the ideas an agenda field names.
  var ideaTitle: (IdeaID) -> String? = { _ in nil }

  /// The label column: Dutch and French labels run longer ("Veranderingstheorie", "Porteurs
  /// de projet"), so it is wider there and their labels are never cut.
  static var labelWidth: Int {
    switch Language.current {
    case .en: 18
    case .nl: 21
    case .fr: 22
    }
  }

  static func box(in layout: ScreenLayout) -> Rect { OverlayFrame.box(in: layout) }

  func draw(into grid: inout Grid) {
    let box = Self.box(in: layout)
    grid.fill(box, style: .dialog)
    grid.fill(Rect(x: box.x, y: box.y, width: box.width, height: 1), style: .borderFocused, with: "─")
    grid.put(" " + form.title + " ", x: box.x + 2, y: box.y, style: .title)
    var cursor: Point?
    var suggestions: (area: Rect, lines: [String], highlighted: Int, clearing: Bool)?
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
      let style: Style = focused ? .inputFocused : .input
      grid.fill(area, style: style)
      let caret = drawValue(of: field, focused: focused, in: area, style: style, into: &grid)
      if focused { cursor = caret }
      let info = Rect(x: area.x, y: area.maxY, width: area.width, height: 1)
      if let error = form.errors[index] {
        grid.put(error, x: info.x, y: info.y, style: .fieldError, maxWidth: info.width)
      } else {
        let resolved = resolvedText(of: field).map { UIText.resolvedPrefix + $0 }
        let help = focused && !field.help.isEmpty ? field.help : nil
        let line = [resolved, help].compactMap { $0 }.joined(separator: "   ")
        if !line.isEmpty { grid.put(line, x: info.x, y: info.y, style: .dim, maxWidth: info.width) }
      }
      // A choice's options give way to the reason it was refused, until a key changes it.
      let refusedChoice = form.errors[index] != nil && field.isChoice
      if focused, !refusedChoice, let list = Self.suggestions(of: field), !list.lines.isEmpty {
        suggestions = (info, list.lines, list.highlighted, field.isChoice)
      }
    }
    if let list = suggestions {
      drawSuggestions(list.lines, highlighted: list.highlighted, below: list.area, clearing: list.clearing, into: &grid)
    }
    if form.isConfirmingDiscard {
      grid.put(UIText.formDiscardPrompt, x: box.x + 2, y: box.maxY - 1, style: .statusError, maxWidth: box.width - 4)
    }
    if !form.conflicts.isEmpty { drawConflicts(into: &grid) }
    grid.cursor = form.isAsking ? nil : cursor
  }

  /// Draws a field's value in its area; returns where the cursor goes when it is focused.
  private func drawValue(of field: FormField, focused: Bool, in area: Rect, style: Style, into grid: inout Grid)
    -> Point
  {
    switch field.value {
    case .text(let text) where field.isMultiline:
      return drawRows(text, focused: focused, in: area, style: style, into: &grid)
    case .text(let text):
      // An unfocused field shows its start; the focused one scrolls to keep the cursor in view.
      return drawText(focused ? text : TextFieldState(text.text, cursor: 0), in: area, style: style, into: &grid)
    case .choice:
      grid.put("‹ " + field.display + " ›", x: area.x, y: area.y, style: style, maxWidth: area.width)
      return Point(x: area.x, y: area.y)
    case .multiChoice(let state):
      return drawOptions(state, focused: focused, in: area, style: style, into: &grid)
    case .tags(let state):
      let shown = focused ? state.field : TextFieldState(state.values.joined(separator: ", "), cursor: 0)
      return drawText(shown, in: area, style: style, into: &grid)
    case .people(let picker):
      var names = picker.chosen.map { choice -> String in
        if case .new = choice { return picker.name(of: choice) + " " + UIText.newPersonMark }
        return picker.name(of: choice)
      }.joined(separator: ", ")
      if !focused {
        grid.put(names.isEmpty ? UIText.noneChosen : names, x: area.x, y: area.y, style: style, maxWidth: area.width)
        return Point(x: area.x, y: area.y)
      }
      if !names.isEmpty { names += picker.isSingle ? " ← " : ", " }
      let line = TextFieldState(names + picker.query.text, cursor: names.count + picker.query.cursor)
      return drawText(line, in: area, style: style, into: &grid)
    }
  }

  /// The cells `Grid.put` takes for a text: control and bidi characters become markers,
  /// which are wider than the characters they stand for.
  static func drawnWidth(_ text: String) -> Int {
    Sanitizer.segments(text).reduce(0) { $0 + DisplayWidth.of($1.text) }
  }

  /// A newline shows as ↵ on a one-row field (one grapheme for one, so the cursor holds).
  static func shown(_ text: Substring) -> String { String(text.map { $0 == "\n" ? "↵" : $0 }) }

  /// Draws the text with the part before the cursor first, so that the cursor lands where
  /// the grid put the last grapheme before it; returns the cursor's cell.
  private func drawText(_ text: TextFieldState, in area: Rect, style: Style, into grid: inout Grid) -> Point {
    // The longest end of the text before the cursor that leaves the cursor's cell free,
    // measured grapheme by grapheme from the cursor back (a long text costs what shows).
    let shownBefore = Array(Self.shown(text.beforeCursor))
    var start = shownBefore.count
    var used = 0
    while start > 0 {
      let width = TextRows.cellWidth(shownBefore[start - 1])
      if used + width >= area.width { break }
      used += width
      start -= 1
    }
    let before = String(shownBefore[start...])
    let after = Self.shown(text.text.dropFirst(text.cursor).prefix(area.width))
    let x = before.isEmpty ? area.x : grid.put(String(before), x: area.x, y: area.y, style: style, maxWidth: area.width)
    let room = area.maxX - x
    if room > 0, !after.isEmpty { grid.put(String(after), x: x, y: area.y, style: style, maxWidth: room) }
    return Point(x: min(x, area.maxX - 1), y: area.y)
  }

  /// A multi-line text in rows wrapped at the area's width, scrolled so that the cursor's
  /// row is shown; returns the cursor's cell.
  private func drawRows(_ text: TextFieldState, focused: Bool, in area: Rect, style: Style, into grid: inout Grid)
    -> Point
  {
    let layout = TextRows(text.text, width: area.width, maxRows: focused ? .max : area.height)
    let position = layout.position(of: focused ? text.cursor : 0)
    let first = max(0, position.row - (area.height - 1))
    let graphemes = Array(text.text)
    var caret = Point(x: area.x, y: area.y)
    for (offset, row) in layout.rows.dropFirst(first).prefix(area.height).enumerated() {
      let y = area.y + offset
      if first + offset == position.row {
        let head = String(graphemes[row.start..<min(text.cursor, row.end)])
        let x = head.isEmpty ? area.x : grid.put(head, x: area.x, y: y, style: style, maxWidth: area.width)
        caret = Point(x: min(x, area.maxX - 1), y: y)
        let tail = String(graphemes[min(max(row.start, text.cursor), row.end)..<row.end])
        if !tail.isEmpty, x < area.maxX { grid.put(tail, x: x, y: y, style: style, maxWidth: area.maxX - x) }
      } else {
        grid.put(String(graphemes[row.start..<row.end]), x: area.x, y: y, style: style, maxWidth: area.width)
      }
    }
    return focused ? caret : Point(x: area.x, y: area.y)
  }

  /// A multi-choice: unfocused, the chosen labels; focused, every option with a box, the one
  /// under the cursor marked, scrolled so that it shows. Returns the cursor's cell.
  private func drawOptions(_ state: MultiChoiceState, focused: Bool, in area: Rect, style: Style, into grid: inout Grid)
    -> Point
  {
    guard focused else {
      let chosen = state.chosen.map { state.options[$0] }.joined(separator: ", ")
      grid.put(chosen.isEmpty ? UIText.noneChosen : chosen, x: area.x, y: area.y, style: style, maxWidth: area.width)
      return Point(x: area.x, y: area.y)
    }
    let items = state.options.indices.map { (state.selected.contains($0) ? "[x] " : "[ ] ") + state.options[$0] }
    let widths = items.map { Self.drawnWidth($0) + 2 }
    var first = 0
    while first < state.cursor, widths[first...state.cursor].reduce(0, +) > area.width { first += 1 }
    var x = area.x
    var caret = Point(x: area.x, y: area.y)
    for index in first..<items.count where x < area.maxX {
      if index == state.cursor { caret = Point(x: x + 1, y: area.y) }
      x =
        grid.put(
          items[index], x: x, y: area.y, style: index == state.cursor ? .selection : style, maxWidth: area.maxX - x) + 2
    }
    return caret
  }

  /// What a date or amount field reads as, when that is not what was typed.
  func resolvedText(of field: FormField) -> String? {
    guard case .text(let text) = field.value, !text.text.isEmpty else { return nil }
    let resolved: String?
    switch field.format {
    case .date: resolved = FieldKinds.resolvedDate(text.text, today: today)
    case .amount: resolved = FieldKinds.resolvedAmount(text.text)
    case .ideaCodes: resolved = FieldKinds.resolvedIdeas(text.text, title: ideaTitle)
    case .number: resolved = (try? FieldKinds.decimal(text.text))?.flatMap { $0 }.map(FieldKinds.decimalText)
    case .plain: resolved = nil
    }
    return resolved == text.text.trimmingCharactersInWhitespace() ? nil : resolved
  }

  /// The suggestions of a focused list or picker, or a focused choice's options, as lines,
  /// and the highlighted one (the chosen option).
  static func suggestions(of field: FormField) -> (lines: [String], highlighted: Int)? {
    switch field.value {
    case .choice(let options, let selected): return (options, selected)
    case .tags(let state): return (state.suggestions, state.highlighted)
    case .people(let picker):
      let lines = picker.candidates.map { candidate -> String in
        switch candidate {
        case .person(let entry): entry.detail.isEmpty ? entry.name : entry.name + " · " + entry.detail
        case .create(let name): UIText.newPersonOption(name)
        }
      }
      return (lines, picker.highlighted)
    default: return nil
    }
  }

  /// The list of suggestions under a field, over the rows below it, within the form's box.
  /// Below the field when the list fits there (or has more room there than above), else
  /// above the field, its last line next to the field; lines that fit nowhere are left out,
  /// the last one ("new person …") kept. `clearing` blanks the whole width of the rows the list
  /// covers (a choice's options, so that no piece of the fields under them shows beside it).
  private func drawSuggestions(
    _ lines: [String], highlighted: Int, below info: Rect, clearing: Bool = false, into grid: inout Grid
  ) {
    let box = Self.box(in: layout)
    let roomBelow = box.maxY - 1 - info.y
    let valueRow = info.y - 1
    let roomAbove = valueRow - (box.y + 1)
    let below = lines.count <= roomBelow || roomBelow >= roomAbove
    let room = below ? roomBelow : roomAbove
    guard room > 0 else { return }
    var shown = Array(lines.indices)
    if shown.count > room { shown = Array(shown.prefix(room - 1)) + [lines.count - 1] }
    let width = min(info.width, (lines.map(Self.drawnWidth).max() ?? 0) + 2)
    if below { grid.fill(info, style: .dialog) }  // the help it replaces
    let top = below ? info.y : valueRow - shown.count
    for (offset, index) in shown.enumerated() {
      let y = top + offset
      let style: Style = index == highlighted ? .selection : .statusBar
      if clearing { grid.fill(Rect(x: info.x, y: y, width: info.width, height: 1), style: .dialog) }
      grid.fill(Rect(x: info.x, y: y, width: width, height: 1), style: style)
      grid.put(lines[index], x: info.x + 1, y: y, style: style, maxWidth: width - 1)
    }
  }

}
