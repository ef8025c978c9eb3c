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
  /// Fields the user changed that someone else saved a different value into meanwhile: while
  /// there are any, the form asks whether to overwrite theirs (y) or keep editing (n, Esc).
  public internal(set) var conflicts: [FieldConflict] = []
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

  /// The field with this key differs from what the form opened with.
  public func isChanged(_ key: String) -> Bool {
    guard let index = fields.firstIndex(where: { $0.key == key }) else { return false }
    return fields[index].value.content != initial[index]
  }

  /// The fields the user changed that another process changed too, to something else: `now`
  /// is this form made afresh from the record as it is on the board now. A field the user did
  /// not touch is no conflict (saving leaves it as the board has it), nor is one that both
  /// changed to the same value.
  public func conflicts(with now: Form) -> [FieldConflict] {
    fields.indices.compactMap { index in
      guard now.fields.indices.contains(index), now.fields[index].key == fields[index].key else { return nil }
      let yours = fields[index].value.content
      let theirs = now.fields[index].value.content
      guard yours != initial[index], theirs != initial[index], theirs != yours else { return nil }
      return FieldConflict(
        key: fields[index].key, label: fields[index].label, theirs: now.fields[index].display,
        yours: fields[index].display)
    }
  }

  public var focusedField: FormField? { fields.indices.contains(focus) ? fields[focus] : nil }

  /// The field with this key.
  public func field(_ key: String) -> FormField? { fields.first { $0.key == key } }

  /// The text of a text field, or the chosen index of a choice.
  public func text(_ key: String) -> String { field(key)?.display ?? "" }
  public func choice(_ key: String) -> Int {
    guard case .choice(_, let selected) = field(key)?.value else { return 0 }
    return selected
  }

  /// The chosen options of a multi-choice, in order.
  public func chosenOptions(_ key: String) -> [Int] {
    guard case .multiChoice(let state) = field(key)?.value else { return [] }
    return state.chosen
  }

  /// The items of a list field.
  public func list(_ key: String) -> [String] {
    guard case .tags(let state) = field(key)?.value else { return FieldParse.list(text(key)) }
    return state.values
  }

  /// The people chosen in a picker.
  public func people(_ key: String) -> [PersonChoice] {
    guard case .people(let picker) = field(key)?.value else { return [] }
    return picker.chosen
  }

  /// Tab / Shift-Tab (and ↑/↓ outside lists): the next or previous field, wrapping around.
  public mutating func moveFocus(_ step: Int) {
    guard !fields.isEmpty else { return }
    focus = ((focus + step) % fields.count + fields.count) % fields.count
  }

  /// A typed character: into a text, list or picker field at the cursor; Space steps a
  /// choice on and turns a multi-choice option on or off; other characters jump through a
  /// choice's or a multi-choice's options (type-ahead).
  public mutating func type(_ character: Character) {
    guard fields.indices.contains(focus) else { return }
    switch fields[focus].value {
    case .text, .tags, .people: fields[focus].value.take(.character(character))
    case .choice(let options, let selected):
      if character == " " {
        step(1)
      } else if let index = Self.option(startingWith: character, in: options, after: selected) {
        fields[focus].value = .choice(options: options, selected: index)
      }
    case .multiChoice(var state):
      if character == " " { state.toggle() } else { state.typeAhead(character) }
      fields[focus].value = .multiChoice(state)
    }
    errors[focus] = nil
  }

  /// An editing key: readline editing in a text field, a list's text or a picker's query;
  /// ←/→ (and Home/End) on a choice or multi-choice.
  public mutating func edit(_ edit: TextEdit) {
    guard fields.indices.contains(focus) else { return }
    switch fields[focus].value {
    case .text, .tags, .people:
      fields[focus].value.take(.edit(edit))
      errors[focus] = nil
    case .choice(let options, let selected):
      switch edit {
      case .left: step(-1)
      case .right: step(1)
      case .home: fields[focus].value = .choice(options: options, selected: 0)
      case .end: fields[focus].value = .choice(options: options, selected: max(0, options.count - 1))
      default: break
      }
      if fields[focus].value != .choice(options: options, selected: selected) { errors[focus] = nil }
    case .multiChoice(var state):
      state.move(edit)
      fields[focus].value = .multiChoice(state)
    }
  }

  /// ↑/↓: a row up or down in a multi-line field (`width` is its rows' width), the previous
  /// or next suggestion while a list or picker shows some; else the previous or next field.
  public mutating func arrow(_ step: Int, width: Int) {
    guard fields.indices.contains(focus) else { return }
    switch fields[focus].value {
    case .text(let field) where fields[focus].isMultiline:
      let rows = TextRows(field.text, width: width)
      let (row, column) = rows.position(of: field.cursor)
      guard rows.rows.indices.contains(row + step) else { return moveFocus(step) }
      let offset = rows.offset(inRow: row + step, column: column)
      fields[focus].value = .text(TextFieldState(field.text, cursor: offset))
    case .tags(var state):
      guard state.moveHighlight(step) else { return moveFocus(step) }
      fields[focus].value = .tags(state)
    case .people(var picker):
      guard picker.moveHighlight(step) else { return moveFocus(step) }
      fields[focus].value = .people(picker)
    default:
      moveFocus(step)
    }
  }

  /// Enter: a newline in a multi-line field; takes the highlighted suggestion of a list or
  /// picker that shows some; else the next field.
  public mutating func enter() {
    guard fields.indices.contains(focus) else { return }
    switch fields[focus].value {
    case .text where fields[focus].isMultiline:
      type("\n")
    case .tags(var state) where state.acceptSuggestion():
      fields[focus].value = .tags(state)
      errors[focus] = nil
    case .people(var picker) where picker.pick():
      fields[focus].value = .people(picker)
      errors[focus] = nil
    default:
      moveFocus(1)
    }
  }

  /// Esc while a picker has a query: the query goes. False when there was nothing to drop
  /// (Esc then cancels the form).
  public mutating func dismissQuery() -> Bool {
    guard fields.indices.contains(focus), case .people(var picker) = fields[focus].value,
      picker.clearQuery()
    else { return false }
    fields[focus].value = .people(picker)
    return true
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

  mutating func setConflicts(_ found: [FieldConflict]) { conflicts = found }

  /// The form is asking a question (y/n) and takes no text meanwhile.
  var isAsking: Bool { isConfirmingDiscard || !conflicts.isEmpty }
}

