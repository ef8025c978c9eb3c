import FabriekCore

/// Saving the edit-idea form: one `.editIdea` with the changed fields only — together with
/// the people typed into its pickers, in one batch (one undo step). Other processes' changes
/// reach the board while the form is open (`.boardChanged`); a field the user changed that
/// one of them changed too is not overwritten without asking.
extension AppState {
  /// `overwriting`: the conflicts the user was shown and answered `y` to; a conflict not
  /// among them (the board changed again meanwhile) is asked about first.
  mutating func saveEditForm(_ current: Form, id: IdeaID, overwriting: [FieldConflict] = []) -> [Effect] {
    guard let idea = board.ideas[id] else {
      closeForm()
      message = StatusMessage(UIText.noIdeaToEdit, isError: true)
      return []
    }
    var newPeople = NewPeople(next: board.nextPerson)
    let result = current.ideaEdits(from: idea, person: { newPeople.id(for: $0, role: $1) })
    guard accept(current, problems: result.problems), case .success(let edits) = result else { return [] }
    let conflicts = current.conflicts(with: .editIdea(idea, context: formContext()))
    guard Set(conflicts).isSubset(of: overwriting) else {
      var asking = current
      asking.setConflicts(conflicts)
      form = asking
      message = StatusMessage(UIText.changedElsewhere(id.code), isError: true)
      return []
    }
    closeForm()
    guard !edits.isEmpty else {
      message = StatusMessage(UIText.formNothingChanged)
      return []
    }
    return commit(newPeople.operation(with: .editIdea(id, edits)), purpose: .change, follow: id)
  }
}

/// The people typed into a form's pickers by name: each gets the next free id once (the same
/// name in two pickers is one person) and is added in the same operation as the form.
struct NewPeople {
  private var next: Int
  private(set) var people: [Person] = []

  init(next: Int) { self.next = next }

  /// The id of a chosen person; a new one is made with the role the picker gives.
  mutating func id(for choice: PersonChoice, role: PersonRole) -> PersonID {
    switch choice {
    case .existing(let id): return id
    case .new(let typed):
      if let index = typedTexts.firstIndex(of: typed) {
        if !people[index].roles.contains(role) { people[index].roles.append(role) }
        return people[index].id
      }
      var person = Self.person(from: typed, id: PersonID(next))
      person.roles = [role]
      next += 1
      people.append(person)
      typedTexts.append(typed)
      return person.id
    }
  }

  /// The text each new person was made from, by index in `people`.
  private var typedTexts: [String] = []

  /// A person from what was typed in a picker: an e-mail address goes to the e-mail field
  /// and names the person after its local part (`noor.haddad@…` is Noor Haddad); otherwise
  /// the first word is the given name and the rest the family name.
  static func person(from typed: String, id: PersonID) -> Person {
    let text = typed.trimmingCharactersInWhitespace()
    if text.contains("@"), Rules.email(text).isEmpty {
      let local = text.prefix { $0 != "@" }
      let words = local.split { $0 == "." || $0 == "_" || $0 == "-" || $0 == "+" }
        .map { $0.prefix(1).uppercased() + $0.dropFirst() }
      let given = words.first ?? String(local)
      let family = words.dropFirst().joined(separator: " ")
      return Person(id: id, givenName: given, familyName: family, email: text)
    }
    let words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    return Person(
      id: id, givenName: words.first ?? text, familyName: words.dropFirst().joined(separator: " "))
  }

  /// The form's operation, after adding the new people when there are any.
  func operation(with op: BoardOperation) -> BoardOperation {
    people.isEmpty ? op : .batch(people.map(BoardOperation.addPerson) + [op])
  }
}
