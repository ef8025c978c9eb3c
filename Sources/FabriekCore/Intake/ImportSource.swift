import Foundation

/// A file of candidates read into rows of text, whatever it was: a CSV file (comma, semicolon
/// or tab; the encoding `ImportOptions.encoding` names) or an Excel workbook (.xlsx, the first
/// sheet or `ImportOptions.sheet`). The kind is told from the content, not the file's name: a
/// ZIP archive with `xl/workbook.xml` is a workbook; other ZIP archives, encrypted workbooks
/// and Excel 97–2003 files are refused with a sentence that says what the file is.
public struct ImportSource: Hashable, Sendable {
  public enum Format: Hashable, Sendable {
    case csv(delimiter: Unicode.Scalar, encoding: TextEncoding)
    /// The sheet read, and every sheet of the workbook in order.
    case xlsx(sheet: String, sheets: [String])
  }

  public var format: Format
  /// The records in file order: for a CSV file `line` is the physical line a record starts on,
  /// for a workbook the sheet's row number (as the spreadsheet shows it).
  public var records: [CSVDocument.Record]

  public init(format: Format, records: [CSVDocument.Record]) { self.format = format; self.records = records }

  public static func read(_ bytes: [UInt8], options: ImportOptions) throws(ImportError) -> ImportSource {
    switch FileKind(bytes) {
    case .zip: return try XLSXWorkbook(bytes: bytes).source(sheet: options.sheet)
    case .compoundFile: throw CompoundFile.refusal(bytes)
    case .text:
      if options.sheet != nil { throw .sheetInCSV }
      let document = try CSVDocument(text: try options.encoding.decode(bytes))
      return ImportSource(
        format: .csv(delimiter: document.delimiter, encoding: options.encoding), records: document.records)
    }
  }

  /// What a file is, from its first bytes.
  enum FileKind {
    /// `PK\3\4` (or an empty archive's `PK\5\6`): .xlsx, .docx, .ods, .zip.
    case zip
    /// The OLE compound file of Office 97–2003 and of encrypted Office files.
    case compoundFile
    case text

    init(_ b: [UInt8]) {
      if b.starts(with: [0x50, 0x4B, 0x03, 0x04]) || b.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
        self = .zip
      } else if b.starts(with: CompoundFile.signature) {
        self = .compoundFile
      } else {
        self = .text
      }
    }
  }
}

/// An OLE compound file (CFB): told apart by the names of its streams, which its directory
/// holds in UTF-16LE — `EncryptionInfo` for an encrypted (password-protected) Office file,
/// `Workbook` or `Book` for an Excel 97–2003 workbook.
enum CompoundFile {
  static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

  static func refusal(_ bytes: [UInt8]) -> ImportError {
    if contains(bytes, stream: "EncryptionInfo") || contains(bytes, stream: "EncryptedPackage") {
      return .encryptedWorkbook
    }
    if contains(bytes, stream: "Workbook") || contains(bytes, stream: "Book") { return .legacyExcel }
    return .otherOfficeFile
  }

  /// Whether a directory entry names the stream: its name in UTF-16LE followed by the two zero
  /// bytes that end it, at the start of a 128-byte directory entry.
  static func contains(_ bytes: [UInt8], stream name: String) -> Bool {
    var needle: [UInt8] = []
    for u in name.utf16 { needle += [UInt8(u & 0xFF), UInt8(u >> 8)] }
    needle += [0, 0]
    var at = 512
    while at + needle.count <= bytes.count {
      if bytes[at..<(at + needle.count)].elementsEqual(needle) { return true }
      at += 128
    }
    return false
  }
}
