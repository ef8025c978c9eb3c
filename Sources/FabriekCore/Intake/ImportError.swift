/// Why a whole import was refused before any row was looked at. Every message is one
/// sentence that says what is wrong and what to do, in the current language (`import.*`).
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
      return tr("import.notUTF8", ["byte": hex(byte), "offset": String(offset), "line": String(line)])
    case .invalidUTF16:
      return tr("import.invalidUTF16")
    case .empty:
      return tr("import.empty")
    case .strayQuote(let line, let after):
      return tr("import.strayQuote", ["line": String(line), "after": after])
    case .unclosedQuote(let line):
      return tr("import.unclosedQuote", ["line": String(line)])
    case .noTitleColumn(let headers):
      return tr("import.noTitleColumn", ["columns": list(headers)])
    case .unknownColumn(let column, let headers):
      return tr("import.unknownColumn", ["column": column, "columns": list(headers)])
    case .unknownField(let field):
      return tr("import.unknownField", ["field": field, "fields": ImportField.names])
    case .badMapping(let text):
      return tr("import.badMapping", ["text": text])
    case .sameField(let field, let columns):
      return tr("import.sameField", ["columns": list(columns), "field": field.rawValue])
    case .unknownEncoding(let name):
      return tr("import.unknownEncoding", ["name": name, "encodings": TextEncoding.names])
    case .badValue(let text):
      return tr("import.badValue", ["text": text])
    case .valueField(let name):
      return tr("import.valueField", ["name": name])
    case .unknownOption(let field, let option):
      return tr(
        "import.unknownOption", ["option": option, "field": field.rawValue, "options": ImportValues.optionNames(field)])
    case .sheetInCSV:
      return tr("import.sheetInCSV")
    case .notAWorkbook(let kind):
      if let kind { return tr("import.notAWorkbook", ["kind": kind]) }
      return tr("import.zipNotAWorkbook")
    case .encryptedWorkbook:
      return tr("import.encryptedWorkbook")
    case .legacyExcel:
      return tr("import.legacyExcel")
    case .otherOfficeFile:
      return tr("import.otherOfficeFile")
    case .damagedWorkbook(let detail):
      return tr("import.damagedWorkbook", ["detail": detail])
    case .noSuchSheet(let name, let sheets):
      return tr("import.noSuchSheet", ["name": name, "sheets": list(sheets)])
    case .noSheets:
      return tr("import.noSheets")
    case .partTooLarge(let part):
      return tr("import.partTooLarge", ["part": part])
    }
  }
}

private func hex(_ b: UInt8) -> String {
  let digits = String(b, radix: 16, uppercase: true)
  return "0x" + (digits.count == 1 ? "0" : "") + digits
}

private func list(_ headers: [String]) -> String {
  let shown = headers.prefix(12).map { tr("import.quoted", ["text": $0]) }.joined(separator: ", ")
  return headers.count > 12 ? shown + ", …" : shown
}
