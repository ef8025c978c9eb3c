import FabriekCore

/// A report's page as lines of a given width, for the reports screen and
/// `fabriek report --format text`: bar charts in eighth blocks with their value after the bar,
/// sparklines of weekly counts, tables aligned by display width. Every text is sanitised here
/// (board texts are in the document as written).
public struct ReportLine: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case title, heading, columns, chart, text, note
  }
  public var kind: Kind
  public var text: String
  /// For a chart line: where its bar starts and how many cells it takes.
  public var bar: Range<Int>?
  public init(_ kind: Kind, _ text: String, bar: Range<Int>? = nil) {
    self.kind = kind
    self.text = text
    self.bar = bar
  }
}

public enum ReportLines {
  /// The longest bar, in cells: longer bars on a wide screen only make values harder to compare.
  public static let maxBar = 60

  static func clean(_ s: String) -> String { Sanitizer.segments(s).plainText }

  /// The page: its blocks one after the other, then the definitions of its figures.
  public static func page(_ page: ReportDocument.Page, width: Int, notes: Bool = true) -> [ReportLine] {
    var out: [ReportLine] = []
    for block in page.blocks {
      out.append(ReportLine(.heading, DisplayWidth.clip(clean(block.title), to: width)))
      out += lines(block, width: width)
      out.append(ReportLine(.text, ""))
    }
    if notes {
      for note in page.notes {
        out += WordWrap.wrap(note, width: max(1, width - 2)).map(\.plainText).enumerated().map { k, line in
          ReportLine(.note, (k == 0 ? "· " : "  ") + line)
        }
      }
    }
    return out
  }

  /// The whole document, page after page, for the command line.
  public static func document(_ doc: ReportDocument, width: Int) -> [ReportLine] {
    var out = [ReportLine(.title, clean(doc.title)), ReportLine(.text, clean(doc.subtitle)), ReportLine(.text, "")]
    for p in doc.pages {
      out.append(ReportLine(.title, clean(p.title).uppercased()))
      out.append(ReportLine(.text, ""))
      out += page(p, width: width)
      out.append(ReportLine(.text, ""))
    }
    return out
  }

  public static func lines(_ block: ReportDocument.Block, width: Int) -> [ReportLine] {
    switch block {
    case .bars(_, let bars): bars.isEmpty ? [ReportLine(.text, "  " + UIText.reportNone)] : barLines(bars, width: width)
    case .sparkline(_, let weeks): sparkLines(weeks, width: width)
    case .table(_, let header, let rows, let numeric):
      rows.isEmpty ? [ReportLine(.text, "  " + UIText.reportNone)] : tableLines(header, rows, numeric, width: width)
    }
  }

  /// `label  ██████▍ 12`: labels clipped to a third of the width at most, the bar as wide as
  /// the room left after the widest value (at most `maxBar`).
  public static func barLines(_ bars: [ReportDocument.Bar], width: Int) -> [ReportLine] {
    let labels = bars.map { clean($0.label) }
    let texts = bars.map { clean($0.text) }
    let valueWidth = texts.map(DisplayWidth.of).max() ?? 0
    let labelWidth = min(labels.map(DisplayWidth.of).max() ?? 0, max(4, width / 3))
    let room = max(1, min(maxBar, width - 2 - labelWidth - 2 - 1 - valueWidth))
    let most = bars.map(\.value).filter(\.isFinite).max() ?? 0
    return zip(bars, zip(labels, texts)).map { bar, lt in
      let drawn = Bars.horizontal(bar.value, of: most, width: room)
      let start = 2 + labelWidth + 2
      let cells = DisplayWidth.of(drawn)
      let line = "  " + DisplayWidth.pad(DisplayWidth.clip(lt.0, to: labelWidth), to: labelWidth) + "  " + drawn + " " + lt.1
      return ReportLine(.chart, DisplayWidth.clip(line, to: width), bar: start..<(start + cells))
    }
  }

  /// The weeks as one sparkline (the latest that fit), its first Monday, the highest count and
  /// its last Monday written under it.
  public static func sparkLines(_ weeks: [BoardReport.Week], width: Int) -> [ReportLine] {
    guard !weeks.isEmpty else { return [ReportLine(.text, "  " + UIText.reportNone)] }
    let shown = Array(weeks.suffix(max(1, width - 4)))
    let spark = Bars.sparkline(shown.map(\.count))
    let lang = Language.current
    let first = lang.shortDate(shown[0].monday)
    let last = lang.shortDate(shown[shown.count - 1].monday)
    let most = UIText.reportMost(shown.map(\.count).max() ?? 0)
    let below = max(DisplayWidth.of(spark), DisplayWidth.of(first) + DisplayWidth.of(most) + DisplayWidth.of(last) + 4)
    let gap = below - DisplayWidth.of(first) - DisplayWidth.of(last) - DisplayWidth.of(most)
    let legend = first + String(repeating: " ", count: max(1, gap / 2)) + most + String(repeating: " ", count: max(1, gap - gap / 2)) + last
    return [
      ReportLine(.chart, "  " + spark + "│", bar: 2..<(2 + shown.count)),
      ReportLine(.text, DisplayWidth.clip("  " + legend, to: width)),
    ]
  }

  /// The header and rows in columns two cells apart, numbers right-aligned; when they do not
  /// fit, the widest text column is clipped.
  public static func tableLines(_ header: [String], _ rows: [[String]], _ numeric: [Bool], width: Int) -> [ReportLine] {
    let all = ([header] + rows).map { $0.map(clean) }
    let columns = header.count
    var widths = (0..<columns).map { c in all.map { c < $0.count ? DisplayWidth.of($0[c]) : 0 }.max() ?? 0 }
    let total = widths.reduce(0, +) + 2 * columns
    if total > width, columns > 0 {
      let text = (0..<columns).filter { !($0 < numeric.count && numeric[$0]) }
      let c = text.max { widths[$0] < widths[$1] } ?? 0
      widths[c] = max(3, widths[c] - (total - width))
    }
    return all.enumerated().map { k, row in
      let cells = (0..<columns).map { c -> String in
        let t = c < row.count ? DisplayWidth.clip(row[c], to: widths[c]) : ""
        let right = c < numeric.count && numeric[c]
        return DisplayWidth.pad(t, to: widths[c], alignment: right ? .trailing : .leading)
      }
      var text = DisplayWidth.clip("  " + cells.joined(separator: "  "), to: width)
      while text.last == " " { text.removeLast() }
      return ReportLine(k == 0 ? .columns : .text, text)
    }
  }
}
