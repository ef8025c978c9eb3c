/// How a CSV file is read and where its candidates come from.
public struct ImportOptions: Hashable, Sendable {
  public var encoding: TextEncoding
  /// Column header → field, overriding the headers fabriek knows (`--map COLUMN=field`).
  public var mapping: [String: ImportField]
  /// The idea campaign the candidates answered (`--source`): their origin. Without it the
  /// origin is read from a “how did you find us?” column, or is the website.
  public var source: String?
  /// Who imports: the author of the change and of notes.
  public var author: String
  /// The created date of candidates whose row has no timestamp.
  public var now: Timestamp

  public init(
    author: String, now: Timestamp, encoding: TextEncoding = .utf8, mapping: [String: ImportField] = [:],
    source: String? = nil
  ) {
    self.author = author
    self.now = now
    self.encoding = encoding
    self.mapping = mapping
    self.source = source
  }

  /// Reads `--map` arguments, `COLUMN=field` each (split at the last `=`).
  public static func mapping(_ specs: [String]) throws(ImportError) -> [String: ImportField] {
    var map: [String: ImportField] = [:]
    for spec in specs {
      guard let eq = spec.lastIndex(of: "=") else { throw .badMapping(spec) }
      let column = String(spec[..<eq]).trimmingCharactersInWhitespace()
      let name = String(spec[spec.index(after: eq)...]).trimmingCharactersInWhitespace()
      if column.isEmpty || name.isEmpty { throw .badMapping(spec) }
      guard let field = ImportField(name: name) else { throw .unknownField(name) }
      map[column] = field
    }
    return map
  }
}
