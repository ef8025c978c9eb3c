import FabriekCore

/// The `:people` or `:sessions` list over the main area: a title row with the count and the
/// filter, the column headings, one row per record (the cursor's row highlighted), and a row
/// that says how many more are above and below. Every cell is board text, drawn through the
/// grid's sanitising `put` and clipped to its column by display width.
struct RecordListView {
  let state: AppState
  let list: RecordList
  let layout: ScreenLayout

  /// A column: its heading, its width in cells and whether numbers sit on its right.
  struct Column: Hashable {
    var heading: String
    var width: Int
    var trailing = false
  }

  static let gap = 2

  static func box(in layout: ScreenLayout) -> Rect {
    Rect(x: 0, y: layout.main.y, width: layout.width, height: max(4, layout.main.height))
  }

  /// The record rows that fit: below the title and the headings, above the more-marker row.
  static func visibleRows(in layout: ScreenLayout) -> Int { max(1, box(in: layout).height - 3) }

  /// The columns of a list at a width: fixed ones for short values, the rest shared by the
  /// name-like columns (3 : 2).
  /// The widest date of the current language ("2026-11-20"; "28 sept. 2026").
  static var dateWidth: Int {
    (1...12).compactMap { Day(year: 2026, month: $0, day: 28) }.map { DisplayWidth.of(Format.day($0)) }.max() ?? 10
  }

  static func columns(_ kind: RecordList.Kind, width: Int) -> [Column] {
    let room = max(0, width - 2)
    switch kind {
    case .people:
      var columns = [
        Column(heading: UIText.columnName, width: 0), Column(heading: UIText.columnOrganisation, width: 0),
        Column(heading: UIText.columnRoles, width: width >= 120 ? 26 : 17),
        Column(heading: UIText.columnLanguages, width: 11),
        Column(heading: UIText.columnIdeas, width: max(5, DisplayWidth.of(UIText.columnIdeas)), trailing: true),
      ]
      share(room, among: [0, 1], of: &columns)
      return columns
    case .sessions:
      let wide = width >= 100
      let participants = wide ? UIText.columnParticipants : UIText.columnParticipantsShort
      var columns = [
        Column(heading: UIText.columnDate, width: Self.dateWidth),
        Column(heading: UIText.columnKind, width: wide ? 17 : 12),
        Column(heading: UIText.columnTitle, width: 0), Column(heading: UIText.columnFacilitator, width: 0),
        Column(heading: UIText.columnAgenda, width: max(6, DisplayWidth.of(UIText.columnAgenda)), trailing: true),
        Column(heading: participants, width: DisplayWidth.of(participants), trailing: true),
      ]
      share(room, among: [2, 3], of: &columns)
      return columns
    }
  }

  /// Gives the room the fixed columns and the gaps leave to two flexible ones, 3 : 2.
  private static func share(_ room: Int, among flexible: [Int], of columns: inout [Column]) {
    let fixed = columns.reduce(0) { $0 + $1.width } + gap * (columns.count - 1)
    let left = max(2, room - fixed)
    columns[flexible[0]].width = max(1, left * 3 / 5)
    columns[flexible[1]].width = max(1, left - columns[flexible[0]].width)
  }

  func draw(into grid: inout Grid) {
    let box = Self.box(in: layout)
    grid.fill(box, style: .normal)
    drawTitle(into: &grid, box: box)
    let columns = Self.columns(list.kind, width: box.width)
    var x = box.x + 1
    for column in columns {
      let headingX = column.trailing ? x + max(0, column.width - DisplayWidth.of(column.heading)) : x
      grid.put(column.heading, x: headingX, y: box.y + 1, style: .detailLabel, maxWidth: column.width)
      x += column.width + Self.gap
    }
    let visible = Self.visibleRows(in: layout)
    guard !list.rows.isEmpty else {
      grid.put(emptyText, x: box.x + 1, y: box.y + 2, style: .dim, maxWidth: box.width - 2)
      return
    }
    let first = RecordList.firstShown(
      cursor: list.cursor, scroll: list.scroll, count: list.rows.count, visible: visible)
    for offset in 0..<visible {
      let index = first + offset
      guard index < list.rows.count else { break }
      drawRow(list.rows[index], columns: columns, y: box.y + 2 + offset, selected: index == list.cursor, into: &grid)
    }
    Self.drawMore(first: first, visible: visible, count: list.rows.count, in: box, into: &grid)
  }

  /// " People · 2 of 5 · /cafe": the filter being typed shows the terminal cursor after it.
  private func drawTitle(into grid: inout Grid, box: Rect) {
    let style = Style.columnHeaderFocused
    grid.fill(Rect(x: box.x, y: box.y, width: box.width, height: 1), style: style)
    let count =
      list.filter.isEmpty
      ? UIText.listCount(list.all.count) : UIText.listCount(list.rows.count, of: list.all.count)
    var spans = [Span(" " + UIText.listTitle(list.kind) + " · " + count, style: style)]
    let typing = state.mode == .listFilter
    // How many are due for erasure (the filter retention:due or consent:none lists them).
    if list.kind == .people, list.dueCount > 0, !typing, list.filter.isEmpty {
      spans.append(Span(" · " + tr("privacy.list.due", ["n": list.dueCount]), style: style))
    }
    if typing || !list.filter.isEmpty {
      spans.append(Span(" · /", style: style))
      spans.append(Span(list.filter, style: typing ? .input : style))
    }
    let end = grid.put(spans: spans, x: box.x, y: box.y, maxWidth: box.width - 1)
    if typing { grid.cursor = Point(x: min(end, box.maxX - 1), y: box.y) }
  }

  private func drawRow(_ row: RecordList.Row, columns: [Column], y: Int, selected: Bool, into grid: inout Grid) {
    let box = Self.box(in: layout)
    if selected { grid.fill(Rect(x: box.x, y: y, width: box.width, height: 1), style: .selection) }
    var x = box.x + 1
    for (column, text) in zip(columns, row.cells) {
      let style: Style = selected ? .selection : column.trailing ? .dim : .normal
      let cellX = column.trailing ? x + max(0, column.width - DisplayWidth.of(text)) : x
      grid.put(text, x: cellX, y: y, style: style, maxWidth: column.width)
      x += column.width + Self.gap
    }
  }

  /// What an empty list says: how to add the first record, or that the filter hides them all.
  private var emptyText: String {
    list.all.isEmpty ? UIText.listEmpty(list.kind) : UIText.listNoMatch(list.kind, filter: list.filter)
  }
}

extension RecordListView {
  /// "▲ 3 more  ▼ 12 more" on the box's bottom rule, for the rows above and below those shown;
  /// the lists, the mentors and the alumni screens all mark their rows so.
  static func drawMore(first: Int, visible: Int, count: Int, in box: Rect, into grid: inout Grid) {
    var more: [String] = []
    if first > 0 { more.append(UIText.moreAbove(first)) }
    let below = count - first - visible
    if below > 0 { more.append(UIText.moreBelow(below)) }
    if !more.isEmpty {
      grid.put(more.joined(separator: "  "), x: box.x + 1, y: box.maxY - 1, style: .moreMarker, maxWidth: box.width - 2)
    }
  }
}
