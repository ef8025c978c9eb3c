/// One field of a form: its label, whether it is required, a line of help, and its value.
public struct FormField: Hashable, Sendable {
  /// What the field is, for the code that makes a record from the form ("title", "pitch").
  public let key: String
  public let label: String
  public let help: String
  public let isRequired: Bool
  /// The heading of the section the field is in ("" for a form without sections).
  public let section: String
  /// Enter inserts a newline instead of going to the next field.
  public let isMultiline: Bool
  public internal(set) var value: FieldValue

  public init(
    key: String, label: String, help: String = "", isRequired: Bool = false, section: String = "",
    isMultiline: Bool = false, value: FieldValue
  ) {
    self.key = key
    self.label = label
    self.help = help
    self.isRequired = isRequired
    self.section = section
    self.isMultiline = isMultiline
    self.value = value
  }

  /// The field's text, or the chosen option's label.
  public var display: String {
    switch value {
    case .text(let field): field.text
    case .choice(let options, let selected): options.indices.contains(selected) ? options[selected] : ""
    }
  }

  /// True when a required field has nothing in it (a choice counts as filled).
  var isMissing: Bool {
    guard isRequired, case .text(let field) = value else { return false }
    return field.text.trimmingCharactersInWhitespace().isEmpty
  }
}

/// The kinds of field in this version: single-line text, and a choice among options.
public enum FieldValue: Hashable, Sendable {
  case text(TextFieldState)
  /// The options' labels and the index of the chosen one.
  case choice(options: [String], selected: Int)

  /// The value without the cursor, to tell whether a field changed.
  var content: String {
    switch self {
    case .text(let field): field.text
    case .choice(_, let selected): String(selected)
    }
  }
}
