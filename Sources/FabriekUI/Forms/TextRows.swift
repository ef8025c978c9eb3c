/// A multi-line field's text laid out in rows of a given width: each newline starts a row and
/// a row that would grow wider than the field wraps (after the last space when there is one).
/// Offsets count graphemes, like `TextFieldState.cursor`; widths are the cells `Grid.put`
/// draws, markers for control characters included, so the cursor lands where the text is.
public struct TextRows: Hashable, Sendable {
  public struct Row: Hashable, Sendable {
    /// The row's graphemes: `start..<end` of the text (a newline ending it is not included).
    public let start: Int
    public let end: Int
    /// True when the row ends at a newline or at the end of the text (the cursor may stand
    /// after its last grapheme); false when it wraps into the next row.
    public let isHard: Bool
  }

  public let rows: [Row]
  private let widths: [Int]

  /// `maxRows`: stop after that many rows (an unfocused field shows its first rows only, so
  /// a long text costs what shows).
  public init(_ text: String, width: Int, maxRows: Int = .max) {
    let graphemes = Array(text)
    var widths: [Int] = []
    widths.reserveCapacity(min(graphemes.count, 4096))
    let limit = max(1, width)
    var rows: [Row] = []
    var start = 0
    var used = 0
    var lastSpace: Int?
    var i = 0
    while i < graphemes.count, rows.count < maxRows {
      if i == widths.count { widths.append(graphemes[i] == "\n" ? 0 : Self.cellWidth(graphemes[i])) }
      if graphemes[i] == "\n" {
        rows.append(Row(start: start, end: i, isHard: true))
        start = i + 1
        used = 0
        lastSpace = nil
        i += 1
        continue
      }
      // Keep one cell free at the end of a row for the cursor after its last grapheme.
      if used + widths[i] > limit - 1, i > start {
        let breakAt = lastSpace.map { $0 + 1 } ?? i
        rows.append(Row(start: start, end: breakAt, isHard: false))
        start = breakAt
        used = widths[start..<i].reduce(0, +)
        lastSpace = nil
        continue
      }
      if graphemes[i] == " " { lastSpace = i }
      used += widths[i]
      i += 1
    }
    if rows.count < maxRows || rows.isEmpty { rows.append(Row(start: start, end: i, isHard: true)) }
    self.rows = rows
    self.widths = widths
  }

  /// The row the cursor is in and its column in cells.
  public func position(of cursor: Int) -> (row: Int, column: Int) {
    for (index, row) in rows.enumerated() where cursor >= row.start {
      if cursor < row.end || (cursor == row.end && row.isHard) {
        return (index, widths[row.start..<cursor].reduce(0, +))
      }
    }
    let last = rows.count - 1
    return (last, widths[rows[last].start..<min(cursor, rows[last].end)].reduce(0, +))
  }

  /// The offset in `row` closest to `column` without passing it.
  public func offset(inRow index: Int, column: Int) -> Int {
    let row = rows[max(0, min(index, rows.count - 1))]
    let last = row.isHard ? row.end : max(row.start, row.end - 1)
    var offset = row.start
    var used = 0
    while offset < last, used + widths[offset] <= column {
      used += widths[offset]
      offset += 1
    }
    return offset
  }

  /// The cells `Grid.put` gives a grapheme: 1 for printable ASCII, else the drawn width of
  /// what the sanitiser makes of it.
  static func cellWidth(_ grapheme: Character) -> Int {
    if let ascii = grapheme.asciiValue, ascii >= 0x20, ascii < 0x7F { return 1 }
    return Sanitizer.segments(String(grapheme)).reduce(0) { $0 + DisplayWidth.of($1.text) }
  }
}
