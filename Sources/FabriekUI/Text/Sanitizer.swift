import FabriekCore

/// Makes untrusted text safe to draw: every character that could move the cursor, change the
/// terminal's state, reorder the line or hide itself becomes a visible marker. What is unsafe
/// is `UnsafeCharacters` (Sources/FabriekCore/Text/UnsafeCharacters.swift), plus the scalars
/// the C library cannot print here (`DisplayWidth.of(_:)` is nil for them).
///
/// Markers (drawn in the `marker` style slot; the stored text is never changed):
/// - C0 controls and DEL become their Control Pictures symbol: ESC → "␛", BEL → "␇",
///   CR → "␍", LF → "␊" (in single-line text), TAB → "␉", DEL → "␡";
/// - everything else that is unsafe or invisible becomes its code point in angle brackets,
///   e.g. "⟨U+202E⟩": C1 controls (U+0080–U+009F), format characters (bidi embeddings, overrides
///   and isolates, LRM/RLM/ALM, U+200B, U+2060, U+FEFF, soft hyphen …), the line and paragraph
///   separators U+2028/U+2029, unassigned scalars and the others the C library cannot print.
/// Two exceptions on top of `UnsafeCharacters`, for ordinary spelling: ZWJ, VS16 and tags inside
/// an emoji sequence stay (👨‍👩‍👧 is one grapheme); ZWNJ stays after a letter (Persian and
/// Indic spelling).
public enum Sanitizer {
  /// Single-line text (titles, names, tags): line breaks are markers too.
  public static func segments(_ text: String) -> [TextSegment] {
    if isPlainASCII(text) { return text.isEmpty ? [] : [TextSegment(text)] }
    var builder = SegmentBuilder()
    for grapheme in text { append(grapheme, to: &builder) }
    return builder.finish()
  }

  /// Multi-line text (notes, descriptions): LF and CR LF start a new line; everything else as
  /// in `segments(_:)`. Always at least one line.
  public static func lines(_ text: String) -> [[TextSegment]] {
    var lines: [[TextSegment]] = []
    var builder = SegmentBuilder()
    for grapheme in text {
      if grapheme == "\n" || grapheme == "\r\n" {
        lines.append(builder.finish())
        builder = SegmentBuilder()
      } else {
        append(grapheme, to: &builder)
      }
    }
    lines.append(builder.finish())
    return lines
  }

  /// Whether `text` would be drawn exactly as it is, without any marker.
  public static func isSafe(_ text: String) -> Bool {
    segments(text).allSatisfy { !$0.isMarker }
  }

  static func append(_ grapheme: Character, to builder: inout SegmentBuilder) {
    if grapheme.isASCII, let value = grapheme.asciiValue, value >= 0x20, value < 0x7F {
      builder.appendText(grapheme)
      return
    }
    let scalars = grapheme.unicodeScalars
    guard let base = scalars.first else { return }
    if DisplayWidth.of(base) == nil && !isControl(base) {
      builder.appendMarker(marker(for: base))
      return
    }
    if DisplayWidth.isEmojiSequence(grapheme), scalars.allSatisfy({ DisplayWidth.of($0) != nil }) {
      builder.appendText(grapheme)
      return
    }
    for (offset, scalar) in scalars.enumerated() {
      if needsMarker(scalar, joined: offset > 0) {
        builder.appendMarker(marker(for: scalar))
      } else {
        builder.appendScalar(scalar)
      }
    }
  }

  /// `joined`: the scalar follows another in its grapheme (a ZWNJ there joins a word).
  static func needsMarker(_ scalar: Unicode.Scalar, joined: Bool) -> Bool {
    guard DisplayWidth.of(scalar) != nil else { return true }
    if joined && scalar.value == 0x200C { return false }
    return UnsafeCharacters.contains(scalar)
  }

  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
  }

  static func isPlainASCII(_ text: String) -> Bool {
    text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
  }
}
