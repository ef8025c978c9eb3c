/// Why a whole import was refused before any row was looked at. Every message is one
/// sentence that says what is wrong and what to do.
public enum ImportError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A byte that is not UTF-8, where it is (0-based offset, 1-based line).
  case notUTF8(offset: Int, byte: UInt8, line: Int)
  case invalidUTF16
  case empty
  /// A quote that leaves the file's records ambiguous, at a physical line.
  case strayQuote(line: Int, after: String)
  case unclosedQuote(line: Int)
  case noTitleColumn(headers: [String])
  case unknownColumn(String, headers: [String])
  case unknownField(String)
  case badMapping(String)
  case sameField(ImportField, columns: [String])
  case unknownEncoding(String)

  public var description: String { message }

  public var message: String {
    switch self {
    case .notUTF8(let offset, let byte, let line):
      return "The file is not UTF-8: byte \(hex(byte)) at offset \(offset) (line \(line)) is not valid UTF-8; "
        + "if it comes from Excel or another Windows program, import it with --encoding windows-1252 "
        + "(or --encoding iso-8859-1)."
    case .invalidUTF16:
      return "The file starts like UTF-16 text but is not valid UTF-16; save it again as CSV UTF-8 and import that."
    case .empty:
      return "The file has no header row; export the candidates again with their column names on the first line."
    case .strayQuote(let line, let after):
      return "Line \(line): a quoted field is closed and followed by “\(after)”; inside a quoted field "
        + "a quote is written twice (\"\"), so fix that line and import again."
    case .unclosedQuote(let line):
      return "Line \(line): a quoted field is never closed, so the rest of the file would become one value; "
        + "add the closing quote and import again."
    case .noTitleColumn(let headers):
      return "No column holds the idea's title (the columns are \(list(headers))); "
        + "name it with --map COLUMN=title."
    case .unknownColumn(let column, let headers):
      return "--map names a column “\(column)” that the file does not have (its columns are \(list(headers)))."
    case .unknownField(let field):
      return "--map: “\(field)” is not a field; use one of \(ImportField.names)."
    case .badMapping(let text):
      return "--map “\(text)” is not COLUMN=field, e.g. --map \"Naam project=title\"."
    case .sameField(let field, let columns):
      return
        "The columns \(list(columns)) all map to \(field.rawValue); keep one with --map COLUMN=ignore for the others."
    case .unknownEncoding(let name):
      return "--encoding: “\(name)” is not an encoding fabriek reads; use one of \(TextEncoding.names)."
    }
  }
}

private func hex(_ b: UInt8) -> String {
  let digits = String(b, radix: 16, uppercase: true)
  return "0x" + (digits.count == 1 ? "0" : "") + digits
}

private func list(_ headers: [String]) -> String {
  let shown = headers.prefix(12).map { "“\($0)”" }.joined(separator: ", ")
  return headers.count > 12 ? shown + ", …" : shown
}
