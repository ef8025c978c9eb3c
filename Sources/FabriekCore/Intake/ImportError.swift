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
  case badValue(String)
  /// `--value` names a field that has no list of options.
  case valueField(String)
  case unknownOption(ImportField, String)
  /// `--sheet` given for a CSV file.
  case sheetInCSV
  /// A ZIP archive without `xl/workbook.xml`; what it looks like instead, when that is known.
  case notAWorkbook(kind: String?)
  case encryptedWorkbook
  case legacyExcel
  /// An OLE compound file that is neither a workbook nor encrypted (a .doc, a .ppt, an .msg).
  case otherOfficeFile
  /// A workbook whose parts cannot be read, and what is wrong.
  case damagedWorkbook(String)
  case noSuchSheet(String, sheets: [String])
  case noSheets
  case partTooLarge(String)

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
    case .badValue(let text):
      return "--value “\(text)” is not FIELD:ANSWER=OPTION, e.g. --value \"applicant-kind:Middenveldorganisatie=civil-society\"."
    case .valueField(let name):
      return "--value: “\(name)” is not a field with options; use applicant-kind or region."
    case .unknownOption(let field, let option):
      return "--value: “\(option)” is not an option of \(field.rawValue); use one of \(ImportValues.optionNames(field))."
    case .sheetInCSV:
      return "--sheet is for Excel workbooks (.xlsx), and this file is CSV text; import it without --sheet."
    case .notAWorkbook(let kind):
      let what = kind.map { "is \($0), not an Excel workbook" } ?? "is a ZIP archive but not an Excel workbook (it has no xl/workbook.xml)"
      return "The file \(what); open it in its program and save it as .xlsx or CSV UTF-8, then import that."
    case .encryptedWorkbook:
      return "The workbook is encrypted with a password, so fabriek cannot read it; open it in Excel, remove the "
        + "password (File › Info › Protect Workbook › Encrypt with Password), save it and import it again, or save it as CSV UTF-8."
    case .legacyExcel:
      return "The file is an Excel 97–2003 workbook (.xls), which fabriek does not read; open it in Excel or "
        + "LibreOffice, save it as .xlsx (or CSV UTF-8) and import that."
    case .otherOfficeFile:
      return "The file is a Microsoft Office 97–2003 document but not a workbook; export the candidates as .xlsx "
        + "or CSV UTF-8 and import that."
    case .damagedWorkbook(let detail):
      return "The workbook cannot be read: \(detail); open it in Excel and save it again, or save it as CSV UTF-8."
    case .noSuchSheet(let name, let sheets):
      return "--sheet: the workbook has no sheet “\(name)” (its sheets are \(list(sheets)))."
    case .noSheets:
      return "The workbook has no sheets; export the candidates again."
    case .partTooLarge(let part):
      return "The workbook's \(part) unpacks to more than 1 GB, more than any export of candidates; "
        + "save the sheet with the candidates on its own and import that."
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
