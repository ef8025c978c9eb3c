/// Wraps multi-line text to a width in display cells.
///
/// The text is sanitised first (`Sanitizer.lines`); each paragraph is word-wrapped greedily at
/// spaces, a word wider than the line is broken between graphemes, a marker is never split,
/// and the spaces at a wrap are dropped. An empty paragraph stays an empty line.
public enum WordWrap {
  public static func wrap(_ text: String, width: Int) -> [[TextSegment]] {
    Sanitizer.lines(text).flatMap { wrap(paragraph: $0, width: width) }
  }

  /// Wraps one already sanitised line.
  public static func wrap(paragraph: [TextSegment], width: Int) -> [[TextSegment]] {
    let width = max(1, width)
    var lines: [[Piece]] = []
    var line: [Piece] = []
    var lineWidth = 0
    for word in words(in: paragraph) {
      let spaceWidth = word.spaces.reduce(0) { $0 + $1.width }
      let wordWidth = word.pieces.reduce(0) { $0 + $1.width }
      if lineWidth + spaceWidth + wordWidth <= width {
        line += word.spaces + word.pieces
        lineWidth += spaceWidth + wordWidth
        continue
      }
      if word.pieces.isEmpty { continue }
      if !line.isEmpty {
        lines.append(line)
        line = []
        lineWidth = 0
      }
      for piece in word.pieces {
        if lineWidth + piece.width > width && !line.isEmpty {
          lines.append(line)
          line = []
          lineWidth = 0
        }
        line.append(piece)
        lineWidth += piece.width
      }
    }
    lines.append(line)
    return lines.map(segments(from:))
  }

  /// A grapheme of text, or a whole marker.
  struct Piece {
    var text: String
    var isMarker: Bool
    var width: Int
    var isSpace: Bool { !isMarker && text == " " }
  }

  /// A word with the spaces before it.
  struct Word {
    var spaces: [Piece] = []
    var pieces: [Piece] = []
  }

  static func words(in paragraph: [TextSegment]) -> [Word] {
    var words: [Word] = []
    var current = Word()
    for segment in paragraph {
      let pieces =
        segment.isMarker
        ? [Piece(text: segment.text, isMarker: true, width: DisplayWidth.of(segment.text))]
        : segment.text.map { Piece(text: String($0), isMarker: false, width: DisplayWidth.of($0)) }
      for piece in pieces {
        if piece.isSpace {
          if !current.pieces.isEmpty {
            words.append(current)
            current = Word()
          }
          current.spaces.append(piece)
        } else {
          current.pieces.append(piece)
        }
      }
    }
    if !current.pieces.isEmpty || !current.spaces.isEmpty { words.append(current) }
    return words
  }

  static func segments(from pieces: [Piece]) -> [TextSegment] {
    var result: [TextSegment] = []
    for piece in pieces {
      if !piece.isMarker, let last = result.last, !last.isMarker {
        result[result.count - 1].text += piece.text
      } else {
        result.append(TextSegment(piece.text, isMarker: piece.isMarker))
      }
    }
    return result
  }
}
