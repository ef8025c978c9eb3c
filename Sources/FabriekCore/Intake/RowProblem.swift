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
      return tr("row.tooManyFields", ["found": CoreText.number(found), "expected": CoreText.number(expected)])
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
      return tr("row.unmatched", ["field": field.label, "value": value, "raw": field.rawValue])
    case .invalidEmail(let value):
      return tr("row.invalidEmail", ["value": value])
    case .badTimestamp(let value):
      return tr("row.badTimestamp", ["value": value])
    case .badCoInnovators(let value):
      return tr("row.badCoInnovators", ["value": value.prefix(60)])
    case .refused(let field, let reason):
      return tr("row.refused", ["field": field.label, "reason": reason])
    case .titleShortened(let count):
      return tr("row.titleShortened", ["count": CoreText.number(count), "max": CoreText.number(Rules.maxTitle)])
    case .namedFromEmail(let email, let name):
      return tr("row.namedFromEmail", ["email": email, "name": name])
    case .nobodyToName:
      return tr("row.nobodyToName")
    }
  }
}

extension ImportField {
  /// The field in words, for messages, in the current language.
  public var label: String { tr("importField." + rawValue) }
}
