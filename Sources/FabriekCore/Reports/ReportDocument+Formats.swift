/// The report as Markdown (a table per figure) and as CSV (one table per figure: a title row,
/// the header, the rows, a blank line between tables), board texts escaped for each.
extension ReportDocument {
  /// The rows of a block as a table: a chart's bars as label and value.
  public static func table(of block: Block) -> (header: [String], rows: [[String]], numeric: [Bool]) {
    switch block {
    case .bars(_, let bars):
      return ([tr("report.col.label"), tr("report.col.value")], bars.map { [$0.label, $0.text] }, [false, true])
    case .sparkline(_, let weeks):
      return (
        [tr("report.col.week"), tr("report.col.ideas")], weeks.map { [$0.monday.description, Language.current.integer(Int64($0.count))] },
        [false, true]
      )
    case .table(_, let header, let rows, let numeric): return (header, rows, numeric)
    }
  }

  public func markdown() -> String {
    var out = "# " + MarkdownText.escape(title) + "\n\n" + MarkdownText.escape(subtitle) + "\n"
    for page in pages {
      out += "\n## " + MarkdownText.escape(page.title) + "\n"
      for block in page.blocks {
        let t = Self.table(of: block)
        out += "\n### " + MarkdownText.escape(block.title) + "\n\n"
        if case .sparkline(_, let weeks) = block { out += "`" + Bars.sparkline(weeks.map(\.count)) + "`\n\n" }
        out += "| " + t.header.map(MarkdownText.escape).joined(separator: " | ") + " |\n"
        out += "|" + t.numeric.map { $0 ? " ---: |" : " --- |" }.joined() + "\n"
        for row in t.rows { out += "| " + row.map(MarkdownText.escape).joined(separator: " | ") + " |\n" }
        if t.rows.isEmpty { out += "| " + tr("report.none") + String(repeating: " |", count: t.header.count) + "\n" }
      }
      out += "\n" + page.notes.map { "- " + MarkdownText.escape($0) }.joined(separator: "\n") + "\n"
    }
    return out
  }

  /// Every figure as its own table; amounts and counts as the language writes them, so a
  /// spreadsheet in that language reads them (use `;` as the delimiter for Dutch or French).
  public func csv(delimiter: Unicode.Scalar = ",") -> String {
    var out = ""
    BoardExport.appendRow([title, subtitle], to: &out, delimiter: delimiter)
    for page in pages {
      for block in page.blocks {
        let t = Self.table(of: block)
        out += "\r\n"
        BoardExport.appendRow([page.title + " — " + block.title], to: &out, delimiter: delimiter)
        BoardExport.appendRow(t.header, to: &out, delimiter: delimiter)
        for row in t.rows { BoardExport.appendRow(row, to: &out, delimiter: delimiter) }
      }
    }
    return out
  }
}

extension Bars {
  public static let levels = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// One cell per value, its height in eighths of the largest: `▁` is the least above zero,
  /// a zero is a space (a gap, as in ratatui's sparkline).
  public static func sparkline(_ values: [Int]) -> String {
    let most = values.max() ?? 0
    return String(
      values.map { v -> String in
        guard v > 0, most > 0 else { return " " }
        let level = max(1, Int((Double(v) / Double(most) * 8).rounded()))
        return levels[min(level, 8) - 1]
      }.joined())
  }
}
