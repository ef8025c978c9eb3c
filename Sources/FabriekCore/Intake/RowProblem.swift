/// Why one row of an import was left out. `message` is a phrase to follow `line N: `.
public enum RowProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// More non-empty fields than the header has columns: a value with an unquoted delimiter.
  case tooManyFields(found: Int, expected: Int)
  /// An applicant type or region that is not one the board knows.
  case unknownValue(ImportField, String)
  case badTimestamp(String)
  /// A new innovator with no name (`email` is empty when there is no e-mail either).
  case noName(email: String)
  /// A value the board's rules refuse: no title, a title too long, an invalid e-mail, …
  case rule(BoardError)

  public var description: String { message }

  public var message: String {
    switch self {
    case .tooManyFields(let found, let expected):
      return "it has \(found) fields where the header has \(expected); quote a value that contains the delimiter"
    case .unknownValue(.applicantKind, let value):
      return "applicant type “\(value)” is not individual, civil-society group, social enterprise, company "
        + "or public body (in English, Dutch or French)"
    case .unknownValue(.region, let value):
      return "region “\(value)” is not Brussels, a Flemish province or other (in English, Dutch or French)"
    case .unknownValue(let field, let value):
      return "\(field.rawValue) “\(value)” is not a value fabriek knows"
    case .badTimestamp(let value):
      return "timestamp “\(value)” is not a date like 31/12/2026 14:30 or 2026-12-31T14:30:00Z"
    case .noName(let email):
      return email.isEmpty
        ? "the innovator has contact details but neither a name nor an e-mail address"
        : "the new innovator \(email) has no name"
    case .rule(let error):
      let m = error.message
      return m.hasSuffix(".") ? String(m.dropLast()) : m
    }
  }
}
