/// A CSV file read and its columns matched to fields: everything about an import that does
/// not depend on the board. Reading refuses the whole file (`ImportError`) when it cannot be
/// read as records or has no title column; rows are judged one by one later (`ImportPlan`).
public struct ImportTable: Hashable, Sendable {
  public struct Column: Hashable, Sendable {
    public var header: String
    /// nil: a column fabriek does not know; it is reported and left out.
    public var field: ImportField?
  }

  public var encoding: TextEncoding
  public var delimiter: Unicode.Scalar
  public var headerLine: Int
  public var columns: [Column]
  /// The data records after the header, blank ones left out.
  public var rows: [CSVDocument.Record]

  /// The headers of columns that are not used (columns without a header are not listed).
  public var ignoredColumns: [String] { columns.filter { $0.field == nil && !$0.header.isEmpty }.map(\.header) }

  /// The column index of each field.
  var index: [ImportField: Int] {
    var map: [ImportField: Int] = [:]
    for (i, c) in columns.enumerated() { if let f = c.field, f != .ignore { map[f] = i } }
    return map
  }

  public static func read(csv bytes: [UInt8], options: ImportOptions) throws(ImportError) -> ImportTable {
    let text = try options.encoding.decode(bytes)
    let document = try CSVDocument(text: text)
    return try ImportTable(document: document, encoding: options.encoding, mapping: options.mapping)
  }

  public init(document: CSVDocument, encoding: TextEncoding, mapping: [String: ImportField]) throws(ImportError) {
    guard let h = document.records.firstIndex(where: { !$0.isBlank }) else { throw .empty }
    self.encoding = encoding
    delimiter = document.delimiter
    headerLine = document.records[h].line
    let headers = document.records[h].fields.map { $0.trimmingCharactersInWhitespace() }
    var explicit: [String: ImportField] = [:]
    for (column, field) in mapping {
      let key = ImportField.fold(column)
      guard headers.contains(where: { $0 == column || ImportField.fold($0) == key }) else {
        throw .unknownColumn(column, headers: headers)
      }
      explicit[key] = field
    }
    columns = headers.map { Column(header: $0, field: explicit[ImportField.fold($0)] ?? ImportField.forHeader($0)) }
    rows = document.records[(h + 1)...].filter { !$0.isBlank }
    resolveNames()
    for field in ImportField.allCases where field != .ignore {
      let same = columns.filter { $0.field == field }.map(\.header)
      if same.count > 1 { throw .sameField(field, columns: same) }
    }
    if !columns.contains(where: { $0.field == .title }) { throw .noTitleColumn(headers: headers) }
  }

  /// A whole-name column beside a given-name column holds the family name (`Nom` + `Prénom`),
  /// and beside a family-name column the given name (`Naam` + `Achternaam`).
  private mutating func resolveNames() {
    let fields = Set(columns.compactMap(\.field))
    guard fields.contains(.name), fields.contains(.givenName) != fields.contains(.familyName) else { return }
    let replacement: ImportField = fields.contains(.givenName) ? .familyName : .givenName
    for i in columns.indices where columns[i].field == .name { columns[i].field = replacement }
  }
}
