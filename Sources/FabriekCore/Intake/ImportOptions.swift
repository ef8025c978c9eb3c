/// How a file is read and where its candidates come from.
public struct ImportOptions: Hashable, Sendable {
  public var encoding: TextEncoding
  /// Column header → field, overriding the headers fabriek knows (`--map COLUMN=field`).
  public var mapping: [String: ImportField]
  /// Answers → the option they stand for (`--value applicant-kind:Middenveldorganisatie=civil-society`).
  public var values: [ImportProfile.Value]
  /// The import profile to read the file with and to save the mapping under (`--profile NAME`).
  /// Without it, a profile on the board that fits the file's columns is used (and not changed).
  public var profile: String?
  /// The sheet of a workbook to read (`--sheet NAME`); the first one when nil.
  public var sheet: String?
  /// The idea campaign the candidates answered (`--source`): their origin. Without it the
  /// origin is read from a “how did you find us?” column, or is the website.
  public var source: String?
  /// Who imports: the author of the change and of notes.
  public var author: String
  /// The created date of candidates whose row has no timestamp.
  public var now: Timestamp

  public init(
    author: String, now: Timestamp, encoding: TextEncoding = .utf8, mapping: [String: ImportField] = [:],
    source: String? = nil, values: [ImportProfile.Value] = [], profile: String? = nil, sheet: String? = nil
  ) {
    self.author = author
    self.now = now
    self.encoding = encoding
    self.mapping = mapping
    self.source = source
    self.values = values
    self.profile = profile
    self.sheet = sheet
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

  /// Reads `--value` arguments, `FIELD:ANSWER=OPTION` each (`applicant-kind:vzw=civil-society`,
  /// `region:Luik=other`): the field before the first `:`, the option after the last `=`.
  public static func values(_ specs: [String]) throws(ImportError) -> [ImportProfile.Value] {
    var out: [ImportProfile.Value] = []
    for spec in specs {
      guard let colon = spec.firstIndex(of: ":"), let eq = spec.lastIndex(of: "="), colon < eq else {
        throw .badValue(spec)
      }
      let name = String(spec[..<colon]).trimmingCharactersInWhitespace()
      let answer = String(spec[spec.index(after: colon)..<eq]).trimmingCharactersInWhitespace()
      let option = String(spec[spec.index(after: eq)...]).trimmingCharactersInWhitespace()
      guard let field = ImportField(name: name), ImportValues.hasOptions(field) else { throw .valueField(name) }
      if answer.isEmpty || option.isEmpty { throw .badValue(spec) }
      guard ImportValues.option(option, for: field) != nil else { throw .unknownOption(field, option) }
      out.removeAll { $0.field == field && ImportField.fold($0.answer) == ImportField.fold(answer) }
      out.append(ImportProfile.Value(field: field, answer: answer, option: option))
    }
    return out
  }
}
