import CSV

/// The records of a CSV file as spreadsheets and web forms write it: comma, semicolon or tab
/// (detected), RFC 4180 quoting with delimiters, doubled quotes and line breaks inside quoted
/// fields, CRLF or LF, rows of any length, blank lines.
///
/// The records are read by CSV.swift (yaslab), which reads the text scalar by scalar, so a
/// combining mark after a delimiter or a quote never hides it, and keeps every character of
/// a field as written. Two things it does not do are done here: it does not say on which line
/// a record starts (`line` is counted from the line breaks inside the fields it returns, which
/// it keeps exactly), and it reads a stray quote as the start of a field that runs on to the next
/// quote, swallowing the records in between; `CSVShape` finds such quotes first and the file is
/// refused with their line.
public struct CSVDocument: Hashable, Sendable {
  public struct Record: Hashable, Sendable {
    /// The physical line (1-based) on which the record starts.
    public var line: Int
    public var fields: [String]
    public init(line: Int, fields: [String]) { self.line = line; self.fields = fields }
    /// A blank line, or a row whose fields are all empty or spaces.
    public var isBlank: Bool { fields.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
  }

  public var delimiter: Unicode.Scalar
  public var records: [Record]

  /// Reads `text` (already decoded, without a byte-order mark).
  public init(text: String) throws(ImportError) {
    let shape = try CSVShape(text)
    delimiter = shape.delimiter
    records = []
    records.reserveCapacity(shape.recordCount)
    let reader: CSVReader
    do {
      reader = try CSVReader(string: text, delimiter: shape.delimiter)
    } catch {
      throw .empty
    }
    var line = 1
    while let fields = reader.next() {
      records.append(Record(line: line, fields: fields))
      line += 1
      for f in fields { line += Self.lineBreaks(in: f) }
    }
  }

  /// CRLF, LF and a lone CR each end one physical line.
  static func lineBreaks(in field: String) -> Int {
    var n = 0
    var afterCR = false
    for b in field.utf8 {
      if b == 13 {
        n += 1
        afterCR = true
      } else {
        if b == 10 && !afterCR { n += 1 }
        afterCR = false
      }
    }
    return n
  }
}
