import FabriekCore

/// The reports screen over the main area: the period (`[` `]` step it), the filter line, a tab
/// per page (the current one highlighted; numbers only for the others when the titles do not
/// fit), then the page's charts, tables and notes (`ReportLines`), scrolled. Board texts are
/// sanitised by `ReportLines` and the grid's `put`.
struct ReportsView {
  let state: AppState
  let reports: ReportsState
  let layout: ScreenLayout

  static let headerRows = 4

  static func bodyHeight(in layout: ScreenLayout) -> Int { max(1, layout.main.height - headerRows) }

  static func lines(_ reports: ReportsState, width: Int) -> [ReportLine] {
    guard let page = reports.document.pages.first(where: { $0.group == reports.page }) else { return [] }
    return ReportLines.page(page, width: max(20, width - 2))
  }

  static func lastScroll(_ reports: ReportsState, in layout: ScreenLayout) -> Int {
    max(0, lines(reports, width: layout.width).count - bodyHeight(in: layout))
  }

  func draw(into grid: inout Grid) {
    let main = layout.main
    let width = layout.width
    grid.fill(main, style: .normal)
    // The period first: the board's name is on the status line already.
    let x = grid.put(reports.periodLine, x: 1, y: main.y, style: .title, maxWidth: width - 2)
    grid.put("   [ ]", x: x, y: main.y, style: .dim, maxWidth: max(0, width - 1 - x))
    drawFilterLine(into: &grid, row: main.y + 1)
    drawTabs(into: &grid, row: main.y + 2)
    grid.put(String(repeating: "─", count: width), x: 0, y: main.y + 3, style: .border)
    let body = Self.lines(reports, width: width)
    let height = Self.bodyHeight(in: layout)
    let first = min(reports.scroll, max(0, body.count - height))
    // The last row says how many lines are below, when some are.
    let shown = first + height < body.count ? height - 1 : height
    for (k, line) in body.dropFirst(first).prefix(shown).enumerated() {
      draw(line, into: &grid, row: main.y + Self.headerRows + k)
    }
    if shown < height {
      grid.put(UIText.reportsMore(body.count - first - shown), x: 1, y: main.y + main.height - 1, style: .moreMarker)
    }
  }

  func drawFilterLine(into grid: inout Grid, row: Int) {
    let width = layout.width
    if let typing = reports.typing {
      let x = grid.put(
        spans: [Span(UIText.reportsFilterPrompt, style: .statusKey), Span(typing, style: .input)], x: 1, y: row,
        maxWidth: width - 2)
      grid.cursor = Point(x: min(x, width - 1), y: row)
      if let error = reports.error { grid.put("  " + error, x: x, y: row, style: .fieldError, maxWidth: max(0, width - 1 - x)) }
      return
    }
    let counted = UIText.reportsCounted(reports.counted)
    if reports.filter.isEmpty {
      grid.put(UIText.reportsNoFilter + " · " + counted, x: 1, y: row, style: .dim, maxWidth: width - 2)
    } else {
      grid.put(
        spans: [Span(UIText.reportsFilterPrompt, style: .dim), Span(reports.filter, style: .input), Span(" · " + counted, style: .dim)],
        x: 1, y: row, maxWidth: width - 2)
    }
  }

  func drawTabs(into grid: inout Grid, row: Int) {
    let pages = ReportGroup.allCases
    let full = pages.map { " " + $0.title + " " }
    let fits = full.map(DisplayWidth.of).reduce(0, +) + pages.count <= layout.width - 2
    var x = 1
    for (k, group) in pages.enumerated() {
      let current = group == reports.page
      let text = fits || current ? " " + String(k + 1) + " " + group.title + " " : " " + String(k + 1) + " "
      x = grid.put(text, x: x, y: row, style: current ? .columnHeaderFocused : .columnHeader, maxWidth: max(0, layout.width - 1 - x))
      x += 1
    }
  }

  func draw(_ line: ReportLine, into grid: inout Grid, row: Int) {
    let style: Style
    switch line.kind {
    case .title: style = .title
    case .heading: style = .detailHeading
    case .columns: style = .detailLabel
    case .note: style = .dim
    case .chart, .text: style = .normal
    }
    grid.put(line.text, x: 1, y: row, style: style, maxWidth: layout.width - 2)
    if let bar = line.bar, !bar.isEmpty {
      grid.restyle(Rect(x: 1 + bar.lowerBound, y: row, width: bar.count, height: 1), style: .bar)
    }
  }
}
