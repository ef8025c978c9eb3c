/// A file read and its columns matched to fields: everything about an import that does not
/// depend on the board's ideas. Reading refuses the whole file (`ImportError`) when it cannot
/// be read as rows or has no title column; rows are judged one by one later (`ImportPlan`).
///
/// Each column is read as one field, or kept in the idea's note under its header. The field
/// comes from `--map`, else from the import profile (named with `--profile`, or saved on the
/// board for a file with these columns), else from the header's words (`ImportField.matches`):
/// one column per field, the best-scoring one; a column that loses its field to a better one,
/// or matches nothing, is kept as a note, and ties and weak matches are reported (`notes`).
public struct ImportTable: Hashable, Sendable {
  public struct Column: Hashable, Sendable {
    public enum Source: Hashable, Sendable {
      /// Named with `--map`.
      case map
      /// From the import profile.
      case profile
      /// The header is the field's name (`E-mailadres`).
      case recognised
      /// Guessed from these words of the header (`naam`, `project`).
      case guessed([String])
      /// No field: the column is kept in the note.
      case none
    }

    public var header: String
    /// nil: kept in the idea's note; `.ignore`: left out (only with `--map COLUMN=ignore`).
    public var field: ImportField?
    public var source: Source
    /// How well the header matched its field (0 for `--map` and the profile).
    public var score: Double
    /// How the note names the column: its header, or `Column C` when it has none.
    public var heading: String

    public init(header: String, field: ImportField?, source: Source = .map, score: Double = 0, heading: String = "") {
      self.header = header
      self.field = field
      self.source = source
      self.score = score
      self.heading = heading.isEmpty ? header : heading
    }

    public var isKeptAsNote: Bool { field == nil }
    public var isGuessed: Bool { if case .guessed = source { true } else { false } }
  }

  /// Something about the mapping worth a look, for the report.
  public enum MappingNote: Hashable, Sendable {
    /// The column was read as the field on few words (`Wat is je idee?` as the title).
    case weak(column: String, field: ImportField)
    /// The column matched these fields equally well; the first is used.
    case tie(column: String, fields: [ImportField])
    /// Both columns looked like the field; `used` is read as it, `kept` kept as a note.
    case sameField(ImportField, used: String, kept: String)
  }

  public var format: ImportSource.Format
  public var headerLine: Int
  public var columns: [Column]
  /// The data records after the header, blank ones left out.
  public var rows: [CSVDocument.Record]
  public var notes: [MappingNote] = []
  /// The import profile the columns were read with, if any.
  public var profile: ImportProfile?
  /// The profile was found on the board for these columns rather than named with `--profile`.
  public var profileFitted = false
  /// Answers → options: the profile's, then `--value`'s.
  public var values: [ImportProfile.Value] = []

  public var encoding: TextEncoding {
    if case .csv(_, let e) = format { return e }
    return .utf8
  }
  public var delimiter: Unicode.Scalar {
    if case .csv(let d, _) = format { return d }
    return ","
  }

  /// The headers of the columns kept as notes (columns without a header are not listed).
  public var notedColumns: [String] { columns.filter { $0.isKeptAsNote && !$0.header.isEmpty }.map(\.header) }
  @available(*, deprecated, renamed: "notedColumns")
  public var ignoredColumns: [String] { notedColumns }

  /// The column index of each field.
  var index: [ImportField: Int] {
    var map: [ImportField: Int] = [:]
    for (i, c) in columns.enumerated() { if let f = c.field, f != .ignore { map[f] = i } }
    return map
  }

  /// Reads a CSV file or a workbook (told by its content) and maps its columns, without the
  /// profiles a board keeps.
  public static func read(csv bytes: [UInt8], options: ImportOptions) throws(ImportError) -> ImportTable {
    try read(file: bytes, options: options, board: nil)
  }

  /// Reads a CSV file or a workbook (told by its content) and maps its columns, with the
  /// import profiles saved on `board`.
  public static func read(file bytes: [UInt8], options: ImportOptions, board: Board?) throws(ImportError)
    -> ImportTable
  {
    try ImportTable(source: try ImportSource.read(bytes, options: options), options: options, board: board)
  }

  public init(document: CSVDocument, encoding: TextEncoding, mapping: [String: ImportField]) throws(ImportError) {
    try self.init(
      source: ImportSource(format: .csv(delimiter: document.delimiter, encoding: encoding), records: document.records),
      options: ImportOptions(author: "", now: Timestamp(seconds: 0), encoding: encoding, mapping: mapping), board: nil)
  }

