extension Grid {
  /// Writes `text` (sanitised, single-line) from column `x` of row `y` and returns the column
  /// after the last cell written. Text wider than `maxWidth` cells (or than the room to the right
  /// edge) is clipped by display width and ends in "…". Columns left of 0 are skipped, so a
  /// negative `x` scrolls text in from the left.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil) -> Int {
    put(spans: [Span(text, style: style)], x: x, y: y, maxWidth: maxWidth)
  }

  /// Writes sanitised segments (for example a line from `WordWrap`): markers in the `marker`
  /// style, the rest in `style`.
  @discardableResult
  public mutating func put(segments: [TextSegment], x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil)
    -> Int
  {
    let spans = segments.map { Span($0.text, style: $0.isMarker ? .marker : style) }
    return put(spans: spans, x: x, y: y, maxWidth: maxWidth)
  }

  /// Writes styled spans one after the other on one row, clipped together as one line.
  @discardableResult
  public mutating func put(spans: [Span], x: Int, y: Int, maxWidth: Int? = nil) -> Int {
    guard y >= 0, y < height else { return x }
    let room = min(maxWidth ?? Int.max, width - x)
    guard room > 0 else { return x }
    var column = x
    for piece in Self.clip(Self.pieces(of: spans), to: room) {
      if column >= 0 {
        set(piece.grapheme, width: piece.width, x: column, y: y, style: piece.style)
      } else if column + piece.width > 0 {
        set(" ", width: 1, x: 0, y: y, style: piece.style)
      }
      column += piece.width
    }
    return column
  }

  struct Piece {
    var grapheme: Character
    var width: Int
    var style: Style
  }

  static func pieces(of spans: [Span]) -> [Piece] {
    var pieces: [Piece] = []
    for span in spans {
      for segment in Sanitizer.segments(span.text) {
        let style = segment.isMarker ? Style.marker : span.style
        for grapheme in segment.text {
          let width = DisplayWidth.of(grapheme)
          if width > 0 { pieces.append(Piece(grapheme: grapheme, width: width, style: style)) }
        }
      }
    }
    return pieces
  }

  /// Pieces cut to `room` cells with an ellipsis, never splitting a wide grapheme.
  static func clip(_ pieces: [Piece], to room: Int) -> [Piece] {
    let total = pieces.reduce(0) { $0 + $1.width }
    guard total > room else { return pieces }
    var kept: [Piece] = []
    var used = 0
    for piece in pieces {
      if used + piece.width > room - 1 { break }
      kept.append(piece)
      used += piece.width
    }
    let style = kept.last?.style ?? pieces.first?.style ?? .normal
    kept.append(Piece(grapheme: "…", width: 1, style: style))
    return kept
  }
}
