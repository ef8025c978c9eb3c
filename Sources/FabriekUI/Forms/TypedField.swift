/// The states a field's text is typed into: a text field, a tags list, a people picker. Each
/// takes a character and an editing key its own way; the form hands them on alike.
protocol TypedField {
  mutating func insert(_ character: Character)
  mutating func apply(_ edit: TextEdit)
}

extension TextFieldState: TypedField {}
extension TagsState: TypedField {}
extension PeoplePickerState: TypedField {}

/// A character or an editing key, for whichever `TypedField` a value holds.
enum Typing {
  case character(Character)
  case edit(TextEdit)
}

extension FieldValue {
  /// Hands `typing` to the text, tags or people state of this value; other kinds take none.
  mutating func take(_ typing: Typing) {
    switch self {
    case .text(let state): self = .text(state.taking(typing))
    case .tags(let state): self = .tags(state.taking(typing))
    case .people(let state): self = .people(state.taking(typing))
    default: break
    }
  }
}

extension TypedField {
  fileprivate func taking(_ typing: Typing) -> Self {
    var state = self
    switch typing {
    case .character(let character): state.insert(character)
    case .edit(let edit): state.apply(edit)
    }
    return state
  }
}
