/// The report as one self-contained HTML file for a funder's annual report: inline CSS with
/// print rules for A4, an inline SVG per chart, no script and nothing fetched from anywhere.
/// Every text is HTML-escaped; the language is the current one. Void elements are closed
/// (`<meta …/>`) so that the file is well-formed XML too.
extension ReportDocument {
  public func html() -> String {
    var out = "<!DOCTYPE html>\n<html lang=\"" + Language.current.rawValue + "\">\n<head>\n<meta charset=\"utf-8\"/>\n"
    out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>\n"
    out += "<title>" + Self.escape(title) + "</title>\n<style>\n" + Self.css + "</style>\n</head>\n<body>\n"
    out += "<header><h1>" + Self.escape(title) + "</h1>\n<p class=\"sub\">" + Self.escape(subtitle) + "</p></header>\n"
    for page in pages {
      out += "<section class=\"group\">\n<h2>" + Self.escape(page.title) + "</h2>\n"
      for block in page.blocks { out += Self.html(block) }
      out += "<ul class=\"notes\">\n" + page.notes.map { "<li>" + Self.escape($0) + "</li>\n" }.joined() + "</ul>\n</section>\n"
    }
    out += "</body>\n</html>\n"
    return out
  }

  static let css = """
    @page { size: A4; margin: 18mm 16mm; }
    body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 10.5pt; color: #1a1a1a; margin: 2em auto; max-width: 178mm; }
    h1 { font-size: 20pt; margin: 0 0 .2em; }
    h2 { font-size: 14pt; border-bottom: 1.5pt solid #2a6f97; padding-bottom: .2em; margin-top: 1.6em; }
    h3 { font-size: 11pt; margin: 1.1em 0 .4em; }
    .sub { color: #555; margin: 0 0 1em; }
    table { border-collapse: collapse; width: 100%; margin: .3em 0 .8em; }
    th, td { border-bottom: .5pt solid #ccc; padding: .25em .5em; text-align: left; vertical-align: top; }
    td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    figure { margin: 0 0 1em; }
    svg { display: block; max-width: 100%; height: auto; }
    svg text { font-family: inherit; font-size: 12px; fill: #1a1a1a; }
    .bar { fill: #2a6f97; }
    .spark { fill: #61a5c2; }
    .axis { stroke: #999; stroke-width: 1; }
    .notes { color: #444; font-size: 9pt; padding-left: 1.2em; }
    .empty { color: #777; font-style: italic; }
    @media print {
      body { margin: 0; max-width: none; }
      section.group { break-before: page; }
      section.group:first-of-type { break-before: auto; }
      figure, table, svg, h3 { break-inside: avoid; }
      h2, h3 { break-after: avoid; }
    }

    """

  static func html(_ block: Block) -> String {
    var out = "<figure>\n<h3>" + escape(block.title) + "</h3>\n"
    switch block {
    case .bars(_, let bars): out += bars.isEmpty ? empty : barChart(bars)
    case .sparkline(_, let weeks): out += weeks.isEmpty ? empty : sparkline(weeks)
    case .table(_, let header, let rows, let numeric):
      func cls(_ k: Int) -> String { k < numeric.count && numeric[k] ? " class=\"n\"" : "" }
      out += "<table>\n<thead><tr>" + header.enumerated().map { "<th\(cls($0.offset))>" + escape($0.element) + "</th>" }.joined()
      out += "</tr></thead>\n<tbody>\n"
      for row in rows {
        out += "<tr>" + row.enumerated().map { "<td\(cls($0.offset))>" + escape($0.element) + "</td>" }.joined() + "</tr>\n"
      }
      if rows.isEmpty { out += "<tr><td class=\"empty\" colspan=\"\(max(1, header.count))\">" + escape(tr("report.none")) + "</td></tr>\n" }
      out += "</tbody>\n</table>\n"
    }
    return out + "</figure>\n"
  }

  static var empty: String { "<p class=\"empty\">" + escape(tr("report.none")) + "</p>\n" }

  /// Horizontal bars: the label left, the bar, its value written after it.
  static func barChart(_ bars: [Bar]) -> String {
    let rowHeight = 18
    let labelWidth = 200
    let barWidth = 360
    let width = labelWidth + barWidth + 120
    let height = bars.count * rowHeight + 4
    let most = bars.map(\.value).filter(\.isFinite).max() ?? 0
    var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">\n"
    out += "<line class=\"axis\" x1=\"\(labelWidth)\" y1=\"0\" x2=\"\(labelWidth)\" y2=\"\(height)\"/>\n"
    for (k, bar) in bars.enumerated() {
      let y = k * rowHeight + 2
      let w = most > 0 && bar.value > 0 && bar.value.isFinite ? max(1, Int((bar.value / most * Double(barWidth)).rounded())) : 0
      out += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 13)\" text-anchor=\"end\">" + escape(clipped(bar.label, 32)) + "</text>\n"
      out += "<rect class=\"bar\" x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"\(w)\" height=\"\(rowHeight - 5)\"/>\n"
      out += "<text x=\"\(labelWidth + w + 5)\" y=\"\(y + 13)\">" + escape(bar.text) + "</text>\n"
    }
    return out + "</svg>\n"
  }

  /// A column per week, the first and last Monday and the highest count written under it.
  static func sparkline(_ weeks: [BoardReport.Week]) -> String {
    let step = max(3, min(14, 640 / max(1, weeks.count)))
    let height = 60
    let width = weeks.count * step + 2
    let most = weeks.map(\.count).max() ?? 0
    var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(width)\" height=\"\(height + 18)\" viewBox=\"0 0 \(width) \(height + 18)\">\n"
    out += "<line class=\"axis\" x1=\"0\" y1=\"\(height)\" x2=\"\(width)\" y2=\"\(height)\"/>\n"
    for (k, w) in weeks.enumerated() where w.count > 0 && most > 0 {
      let h = max(1, Int((Double(w.count) / Double(most) * Double(height - 4)).rounded()))
      out += "<rect class=\"spark\" x=\"\(k * step + 1)\" y=\"\(height - h)\" width=\"\(max(1, step - 1))\" height=\"\(h)\"><title>"
        + escape(w.monday.description + ": " + String(w.count)) + "</title></rect>\n"
    }
    if let first = weeks.first, let last = weeks.last {
      out += "<text x=\"0\" y=\"\(height + 14)\">" + escape(Language.current.shortDate(first.monday)) + "</text>\n"
      out += "<text x=\"\(width)\" y=\"\(height + 14)\" text-anchor=\"end\">" + escape(Language.current.shortDate(last.monday)) + "</text>\n"
      out += "<text x=\"\(width / 2)\" y=\"\(height + 14)\" text-anchor=\"middle\">max " + String(most) + "</text>\n"
    }
    return out + "</svg>\n"
  }

  static func clipped(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n - 1)) + "…" }

  /// `&`, `<`, `>`, `"` and `'` as entities; control and invisible characters (which could
  /// hide or reverse text) as their visible `\u{…}`.
  public static func escape(_ text: String) -> String {
    var out = ""
    for u in text.unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\n", "\r", "\t": out += " "
      default:
        if UnsafeCharacters.contains(u) { out += UnsafeCharacters.braced(u) } else { out.unicodeScalars.append(u) }
      }
    }
    return out
  }
}
