/// The one definition of the characters fabriek never sends to a terminal as they are: each
/// could move the cursor, change the terminal's state, reorder a line or hide itself. Every
/// place that prints board text uses it: the screen (`Sanitizer` in FabriekUI, which draws a
/// marker instead), the command line's output and errors (through that same `Sanitizer`), CSV
/// cells (`CSVCell`), Markdown (`MarkdownText`) and JSON (`escapingJSON(_:)`).
///
/// A scalar is unsafe when it is
/// - a C0 control (U+0000–U+001F, tab and line feed included: a format that keeps line breaks,
///   such as multi-line text on screen, a quoted CSV field or pretty-printed JSON, lets LF
///   through itself), DEL (U+007F) or a C1 control (U+0080–U+009F, CSI U+009B among them);
/// - a format character (general category Cf): soft hyphen U+00AD, ALM U+061C, U+200B–U+200F
///   (zero-width space, ZWNJ, ZWJ, LRM, RLM), the bidi embeddings and overrides U+202A–U+202E,
///   U+2060–U+2064, the isolates U+2066–U+2069, the byte-order mark U+FEFF, the interlinear
///   annotation characters U+FFF9–U+FFFB, the tags U+E0001 and U+E0020–U+E007F, …;
/// - the line or paragraph separator U+2028 / U+2029;
/// - unassigned (general category Cn, noncharacters such as U+FFFF included).
///
/// This definition knows nothing of context. The screen keeps a few of these characters where
/// they are ordinary spelling (ZWJ, VS16 and tags inside an emoji sequence, ZWNJ after a
/// letter; see Sources/FabriekUI/Text/Sanitizer.swift); the exports write every one visibly.
public enum UnsafeCharacters {
  /// Whether `scalar` is unsafe (see the type's description).
  public static func contains(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
    if value < 0xA0 { return false }
    switch scalar.properties.generalCategory {
    case .format, .lineSeparator, .paragraphSeparator, .unassigned: return true
    default: return false
    }
  }

  /// Whether `text` holds no unsafe scalar.
  public static func isSafe(_ text: String) -> Bool {
    !text.unicodeScalars.contains(where: contains)
  }

  /// `\u{1B}`, `\u{202E}`: how CSV cells and Markdown write an unsafe scalar visibly (upper-case
  /// hex digits, no leading zeros); `fabriek import` reads it back as the scalar.
  public static func braced(_ scalar: Unicode.Scalar) -> String {
    "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
  }

  /// JSON text with every unsafe scalar other than LF written as a `\uXXXX` escape (a UTF-16
  /// surrogate pair above U+FFFF), so that it can be shown in a terminal and still parses to
  /// the same value. Outside strings, JSON holds only ASCII punctuation, spaces and line feeds,
  /// and inside strings an escape means the character itself, so the escaping is exact
  /// wherever the scalar is. An encoder writes the C0 controls inside strings as escapes
  /// already; this adds DEL, C1, format characters, separators and unassigned scalars.
  public static func escapingJSON(_ json: String) -> String {
    func unsafe(_ u: Unicode.Scalar) -> Bool { u != "\n" && contains(u) }
    guard json.unicodeScalars.contains(where: unsafe) else { return json }
    var out = String.UnicodeScalarView()
    for u in json.unicodeScalars {
      guard unsafe(u) else {
        out.append(u)
        continue
      }
      for unit in String(u).utf16 {
        let hex = String(unit, radix: 16)
        out.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
      }
    }
    return String(out)
  }
}
