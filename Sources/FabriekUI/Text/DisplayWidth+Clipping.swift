/// Where padding goes when text is narrower than its space.
public enum TextAlignment: Sendable, Hashable {
  case leading, center, trailing
}

extension DisplayWidth {
  /// The ellipsis marking clipped text; one cell wide.
  public static let ellipsis = "…"

  /// `text` cut to at most `width` cells, by grapheme, ending in "…" when something was cut.
  /// A wide character that would straddle the edge is left out whole, never cut in half.
  public static func clip(_ text: String, to width: Int, ellipsis: String = DisplayWidth.ellipsis) -> String {
    guard width > 0 else { return "" }
    if text.utf8.count <= width, text.allSatisfy({ $0.isASCII && $0 >= " " && $0 <= "~" }) { return text }
    if of(text) <= width { return text }
    let room = width - of(ellipsis)
    guard room >= 0 else { return prefix(ellipsis, width: width) }
    return prefix(text, width: room) + ellipsis
  }

  /// The longest prefix of `text`, in whole graphemes, that fits in `width` cells.
  public static func prefix(_ text: String, width: Int) -> String {
    var used = 0
    var end = text.startIndex
    for index in text.indices {
      let cells = of(text[index])
      if used + cells > width { break }
      used += cells
      end = text.index(after: index)
    }
    return String(text[text.startIndex..<end])
  }

  /// `text` clipped to `width` cells (with "…") and padded with spaces to exactly `width` cells.
  public static func fit(_ text: String, to width: Int, alignment: TextAlignment = .leading) -> String {
    pad(clip(text, to: width), to: width, alignment: alignment)
  }

  /// `text` padded with spaces to at least `width` cells; text already that wide is unchanged.
  public static func pad(_ text: String, to width: Int, alignment: TextAlignment = .leading) -> String {
    let missing = width - of(text)
    guard missing > 0 else { return text }
    switch alignment {
    case .leading:
      return text + String(repeating: " ", count: missing)
    case .trailing:
      return String(repeating: " ", count: missing) + text
    case .center:
      let before = missing / 2
      return String(repeating: " ", count: before) + text + String(repeating: " ", count: missing - before)
    }
  }
}
