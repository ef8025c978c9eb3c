extension Sanitizer {
  /// The visible marker standing for an unsafe scalar: a Control Pictures symbol for C0 controls
  /// and DEL ("␛", "␡"), the code point in angle brackets for everything else ("⟨U+202E⟩").
  public static func marker(for scalar: Unicode.Scalar) -> String {
    let value = scalar.value
    if value < 0x20, let picture = Unicode.Scalar(0x2400 + value) { return String(picture) }
    if value == 0x7F { return "\u{2421}" }
    return "⟨" + codePoint(value) + "⟩"
  }

  /// "U+202E": at least four upper-case hex digits.
  static func codePoint(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}

/// Collects graphemes and scalars into text and marker segments.
struct SegmentBuilder {
  private var segments: [TextSegment] = []
  private var text = String.UnicodeScalarView()

  mutating func appendText(_ grapheme: Character) {
    text.append(contentsOf: grapheme.unicodeScalars)
  }

  mutating func appendScalar(_ scalar: Unicode.Scalar) {
    text.append(scalar)
  }

  mutating func appendMarker(_ marker: String) {
    flush()
    segments.append(.marker(marker))
  }

  mutating func finish() -> [TextSegment] {
    flush()
    return segments
  }

  private mutating func flush() {
    guard !text.isEmpty else { return }
    segments.append(TextSegment(String(text)))
    text = String.UnicodeScalarView()
  }
}
