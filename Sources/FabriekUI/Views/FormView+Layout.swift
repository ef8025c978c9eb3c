/// Where a form's rows go: a heading row before each new section; per field its value rows
/// (one, or `multilineRows` for a multi-line field) and a row for the reason, the help or
/// what the value reads as; scrolled so that the focused field is in view.
extension FormView {
  /// The rows of a multi-line field's text.
  static let multilineRows = 4

  /// The value rows a field takes (its info row comes after them).
  static func valueRows(of field: FormField) -> Int { field.isMultiline ? multilineRows : 1 }

  /// Each field's first row, counted from the top of the form's content; the section
  /// headings, with their rows; the rows in all.
  static func rows(of form: Form) -> (fields: [Int], headings: [(row: Int, text: String)], total: Int) {
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
      row += valueRows(of: field) + 1
    }
    return (fields, headings, row)
  }

  /// The first content row shown: 0 when the focused field fits, else just enough to show it.
  static func scroll(of form: Form, visibleRows: Int) -> Int {
    let fields = rows(of: form).fields
    guard fields.indices.contains(form.focus) else { return 0 }
    let height = valueRows(of: form.fields[form.focus]) + 1
    return max(0, fields[form.focus] + height - max(height, visibleRows))
  }

  /// The rows the fields may use: below the title row, above the row of the discard question.
  static func visibleRows(in layout: ScreenLayout) -> Int { max(2, box(in: layout).height - 3) }

  /// The width of a field's value: what a multi-line field's rows wrap at.
  static func valueWidth(in layout: ScreenLayout) -> Int {
    let box = box(in: layout)
    return max(1, box.maxX - (box.x + 2 + labelWidth) - 2)
  }

  /// A field's value rows on the screen (its info row is the row below); nil when any of it
  /// is scrolled out.
  static func inputArea(of index: Int, in form: Form, layout: ScreenLayout) -> Rect? {
    let box = box(in: layout)
    let fields = rows(of: form).fields
    guard fields.indices.contains(index) else { return nil }
    let visible = visibleRows(in: layout)
    let row = fields[index] - scroll(of: form, visibleRows: visible)
    let height = valueRows(of: form.fields[index])
    guard row >= 0, row + height < visible else { return nil }
    return Rect(x: box.x + 2 + labelWidth, y: box.y + 2 + row, width: valueWidth(in: layout), height: height)
  }
}
