/// Where a form's rows go: a heading row before each new section, two rows per field (value,
/// then the reason or the help), scrolled so that the focused field is in view.
extension FormView {
  /// Each field's first row, counted from the top of the form's content; the section
  /// headings, with their rows.
  static func rows(of form: Form) -> (fields: [Int], headings: [(row: Int, text: String)]) {
    var fields: [Int] = []
    var headings: [(row: Int, text: String)] = []
    var row = 0
    var section = ""
    for field in form.fields {
      if field.section != section, !field.section.isEmpty {
        headings.append((row, field.section))
        row += 1
      }
      section = field.section
      fields.append(row)
      row += rowsPerField
    }
    return (fields, headings)
  }

  /// The first content row shown: 0 when the focused field fits, else just enough to show it.
  static func scroll(of form: Form, visibleRows: Int) -> Int {
    let fields = rows(of: form).fields
    guard fields.indices.contains(form.focus) else { return 0 }
    return max(0, fields[form.focus] + rowsPerField - max(rowsPerField, visibleRows))
  }

  /// The rows the fields may use: below the title row, above the row of the discard question.
  static func visibleRows(in layout: ScreenLayout) -> Int { max(rowsPerField, box(in: layout).height - 3) }

  /// The column and row of a field's value, and the value's width; nil when scrolled out.
  static func inputArea(of index: Int, in form: Form, layout: ScreenLayout) -> Rect? {
    let box = box(in: layout)
    let fields = rows(of: form).fields
    guard fields.indices.contains(index) else { return nil }
    let visible = visibleRows(in: layout)
    let row = fields[index] - scroll(of: form, visibleRows: visible)
    guard row >= 0, row + 1 < visible else { return nil }
    let x = box.x + 2 + labelWidth
    return Rect(x: x, y: box.y + 2 + row, width: max(1, box.maxX - x - 2), height: 1)
  }
}
