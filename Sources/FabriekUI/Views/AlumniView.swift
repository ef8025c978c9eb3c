import FabriekCore

/// `:alumni` over the main area: a title row with the count and how many are overdue, the
/// column headings, one row per exited idea (the cursor's row highlighted, an overdue
/// follow-up in `badgeWarning`). Board text goes through the grid's sanitising `put`,
/// clipped to its column by display width.
struct AlumniView {
  let state: AppState
  let alumni: AlumniState
  let layout: ScreenLayout

  static func box(in layout: ScreenLayout) -> Rect { RecordListView.box(in: layout) }

  static func visibleRows(in layout: ScreenLayout) -> Int { max(1, box(in: layout).height - 3) }

  /// Code, title, outcome, left (from 100 columns), next follow-up: the title takes what the others leave.
  static func columns(width: Int) -> [RecordListView.Column] {
    let date = RecordListView.dateWidth
    let wide = width >= 120
    var columns = [
      RecordListView.Column(heading: UIText.columnCode, width: 6),
      RecordListView.Column(heading: UIText.columnAlumnusTitle, width: 0),
      RecordListView.Column(heading: UIText.columnOutcome, width: wide ? 28 : 16),
      RecordListView.Column(heading: UIText.columnLeft, width: width >= 100 ? date : 0),
      RecordListView.Column(heading: UIText.columnNextFollowUp, width: date + (wide ? 22 : 12)),
    ]
    let fixed = columns.reduce(0) { $0 + $1.width } + RecordListView.gap * (columns.count - 1)
    columns[1].width = max(4, width - 2 - fixed - (columns[3].width == 0 ? RecordListView.gap : 0))
    return columns
  }

  func cells(_ a: Alumnus) -> [String] {
    let outcome = a.departure.map { UIText.exitOutcome($0.outcome) } ?? UIText.noOutcome
    let left = a.departure.map { Format.day($0.day) } ?? ""
    let next =
      a.next.map { Format.day($0.due) + " · " + UIText.followUpState(a.state) }
      ?? (a.scheduled == 0 ? UIText.noneScheduled : UIText.allRecorded)
    return [a.idea.code, a.idea.title, outcome, left, next]
  }

  func draw(into grid: inout Grid) {
    let box = Self.box(in: layout)
    grid.fill(box, style: .normal)
    let titleStyle = Style.columnHeaderFocused
    grid.fill(Rect(x: box.x, y: box.y, width: box.width, height: 1), style: titleStyle)
    var title = " " + UIText.alumniTitle + " · " + UIText.listCount(alumni.rows.count)
    if alumni.overdue > 0 { title += " · " + UIText.followUpsOverdue(alumni.overdue) }
    grid.put(title, x: box.x, y: box.y, style: titleStyle, maxWidth: box.width - 1)
    let columns = Self.columns(width: box.width)
    var x = box.x + 1
    for column in columns where column.width > 0 {
      grid.put(column.heading, x: x, y: box.y + 1, style: .detailLabel, maxWidth: column.width)
      x += column.width + RecordListView.gap
    }
    guard !alumni.rows.isEmpty else {
      grid.put(UIText.alumniEmpty, x: box.x + 1, y: box.y + 2, style: .dim, maxWidth: box.width - 2)
      return
    }
    let visible = Self.visibleRows(in: layout)
    let first = RecordList.firstShown(
      cursor: alumni.cursor, scroll: alumni.scroll, count: alumni.rows.count, visible: visible)
    for offset in 0..<visible {
      let index = first + offset
      guard index < alumni.rows.count else { break }
      let row = alumni.rows[index]
      let y = box.y + 2 + offset
      let selected = index == alumni.cursor
      if selected { grid.fill(Rect(x: box.x, y: y, width: box.width, height: 1), style: .selection) }
      var cx = box.x + 1
      for (k, (column, text)) in zip(columns, cells(row)).enumerated() where column.width > 0 {
        let style: Style =
          selected ? .selection : (k == 4 && row.state == .overdue) ? .badgeWarning : (k == 0 ? .dim : .normal)
        grid.put(text, x: cx, y: y, style: style, maxWidth: column.width)
        cx += column.width + RecordListView.gap
      }
    }
    RecordListView.drawMore(first: first, visible: visible, count: alumni.rows.count, in: box, into: &grid)
  }
}
