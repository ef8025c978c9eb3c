/// Why one row of an import was left out. `message` is a phrase to follow `line N: `.
public enum RowProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// More non-empty fields than the header has columns: a value with an unquoted delimiter.
  case tooManyFields(found: Int, expected: Int)
  /// A value the board's rules refuse for the idea itself: no title.
  case rule(BoardError)

  public var description: String { message }

  public var message: String {
    switch self {
    case .tooManyFields(let found, let expected):
      return "it has \(found) fields where the header has \(expected); quote a value that contains the delimiter"
    case .rule(let error):
      let m = error.message
      return m.hasSuffix(".") ? String(m.dropLast()) : m
    }
  }
}

/// Something about an imported row that the user should know: a value that could not go into
/// its field and was kept in the idea's note instead, or a person made from less than usual.
/// The row itself is imported. `message` is a phrase to follow `line N: `.
public enum RowNotice: Error, Hashable, Sendable, CustomStringConvertible {
  /// An answer that fits none of the field's options (`Middenveldorganisatie` before it was known).
  case unmatched(ImportField, String)
  case invalidEmail(String)
  case badTimestamp(String)
  /// A co-innovators cell with an entry that is not `Name <e-mail>`, a name or an e-mail address.
  case badCoInnovators(String)
  /// The value breaks a rule of the board (too long, a tag twice, …): the reason.
  case refused(ImportField, String)
  /// A title over the limit, shortened; the whole title is in the note.
  case titleShortened(Int)
  /// A new innovator with an e-mail address and no name, named after the address.
  case namedFromEmail(email: String, name: String)
  /// Innovator details without a name or an e-mail address: no person is made.
  case nobodyToName

  public var description: String { message }

  public var message: String {
    switch self {
    case .unmatched(let field, let value):
      return "\(field.label) “\(value)” fits no option; kept in the note (--value \(field.rawValue):\(value)=…)"
    case .invalidEmail(let value):
      return "“\(value)” is not an e-mail address; kept in the note"
    case .badTimestamp(let value):
      return "“\(value)” is not a date fabriek reads; kept in the note, the idea dated at the import"
    case .badCoInnovators(let value):
      return "co-innovators “\(value.prefix(60))” are not each Name <e-mail>; kept in the note"
    case .refused(let field, let reason):
      return "\(field.label): \(reason); kept in the note"
    case .titleShortened(let count):
      return "the title has \(count) characters, more than \(Rules.maxTitle); shortened, the whole title kept in the note"
    case .namedFromEmail(let email, let name):
      return "the new innovator \(email) has no name; named “\(name)” after the address"
    case .nobodyToName:
      return "the innovator has contact details but neither a name nor an e-mail address; they are kept in the note"
    }
  }
}

extension ImportField {
  /// The field in words, for messages.
  public var label: String {
    switch self {
    case .applicantKind: "applicant type"
    case .givenName: "given name"
    case .familyName: "family name"
    case .coInnovators: "co-innovators"
    case .email: "e-mail"
    default: rawValue
    }
  }
}