  public init(source: ImportSource, options: ImportOptions, board: Board?) throws(ImportError) {
    let records = source.records
    guard let h = records.firstIndex(where: { !$0.isBlank }) else { throw .empty }
    format = source.format
    headerLine = records[h].line
    let headers = records[h].fields.map { $0.trimmingCharactersInWhitespace().filter { $0 != "\u{FEFF}" } }
    rows = records[(h + 1)...].filter { !$0.isBlank }
    let isSheet: Bool
    if case .xlsx = format { isSheet = true } else { isSheet = false }
    // A CSV row longer than the header is a value with an unquoted delimiter (refused, `RowProblem`);
    // a sheet's cells right of the header are a column without a header.
    let width = isSheet ? max(headers.count, rows.map(\.fields.count).max() ?? 0) : headers.count
    columns = (0..<width).map { i in
      let header = i < headers.count ? headers[i] : ""
      let heading = header.isEmpty ? "Column " + (isSheet ? XLSXSheet.columnName(i) : String(i + 1)) : header
      return Column(header: header, field: nil, source: .none, heading: heading)
    }
    if let name = options.profile {
      profile = board?.importProfile(named: name)
    } else if let fitting = board?.importProfile(fitting: headers) {
      profile = fitting
      profileFitted = true
    }
    try assign(headers: headers, mapping: options.mapping)
    values = (profile?.values ?? []).filter { v in
      !options.values.contains { $0.field == v.field && ImportField.fold($0.answer) == ImportField.fold(v.answer) }
    } + options.values
    if !columns.contains(where: { $0.field == .title }) { throw .noTitleColumn(headers: headers) }
  }

  /// Fields from `--map`, then the profile, then the headers' words.
  private mutating func assign(headers: [String], mapping: [String: ImportField]) throws(ImportError) {
    var taken: [ImportField: Int] = [:]
    var fixed = Set<Int>()
    for (column, field) in mapping.sorted(by: { $0.key < $1.key }) {
      let key = ImportField.fold(column)
      let hits = columns.indices.filter { columns[$0].header == column }
      let matching = hits.isEmpty ? columns.indices.filter { ImportField.fold(columns[$0].header) == key } : hits
      guard !matching.isEmpty, !column.isEmpty else { throw .unknownColumn(column, headers: headers) }
      for i in matching {
        columns[i].field = field
        columns[i].source = .map
        fixed.insert(i)
      }
    }
    for field in ImportField.allCases where field != .ignore {
      let same = columns.filter { $0.source == .map && $0.field == field }.map(\.header)
      if same.count > 1 { throw .sameField(field, columns: same) }
    }
    for (i, c) in columns.enumerated() where c.source == .map { if let f = c.field { taken[f] = i } }
    if let fields = profile?.fieldsByHeader {
      for i in columns.indices where !fixed.contains(i) {
        guard let known = fields[ImportField.fold(columns[i].header)] else { continue }
        fixed.insert(i)
        columns[i].source = known == nil ? .none : .profile
        if let f = known, taken[f] == nil || f == .ignore {
          columns[i].field = f
          taken[f] = i
        } else {
          columns[i].field = nil
        }
      }
    }
    // Columns the profile did not know (a question added to the form) are matched by their words.
    var candidates: [(column: Int, match: HeaderMatch)] = []
    var bestOf: [Int: [HeaderMatch]] = [:]
    for i in columns.indices where !fixed.contains(i) && !columns[i].header.isEmpty {
      let m = ImportField.matches(forHeader: columns[i].header).filter { $0.score >= 0.5 }
      bestOf[i] = m
      candidates += m.map { (i, $0) }
    }
    candidates.sort { a, b in
      if a.match.score != b.match.score { return a.match.score > b.match.score }
      if a.match.recognised != b.match.recognised { return a.match.recognised }
      return a.column < b.column
    }
    var lostTo: [Int: (ImportField, Int)] = [:]
    for (i, m) in candidates where columns[i].field == nil {
      if let other = taken[m.field] {
        if lostTo[i] == nil, bestOf[i]?.first?.field == m.field { lostTo[i] = (m.field, other) }
        continue
      }
      columns[i].field = m.field
      columns[i].source = m.recognised ? .recognised : .guessed(m.words)
      columns[i].score = m.score
      taken[m.field] = i
    }
    resolveNames()
    for (i, c) in columns.enumerated() {
      guard let best = bestOf[i], let first = best.first else { continue }
      if let f = c.field, c.source != .map, c.source != .profile {
        if c.score < HeaderMatch.strong { notes.append(.weak(column: c.header, field: f)) }
        let equal = best.filter { $0.score == first.score }.map(\.field)
        if equal.count > 1, equal.first == f { notes.append(.tie(column: c.header, fields: equal)) }
      } else if c.field == nil, let (f, other) = lostTo[i] {
        notes.append(.sameField(f, used: columns[other].header, kept: c.header))
      }
    }
  }

  /// A whole-name column beside a given-name column holds the family name (`Nom` + `Prénom`),
  /// and beside a family-name column the given name (`Naam` + `Achternaam`).
  private mutating func resolveNames() {
    let fields = Set(columns.compactMap(\.field))
    guard fields.contains(.name), fields.contains(.givenName) != fields.contains(.familyName) else { return }
    let replacement: ImportField = fields.contains(.givenName) ? .familyName : .givenName
    for i in columns.indices where columns[i].field == .name && columns[i].source != .map {
      columns[i].field = replacement
    }
  }

  /// The mapping as a profile to save under `name`: every column with a header, and the answers' options.
  public func profile(named name: String) -> ImportProfile {
    ImportProfile(
      name: name, columns: columns.filter { !$0.header.isEmpty }.map { .init(header: $0.header, field: $0.field) },
      values: values)
  }

  /// Folded answer → option id, per field.
  var customValues: [ImportField: [String: String]] {
    var map: [ImportField: [String: String]] = [:]
    for v in values {
      if let option = ImportValues.option(v.option, for: v.field) { map[v.field, default: [:]][ImportField.fold(v.answer)] = option }
    }
    return map
  }
}
