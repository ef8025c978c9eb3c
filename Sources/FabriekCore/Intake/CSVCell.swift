/// How text is written into, and read back from, a CSV cell that a spreadsheet will open.
///
/// - Formulas: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be run
///   by a spreadsheet (OWASP, CSV injection), so it gets a single quote in front; so does a cell
///   that starts with a quote followed by such a cell, so that reading back is exact: import takes
///   off one leading quote exactly when what follows would need it.
/// - Invisible and terminal-driving characters (C0 controls other than tab and line breaks, DEL,
///   C1 controls, bidi embeddings, overrides, isolates and marks, zero-width space, word joiner,
///   line and paragraph separators, byte-order mark) are written visibly as `\u{202E}`; a
///   literal `\u{` in the text is written `\u{5C}u{` so that import, which reads every `\u{…}`
///   back, gives the text exactly as it was.
public enum CSVCell {
  public static func export(_ text: String) -> String {
    let escaped = escapeInvisible(text)
    return needsQuote(escaped[...]) ? "'" + escaped : escaped
  }

  /// The text of a cell as fabriek (or any tool, when nothing applies) wrote it.
  public static func `import`(_ cell: String) -> String {
    var s = cell[...]
    if s.first == "'" && needsQuote(s.dropFirst()) { s = s.dropFirst() }
    return s.utf8.contains(UInt8(ascii: "\\")) ? unescapeInvisible(s) : String(s)
  }

  static func needsQuote(_ s: Substring) -> Bool {
    guard let c = s.unicodeScalars.first else { return false }
    switch c {
    case "=", "+", "-", "@", "\t", "\r": return true
    case "'": return needsQuote(s.dropFirst())
    default: return false
    }
  }

  /// Whether a scalar is written as `\u{…}`.
  public static func isInvisible(_ u: Unicode.Scalar) -> Bool {
    switch u.value {
    case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F...0x9F: true
    case 0x061C, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2069, 0x2028, 0x2029, 0xFEFF: true
    default: false
    }
  }

  static func escapeInvisible(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { isInvisible($0) || $0 == "\\" }) else { return text }
    var out = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    for (i, u) in scalars.enumerated() {
      if isInvisible(u) || (u == "\\" && i + 2 < scalars.count && scalars[i + 1] == "u" && scalars[i + 2] == "{") {
        out.append(contentsOf: "\\u{\(String(u.value, radix: 16, uppercase: true))}".unicodeScalars)
      } else {
        out.append(u)
      }
    }
    return String(out)
  }

  static func unescapeInvisible(_ s: Substring) -> String {
    var out = String.UnicodeScalarView()
    var rest = s.unicodeScalars[...]
    while let u = rest.first {
      if u == "\\", rest.starts(with: "\\u{".unicodeScalars), let close = rest.prefix(11).firstIndex(of: "}") {
        let hex = String(String.UnicodeScalarView(rest[rest.index(rest.startIndex, offsetBy: 3)..<close]))
        if (1...6).contains(hex.count), let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) {
          out.append(scalar)
          rest = rest[rest.index(after: close)...]
          continue
        }
      }
      out.append(u)
      rest = rest.dropFirst()
    }
    return String(out)
  }
}
