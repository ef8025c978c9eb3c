/// How text is written into, and read back from, a CSV cell that a spreadsheet will open.
///
/// - Line breaks: CR LF and a lone CR become LF (the field is quoted and keeps the break); a CR
///   would send a terminal showing the file back to the start of the line, where the rest of
///   the cell hides what came before it.
/// - Formulas: a cell that starts with `=`, `+`, `-`, `@`, a tab or a line break would be run by
///   a spreadsheet (OWASP, CSV injection), so it gets a single quote in front; so does a cell
///   that starts with a quote followed by such a cell, so that reading back is exact: import takes
///   off one leading quote exactly when what follows (once read back) would need it.
/// - Unsafe characters (`UnsafeCharacters`, tab included, LF excepted) are written visibly as
///   `\u{202E}`, a ZWJ inside an emoji sequence too; a literal `\u{` in the text is written
///   `\u{5C}u{` so that import, which reads every `\u{…}` back, gives the text exactly as it was.
public enum CSVCell {
  public static func export(_ text: String) -> String {
    let lines = lineFeeds(text)
    let escaped = escapeUnsafe(lines)
    return needsQuote(lines[...]) ? "'" + escaped : escaped
  }

  /// The text of a cell as fabriek (or any tool, when nothing applies) wrote it. A cell fabriek
  /// wrote before tabs were escaped (`'` and a raw tab or CR) reads back the same way.
  public static func `import`(_ cell: String) -> String {
    let s = cell[...]
    if s.first == "'" {
      let rest = unescapeUnsafe(s.dropFirst())
      if needsQuote(rest[...]) { return rest }
    }
    return unescapeUnsafe(s)
  }

  static func needsQuote(_ s: Substring) -> Bool {
    guard let c = s.unicodeScalars.first else { return false }
    switch c {
    case "=", "+", "-", "@", "\t", "\r", "\n": return true
    case "'": return needsQuote(s.dropFirst())
    default: return false
    }
  }

  /// The text with CR LF and lone CRs as LF.
  static func lineFeeds(_ text: String) -> String {
    guard text.unicodeScalars.contains("\r") else { return text }
    var out = String.UnicodeScalarView()
    var previousCR = false
    for u in text.unicodeScalars {
      defer { previousCR = u == "\r" }
      if u == "\n" && previousCR { continue }
      out.append(u == "\r" ? "\n" : u)
    }
    return String(out)
  }

  /// Whether a scalar is written as `\u{…}`: every unsafe one but the line feed.
  static func isEscaped(_ u: Unicode.Scalar) -> Bool {
    u != "\n" && UnsafeCharacters.contains(u)
  }

  static func escapeUnsafe(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { isEscaped($0) || $0 == "\\" }) else { return text }
    var out = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    for (i, u) in scalars.enumerated() {
      if isEscaped(u) || (u == "\\" && i + 2 < scalars.count && scalars[i + 1] == "u" && scalars[i + 2] == "{") {
        out.append(contentsOf: UnsafeCharacters.braced(u).unicodeScalars)
      } else {
        out.append(u)
      }
    }
    return String(out)
  }

  static func unescapeUnsafe(_ s: Substring) -> String {
    guard s.utf8.contains(UInt8(ascii: "\\")) else { return String(s) }
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
