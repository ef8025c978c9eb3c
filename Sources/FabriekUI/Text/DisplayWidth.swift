/// Display width, in terminal cells, of graphemes and strings.
///
/// One rule serves layout and drawing: a grapheme is as wide as the cells `FabriekTerminal` writes
/// for it (see `glyphs(of:)`), and every cell's width is what glibc's `wcwidth` — which ncursesw
/// uses — gives its first scalar. `FabriekTerminalTests` pins the two together on a headless screen.
public enum DisplayWidth {
  /// The width of one scalar as ncursesw sees it: 0, 1 or 2; `nil` when it is a control
  /// character or a scalar the C library cannot print (unassigned, noncharacter).
  public static func of(_ scalar: Unicode.Scalar) -> Int? {
    let value = scalar.value
    if value < 0x20 || (value >= 0x7F && value < 0xA0) { return nil }
    if value < 0x300 { return 1 }
    switch UnicodeWidthTable.code(of: value) {
    case 0: return 0
    case 2: return 2
    case UnicodeWidthTable.notPrintable: return nil
    default: return 1
    }
  }

  /// The width of one grapheme cluster: 0, 1 or 2 for ordinary text, more only for clusters that
  /// hold several spacing characters (some Indic and Thai clusters), which are drawn cell by cell.
  /// Format characters alone (U+200B) are 0; a control character, drawn as U+FFFD if it ever gets
  /// past the `Sanitizer`, is 1.
  public static func of(_ grapheme: Character) -> Int {
    if grapheme.isASCII { return 1 }
    let scalars = grapheme.unicodeScalars
    if scalars.count == 1, let scalar = scalars.first, let width = of(scalar), width > 0, !isFormat(scalar) {
      return width
    }
    return glyphs(of: grapheme).reduce(0) { $0 + $1.width }
  }

  /// The width of a string: the sum of its graphemes' widths.
  public static func of(_ text: String) -> Int {
    var total = 0
    for grapheme in text { total += of(grapheme) }
    return total
  }

  /// Whether the cluster is an emoji sequence (a modifier, ZWJ, VS16 or tag sequence): such a
  /// cluster is two cells wide and shown as its base emoji.
  public static func isEmojiSequence(_ grapheme: Character) -> Bool {
    let scalars = grapheme.unicodeScalars
    guard scalars.count > 1, let base = scalars.first, base.properties.isEmoji else { return false }
    return scalars.dropFirst().contains { scalar in
      scalar.value == 0xFE0F || scalar.value == 0x200D || scalar.properties.isEmojiModifier
        || (0xE0020...0xE007F).contains(scalar.value)
    }
  }

  static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
    (0x1F1E6...0x1F1FF).contains(scalar.value)
  }
}
