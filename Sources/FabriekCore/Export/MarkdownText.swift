/// Text from a board made safe inside Markdown: the characters Markdown would read as markup
/// (`\ ` * _ [ ] < > | ~ & #`) are backslash-escaped, line breaks and tabs become spaces (a table
/// row is one line), and the other unsafe characters (`UnsafeCharacters`, a ZWJ inside an emoji
/// sequence too) are written visibly as `\u{202E}`.
enum MarkdownText {
  static func escape(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var previousCR = false
    for u in text.unicodeScalars {
      defer { previousCR = u == "\r" }
      switch u {
      case "\n" where previousCR: continue
      case "\n", "\r", "\t": out.append(" ")
      case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#":
        out.append("\\")
        out.append(u)
      default:
        if UnsafeCharacters.contains(u) {
          out.append(contentsOf: UnsafeCharacters.braced(u).unicodeScalars)
        } else {
          out.append(u)
        }
      }
    }
    return String(out)
  }
}
