/// Large letters made of block characters, for an idea's title on a projector (present mode's
/// spotlight).
///
/// Each glyph is six rows: one row for an accent mark, then five rows for the letter (see
/// `BlockFont+Glyphs.swift`). Coverage is Latin-1 (U+0020–U+007E and U+00A0–U+00FF) and €:
/// - lower-case letters are drawn as their capitals (`é` as `É`, `ÿ` as `Ÿ`); `ß` and `µ` have
///   glyphs of their own, since their capitals are `SS` and the Greek `Μ`;
/// - an accented capital is its base letter with the mark drawn in the accent row (`É` is `E`
///   under an acute); `Ç`, `Æ`, `Ø`, `Ð` and `Þ` are drawn whole;
/// - the non-breaking space is a space that never breaks a line; the soft hyphen (U+00AD) is
///   invisible, as it is in plain text;
/// - decomposed input (`e` + U+0301) is the same character as its precomposed form.
/// Anything else (other scripts, emoji, control characters) gives nil, and so does a title
/// with a word wider than the room: the caller then shows the title as plain bold text.
///
/// All widths are measured with `DisplayWidth`; every block character is one cell wide.
public enum BlockFont {
  /// Rows of one glyph: the accent row and five rows of the letter.
  public static let glyphHeight = 6
  /// Blank cells between two glyphs of a word.
  public static let letterSpacing = 1

  /// The rows of one character's glyph, all of one width, or nil when the font lacks it.
  public static func glyph(for character: Character) -> [String]? {
    if let g = glyphs[character] { return g }
    let upper = String(character).uppercased()
    guard upper.count == 1, let u = upper.first, u != character else { return nil }
    return glyphs[u]
  }

  /// The rows that draw `text` in block letters within `maxWidth` cells, wrapping at spaces
  /// onto several block lines with a blank row between them. A block line's accent row is left
  /// out when none of its letters carries a mark, so a line is five or six rows high; all rows of
  /// one block line have the same width, the blank separator rows are empty strings.
  /// Nil when a character is not covered or a word does not fit in `maxWidth`.
  public static func render(_ text: String, maxWidth: Int) -> [String]? {
    var words: [[[String]]] = []
    for word in text.split(whereSeparator: { $0.isWhitespace && $0 != "\u{A0}" }) {
      var glyphs: [[String]] = []
      for c in word {
        guard let g = glyph(for: c) else { return nil }
        if let first = g.first, !first.isEmpty { glyphs.append(g) }
      }
      if !glyphs.isEmpty { words.append(glyphs) }
    }
    guard !words.isEmpty else { return nil }
    let gap = 2 * letterSpacing + width(of: glyphs[" "] ?? [" "])
    var lines: [[[[String]]]] = []
    var lineWidth = 0
    for word in words {
      let w = width(ofWord: word)
      guard w <= maxWidth else { return nil }
      if let last = lines.indices.last, lineWidth + gap + w <= maxWidth {
        lines[last].append(word)
        lineWidth += gap + w
      } else {
        lines.append([word])
        lineWidth = w
      }
    }
    var rows: [String] = []
    for (n, line) in lines.enumerated() {
      if n > 0 { rows.append("") }
      rows += draw(line, gap: gap)
    }
    return rows
  }

  private static func draw(_ line: [[[String]]], gap: Int) -> [String] {
    let spacing = String(repeating: " ", count: letterSpacing)
    let space = String(repeating: " ", count: gap)
    var rows = (0..<glyphHeight).map { r in
      line.map { word in word.map { $0[r] }.joined(separator: spacing) }.joined(separator: space)
    }
    if let accents = rows.first, accents.allSatisfy({ $0 == " " }) { rows.removeFirst() }
    return rows
  }

  static func width(of glyph: [String]) -> Int { glyph.first.map(DisplayWidth.of) ?? 0 }

  static func width(ofWord glyphs: [[String]]) -> Int {
    glyphs.reduce(0) { $0 + width(of: $1) } + letterSpacing * max(0, glyphs.count - 1)
  }

  /// Every covered character's rows, built once from the drawings.
  static let glyphs: [Character: [String]] = {
    var out: [Character: [String]] = [:]
    for (c, drawing) in drawings {
      let body = drawing.split(separator: "|", omittingEmptySubsequences: false).map {
        String($0.map { $0 == "#" ? "█" : $0 })
      }
      let w = body.first.map(DisplayWidth.of) ?? 0
      out[c] = [String(repeating: " ", count: w)] + body
    }
    for (c, (base, accent)) in accented {
      guard let body = out[base]?.dropFirst() else { continue }
      let w = body.first.map(DisplayWidth.of) ?? 0
      let mark = accent.rawValue
      let left = max(0, (w - DisplayWidth.of(mark)) / 2)
      out[c] = [DisplayWidth.pad(String(repeating: " ", count: left) + mark, to: w)] + body
    }
    out["\u{AD}"] = Array(repeating: "", count: glyphHeight)
    return out
  }()
}
