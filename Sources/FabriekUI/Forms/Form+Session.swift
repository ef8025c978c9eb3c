import FabriekCore

/// The session form (`:sessions`, then Enter or `n`): kind, title, date, facilitator,
/// participants and the agenda as idea codes (shown resolved to titles). Saving commits one
/// `.addSession` or `.editSession` (votes untouched), with the people typed in as new in the
/// same batch.
extension Form {
  public static func session(_ session: Session?, today: Day, context: FormContext) -> Form {
    let kinds = SessionKind.allCases
    let kind = session.flatMap { s in kinds.firstIndex(of: s.kind) } ?? 0
    return Form(
      kind: .session(session?.id), title: session.map { UIText.editSessionTitle($0.id.code) } ?? UIText.newSessionTitle,
      fields: [
        FormField(
          key: "kind", label: UIText.fieldSessionKind, value: .choice(options: kinds.map(\.label), selected: kind)),
        FormField(
          key: "title", label: UIText.fieldTitle, help: UIText.fieldSessionTitleHelp, isRequired: true,
          value: .text(.init(session?.title ?? ""))),
        FormField(
          key: "date", label: UIText.fieldDate, help: UIText.fieldDateHelp, isRequired: true, format: .date,
          value: .text(.init(Format.typedDay(session?.date ?? today)))),
        FormField(
          key: "facilitator", label: UIText.fieldFacilitator, help: UIText.personHelp,
          value: .people(
            .init(chosen: session?.facilitator.map { [$0] } ?? [], directory: context.directory, single: true))),
        FormField(
          key: "participants", label: UIText.fieldParticipants, help: UIText.peopleHelp,
          value: .people(.init(chosen: session?.participants ?? [], directory: context.directory))),
        FormField(
          key: "agenda", label: UIText.fieldAgenda, help: UIText.fieldAgendaHelp, format: .ideaCodes,
          value: .text(.init(session?.agenda.map(\.code).joined(separator: ", ") ?? ""))),
      ])
  }

  /// The session the form says, made from `base` (its votes kept); or the reasons against its
  /// values by field key. `person` gives the id of a person chosen in a picker (a new one gets
  /// an id and is made in the same operation).
  func sessionValue(base: Session, today: Day, person: (PersonChoice, PersonRole) -> PersonID)
    -> Result<Session, FormProblems>
  {
    var problems: [String: String] = [:]
    var s = base
    let kinds = SessionKind.allCases
    if kinds.indices.contains(choice("kind")) { s.kind = kinds[choice("kind")] }
    s.title = text("title").trimmingCharactersInWhitespace()
    do {
      if let day = try FieldKinds.date(text("date"), today: today) { s.date = day }
    } catch { problems["date"] = error.reason }
    s.facilitator = people("facilitator").first.map { person($0, .staff) }
    var seen = Set<PersonID>()
    s.participants = people("participants").map { person($0, .innovator) }.filter { seen.insert($0).inserted }
    do { s.agenda = try FieldKinds.ideaCodes(text("agenda")) } catch { problems["agenda"] = error.reason }
    return problems.isEmpty ? .success(s) : .failure(FormProblems(byKey: problems))
  }
}

extension FieldKinds {
  /// "I-0001, I-0042 7" → the ids, in order; a word that is no idea code is refused.
  public static func ideaCodes(_ text: String) throws(FormProblem) -> [IdeaID] {
    var ids: [IdeaID] = []
    for word in text.split(whereSeparator: { $0 == "," || $0.isWhitespace }) {
      guard let id = IdeaID(code: String(word)) else { throw FormProblem(reason: UIText.notAnIdeaCode(String(word))) }
      ids.append(id)
    }
    return ids
  }

  /// The agenda as titles, shown beside the field: "Repair café Gent · I-0999 ?"; nil when the
  /// text is empty or does not read.
  public static func resolvedIdeas(_ text: String, title: (IdeaID) -> String?) -> String? {
    guard let ids = try? ideaCodes(text), !ids.isEmpty else { return nil }
    return ids.map { title($0) ?? UIText.unknownIdea($0.code) }.joined(separator: " · ")
  }
}

extension AppState {
  /// The form of a session on the board, or of a new one (nil).
  mutating func sessionForm(_ id: SessionID?) -> Form? {
    let context = formContext()
    guard let id else { return .session(nil, today: now.day, context: context) }
    guard let session = board.sessions[id] else {
      message = StatusMessage(UIText.noSessionToEdit, isError: true)
      return nil
    }
    return .session(session, today: now.day, context: context)
  }

  mutating func saveSessionForm(_ current: Form, id: SessionID?) -> [Effect] {
    let new = Session(id: SessionID(board.nextSession), kind: .visionSession, title: "", date: now.day)
    guard let base = formBase(id, in: board.sessions, new: new, gone: UIText.noSessionToEdit) else { return [] }
    var newPeople = NewPeople(next: board.nextPerson)
    let result = current.sessionValue(base: base, today: now.day) { newPeople.id(for: $0, role: $1) }
    var problems = result.problems
    if case .success(let session) = result {
      problems = sessionRuleProblems(session, new: Set(newPeople.people.map(\.id)))
    }
    guard accept(current, problems: problems), case .success(let session) = result else { return [] }
    closeForm()
    guard id == nil || session != base || !newPeople.people.isEmpty else {
      message = StatusMessage(UIText.formNothingChanged)
      return []
    }
    returnToList(on: .session(session.id))
    let op: BoardOperation = id == nil ? .addSession(session) : .editSession(session)
    return commit(newPeople.operation(with: op), purpose: .change, follow: nil)
  }

  /// The domain's reasons against a session, by the form's field key (the first for a field
  /// that has several); the people made in the same operation are not on the board yet, so
  /// the check leaves them out.
  func sessionRuleProblems(_ session: Session, new: Set<PersonID>) -> [String: String] {
    var probe = session
    probe.facilitator = session.facilitator.flatMap { new.contains($0) ? nil : $0 }
    probe.participants = session.participants.filter { !new.contains($0) }
    var problems: [String: String] = [:]
    for v in board.violations(session: probe) where problems[Form.key(of: v.field)] == nil {
      problems[Form.key(of: v.field)] = v.reason.text
    }
    return problems
  }
}

extension Form {
  /// The form's key of a field the session rules name; votes are not in the form, and a
  /// reason about them goes beside the agenda.
  static func key(of field: SessionField) -> String {
    switch field {
    case .title: "title"
    case .facilitator: "facilitator"
    case .participants: "participants"
    case .agenda, .votes: "agenda"
    }
  }
}
