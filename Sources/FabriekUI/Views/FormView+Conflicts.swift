/// The question a form asks when fields the user changed were changed by someone else
/// meanwhile: per field its label, their value (on the board now) and the user's (in the
/// form), over the bottom rows of the form; `y` / `n` on the last row.
extension FormView {
  func drawConflicts(into grid: inout Grid) {
    let box = Self.box(in: layout)
    let conflicts = form.conflicts
    // Below the title row: a blank row, the heading, two rows a field, "… more", the question.
    let room = max(0, box.height - 4)
    var shown = conflicts.count
    while shown > 0, 2 * shown + (shown < conflicts.count ? 1 : 0) > room { shown -= 1 }
    let more = conflicts.count - shown
    let rows = 2 + 2 * shown + (more > 0 ? 1 : 0) + 1
    let top = box.maxY - rows
    grid.fill(Rect(x: box.x, y: top, width: box.width, height: rows), style: .dialog)
    grid.put(UIText.changedHeading, x: box.x + 2, y: top + 1, style: .fieldError, maxWidth: box.width - 4)
    let valueX = box.x + 2 + Self.labelWidth
    let valueWidth = max(1, box.maxX - 2 - valueX)
    let textWidth = max(1, valueWidth - DisplayWidth.of(UIText.changedTheirs))
    var y = top + 2
    for conflict in conflicts.prefix(shown) {
      let (theirs, yours) = Self.excerpts(conflict.theirs, conflict.yours, width: textWidth)
      grid.put(conflict.label, x: box.x + 2, y: y, style: .title, maxWidth: Self.labelWidth - 1)
      grid.put(
        spans: [Span(UIText.changedTheirs, style: .dim), Span(theirs, style: .input)], x: valueX, y: y,
        maxWidth: valueWidth)
      grid.put(
        spans: [Span(UIText.changedYours, style: .dim), Span(yours, style: .inputFocused)], x: valueX, y: y + 1,
        maxWidth: valueWidth)
      y += 2
    }
    if more > 0 { grid.put(UIText.changedMore(more), x: valueX, y: y, style: .dim, maxWidth: valueWidth) }
    grid.put(UIText.changedPrompt, x: box.x + 2, y: box.maxY - 1, style: .statusError, maxWidth: box.width - 4)
  }

  /// The two values on one row each (a line break as ↵), from a little before where they
  /// first differ when that is further in than a row shows: two long descriptions that
  /// differ in their last sentence show that sentence.
  static func excerpts(_ theirs: String, _ yours: String, width: Int) -> (String, String) {
    let a = Array(shown(Substring(theirs)))
    let b = Array(shown(Substring(yours)))
    var common = 0
    while common < a.count, common < b.count, a[common] == b[common] { common += 1 }
    let lead = max(4, width / 4)
    let start = common - lead
    guard common > width - lead, start > 0 else { return (String(a), String(b)) }
    return ("…" + String(a[start...]), "…" + String(b[start...]))
  }
}
