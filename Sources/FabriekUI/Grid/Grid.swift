/// A width × height screen of cells that views draw into; the terminal backend writes it out.
///
/// Rows and columns start at 0 at the top left. Writing outside the grid is ignored, and the
/// grid keeps wide characters whole: overwriting either half of one blanks the other half.
public struct Grid: Hashable, Sendable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]
  /// Where the terminal cursor shows (the caret of the text field being edited); hidden when nil.
  public var cursor: Point?

  public init(width: Int, height: Int, style: Style = .normal) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.cells = Array(repeating: .blank(style), count: self.width * self.height)
  }

  public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  /// The cell at a position; a blank `normal` cell outside the grid.
  public subscript(x: Int, y: Int) -> Cell {
    contains(x: x, y: y) ? cells[y * width + x] : .blank()
  }

  public func contains(x: Int, y: Int) -> Bool {
    x >= 0 && y >= 0 && x < width && y < height
  }

  /// Sets every cell of `rect` (clipped to the grid) to `grapheme`, which must be one cell wide.
  public mutating func fill(_ rect: Rect, style: Style, with grapheme: Character = " ") {
    let area = rect.intersection(bounds)
    let glyph: Character = DisplayWidth.of(grapheme) == 1 && Sanitizer.isSafe(String(grapheme)) ? grapheme : " "
    for y in area.y..<area.maxY {
      for x in area.x..<area.maxX { set(glyph, width: 1, x: x, y: y, style: style) }
    }
  }

  /// Changes the style of every cell of `rect`, keeping the text (to highlight a match or a row).
  public mutating func restyle(_ rect: Rect, style: Style) {
    let area = rect.intersection(bounds)
    for y in area.y..<area.maxY {
      for x in area.x..<area.maxX { cells[y * width + x].style = style }
    }
  }

  /// Replaces a range of cells with as many others (a block drawn earlier, see `CardCache`).
  mutating func replaceCells(_ range: Range<Int>, with block: ArraySlice<Cell>) {
    cells.replaceSubrange(range, with: block)
  }

  /// A row as text, without continuation cells: what a user reads on that line.
  public func text(row y: Int) -> String {
    guard y >= 0, y < height else { return "" }
    var line = ""
    for x in 0..<width where !cells[y * width + x].isContinuation {
      line.append(cells[y * width + x].grapheme)
    }
    return line
  }

  /// Every row as text, for screen tests.
  public var lines: [String] { (0..<height).map { text(row: $0) } }

  /// Writes one grapheme `cellWidth` cells wide at a position, keeping wide characters whole.
  mutating func set(_ grapheme: Character, width cellWidth: Int, x: Int, y: Int, style: Style) {
    guard y >= 0, y < height, x >= 0, cellWidth > 0, x + cellWidth <= width else { return }
    let row = y * width
    var start = x
    while start > 0, cells[row + start].isContinuation { start -= 1 }
    for column in start..<x { cells[row + column] = .blank(cells[row + column].style) }
    var end = x + cellWidth
    while end < width, cells[row + end].isContinuation {
      cells[row + end] = .blank(cells[row + end].style)
      end += 1
    }
    cells[row + x] = Cell(grapheme, style: style)
    for column in (x + 1)..<(x + cellWidth) { cells[row + column] = .continuation(style) }
  }
}
