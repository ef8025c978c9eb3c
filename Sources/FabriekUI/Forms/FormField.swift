/// One field of a form: its label, whether it is required, a line of help, and its value.
public struct FormField: Hashable, Sendable {
  /// What the field is, for the code that makes a record from the form ("title", "pitch").
  public let key: String
  public let label: String
  public let help: String
  public let isRequired: Bool
  /// The heading of the section the field is in ("" for a form without sections).
  public let section: String
  /// Enter inserts a newline instead of going to the next field; the field has several rows.
  public let isMultiline: Bool
  /// What a text field's text is read as: shown resolved beside it (`+2w` → the date).
  public let format: TextFormat
  public internal(set) var value: FieldValue

  public init(
    key: String, label: String, help: String = "", isRequired: Bool = false, section: String = "",
    isMultiline: Bool = false, format: TextFormat = .plain, value: FieldValue
  ) {
    self.key = key
    self.label = label
    self.help = help
    self.isRequired = isRequired
    self.section = section
    self.isMultiline = isMultiline
    self.format = format
    self.value = value
  }

  /// The field's text, the chosen option's label, the chosen options' labels or people's
  /// names (comma-separated).
  public var display: String {
    switch value {
    case .text(let field): field.text
    case .choice(let options, let selected): options.indices.contains(selected) ? options[selected] : ""
    case .multiChoice(let state): state.chosen.map { state.options[$0] }.joined(separator: ", ")
    case .tags(let state): state.values.joined(separator: ", ")
    case .people(let picker): picker.chosenText
    }
  }

  /// True when a required field has nothing in it (a choice counts as filled).
  var isMissing: Bool {
    guard isRequired else { return false }
    switch value {
    case .text(let field): return field.text.trimmingCharactersInWhitespace().isEmpty
    case .choice: return false
    case .multiChoice(let state): return state.selected.isEmpty
    case .tags(let state): return state.values.isEmpty
    case .people(let picker): return picker.chosen.isEmpty
    }
  }
}

/// What a text field's text is read as.
public enum TextFormat: Hashable, Sendable {
  case plain
  /// `2027-03-01`, `today`, `+3d`, `+2w`, `+1m`: the resolved date is shown beside it.
  case date
  /// Euros (`12500`, `12.500,50`, `€ 1 200`): the amount is shown beside it as read.
  case amount
  /// A whole or decimal number.
  case number
  /// Idea codes (`I-0001, I-0042`): their titles are shown beside it.
  case ideaCodes
}

/// The kinds of field: text (one or several lines), a choice among options, several options,
/// a list with completion, and people.
public enum FieldValue: Hashable, Sendable {
  case text(TextFieldState)
  /// The options' labels and the index of the chosen one.
  case choice(options: [String], selected: Int)
  /// Several options (roles, SDGs).
  case multiChoice(MultiChoiceState)
  /// A comma-separated list completed from the values already used.
  case tags(TagsState)
  /// People from the board, or new ones typed in.
  case people(PeoplePickerState)

  /// The value without the cursor, to tell whether a field changed.
  var content: String {
    switch self {
    case .text(let field): field.text
    case .choice(_, let selected): String(selected)
    case .multiChoice(let state): state.chosen.map(String.init).joined(separator: ",")
    case .tags(let state): state.values.joined(separator: "\u{1F}")
    case .people(let picker):
      picker.chosen.map {
        switch $0 {
        case .existing(let id): id.code
        case .new(let name): "+" + name
        }
      }.joined(separator: "\u{1F}")
    }
  }
}
