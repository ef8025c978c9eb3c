import FabriekCore

/// A form being filled in: its fields, the focused one, the reasons shown beside invalid
/// fields, and whether Esc is asking to discard the changes. Pure: keys come in as
/// `FormAction`s and typed characters; what the form is for is `kind`.
public struct Form: Hashable, Sendable {
  public let kind: FormKind
  public let title: String
  public internal(set) var fields: [FormField]
  public internal(set) var focus = 0
  /// Why a field's value cannot be saved, by field index, shown beside the field.
  public internal(set) var errors: [Int: String] = [:]
  /// Esc on a changed form asks "discard changes? y/n" first.
  public internal(set) var isConfirmingDiscard = false
  /// The values the form opened with, to tell whether anything changed.
  private let initial: [String]

  public init(kind: FormKind, title: String, fields: [FormField]) {
    self.kind = kind
    self.title = title
    self.fields = fields
    initial = fields.map(\.value.content)
  }

  /// Something differs from what the form opened with.
  public var isDirty: Bool { fields.map(\.value.content) != initial }

  public var focusedField: FormField? { fields.indices.contains(focus) ? fields[focus] : nil }

  /// The field with this key.
  public func field(_ key: String) -> FormField? { fields.first { $0.key == key } }

  /// The text of a text field, or the chosen index of a choice.
  public func text(_ key: String) -> String { field(key)?.display ?? "" }
  public func choice(_ key: String) -> Int {
    guard case .choice(_, let selected) = field(key)?.value else { return 0 }
    return selected
  }

  /// Tab / Shift-Tab / ↑ / ↓: the next or previous field, wrapping around.
  public mutating func moveFocus(_ step: Int) {
    guard !fields.isEmpty else { return }
    focus = ((focus + step) % fields.count + fields.count) % fields.count
  }

  /// A typed character: into a text field at the cursor; Space steps a choice on.
  public mutating func type(_ character: Character) {
    guard fields.indices.contains(focus) else { return }
    switch fields[focus].value {
    case .text(var field):
      field.insert(character)
      fields[focus].value = .text(field)
      errors[focus] = nil
    case .choice:
      if character == " " { step(1) }
    }
  }

  /// An editing key: readline editing in a text field; ←/→ (and Home/End) on a choice.
  public mutating func edit(_ edit: TextEdit) {
    guard fields.indices.contains(focus) else { return }
    switch fields[focus].value {
    case .text(var field):
      field.apply(edit)
      fields[focus].value = .text(field)
      errors[focus] = nil
    case .choice(let options, _):
      switch edit {
      case .left: step(-1)
      case .right: step(1)
      case .home: fields[focus].value = .choice(options: options, selected: 0)
      case .end: fields[focus].value = .choice(options: options, selected: max(0, options.count - 1))
      default: break
      }
    }
  }

  /// The next or previous option of the focused choice, wrapping around.
  mutating func step(_ amount: Int) {
    guard case .choice(let options, let selected) = fields[focus].value, !options.isEmpty else { return }
    let next = ((selected + amount) % options.count + options.count) % options.count
    fields[focus].value = .choice(options: options, selected: next)
  }

  /// Sets the reasons beside the fields and moves the cursor to the first invalid one.
  /// `problems` are the domain's reasons by key; a required field left empty without one gets
  /// "… is required".
  /// Returns true when nothing is wrong.
  public mutating func validate(_ problems: [String: String]) -> Bool {
    errors = [:]
    for (index, field) in fields.enumerated() {
      if let reason = problems[field.key] {
        errors[index] = reason
      } else if field.isMissing {
        errors[index] = UIText.fieldRequired(field.label)
      }
    }
    if let first = errors.keys.min() { focus = first }
    return errors.isEmpty
  }

  mutating func setConfirmingDiscard(_ asking: Bool) { isConfirmingDiscard = asking }
}

/// What a form is for (`.edit(id)` and the other records come later, issue 4).
public enum FormKind: Hashable, Sendable {
  case newIdea
  /// `e`: every field of the idea in sections, prefilled.
  case editIdea(IdeaID)
  /// `N`: a quick note on the focused idea.
  case note(IdeaID)
  /// `x` in the detail: the idea's exit plan.
  case exitPlan(IdeaID)
}

/// The keys of form mode, as values.
public enum FormAction: Hashable, Sendable {
  case focusField(Action.Direction)
  case edit(TextEdit)
  /// Enter: a newline in a multi-line field, else the next field.
  case newline
  /// Ctrl-S.
  case save
  /// Esc: cancel (asks first when something changed).
  case cancel
  /// Ctrl-O / F2: edit the focused multi-line field in `$VISUAL`/`$EDITOR`.
  case openEditor
}