/// A field changed both in the form and, meanwhile, by someone else: its label and the two
/// values as the form shows them.
public struct FieldConflict: Hashable, Sendable {
  public let key: String
  public let label: String
  /// On the board now (another fabriek, `fabriek idea …`, an import saved it).
  public let theirs: String
  /// In the form.
  public let yours: String
}

/// What a form is for: a new or an existing idea, a part of one, a note, a person or a session.
public enum FormKind: Hashable, Sendable {
  case newIdea
  /// `e`: every field of the idea in sections, prefilled.
  case editIdea(IdeaID)
  /// `N`: a quick note on the focused idea.
  case note(IdeaID)
  /// `x` in the detail: the idea's exit plan.
  case exitPlan(IdeaID)
  /// `M` in the detail (or on the board): the idea's enrichment modules.
  case enrichment(IdeaID)
  /// `F` in the detail (or on the board): the idea's financing applications.
  case financing(IdeaID)
  /// `I` in the detail (or on the board): the idea's indicators.
  case indicators(IdeaID)
  /// A person from `:people` (nil: a new one).
  case person(PersonID?)
  /// A session from `:sessions` (nil: a new one).
  case session(SessionID?)
  /// `:criteria`: ticking the idea's exit criteria.
  case exitCriteria(IdeaID)
  /// The outcome asked when an idea moves to Exited, to go at `index` in that column.
  case departure(IdeaID, index: Int?)
  /// `:followup`: an alumni follow-up.
  case followUp(IdeaID)
}

/// The keys of form mode, as values.
public enum FormAction: Hashable, Sendable {
  /// Tab / Shift-Tab.
  case focusField(Action.Direction)
  /// ↑/↓: a row in a multi-line field, a suggestion in a list or picker, else a field.
  case arrow(Action.Direction)
  case edit(TextEdit)
  /// Enter: a newline in a multi-line field, a suggestion in a list or picker, else the next field.
  case newline
  /// Ctrl-S.
  case save
  /// Esc: cancel (asks first when something changed).
  case cancel
  /// Ctrl-O / F2: edit the focused multi-line field in `$VISUAL`/`$EDITOR`.
  case openEditor
}
