import FabriekCore

/// The person form (`:people`, then Enter or `n`): name and contact, roles and skills,
/// mentoring, privacy. Saving commits one `.addPerson` or one `.editPerson`, checked with the
/// domain's `Rules.person`.
extension Form {
  public static func person(_ person: Person?, id: PersonID, context: FormContext) -> Form {
    let p = person ?? Person(id: id, givenName: "", familyName: "")
    let contact = UIText.sectionNameContact
    let skills = UIText.sectionRolesSkills
    let mentoring = UIText.sectionMentoring
    let privacy = UIText.sectionPrivacy
    let roles = PersonRole.allCases
    func text(_ key: String, _ label: String, _ section: String, _ value: String, help: String = "") -> FormField {
      FormField(key: key, label: label, help: help, section: section, value: .text(.init(value)))
    }
    return Form(
      kind: .person(person?.id),
      title: person.map { UIText.editPersonTitle($0.id.code, $0.fullName) }
        ?? UIText.newPersonTitle,
      fields: [
        FormField(
          key: "givenName", label: UIText.fieldGivenName, isRequired: true, section: contact,
          value: .text(.init(p.givenName))),
        text("familyName", UIText.fieldFamilyName, contact, p.familyName),
        text("email", UIText.fieldEmail, contact, p.email, help: UIText.fieldEmailHelp),
        text("phone", UIText.fieldPhone, contact, p.phone),
        text("organisation", UIText.fieldOrganisation, contact, p.organisation),
        FormField(
          key: "roles", label: UIText.fieldRoles, help: UIText.multiChoiceHelp, section: skills,
          value: .multiChoice(
            MultiChoiceState(
              options: roles.map(UIText.role), selected: Set(p.roles.compactMap { roles.firstIndex(of: $0) })))),
        FormField(
          key: "expertise", label: UIText.fieldExpertise, help: UIText.tagsCompletionHelp, section: skills,
          value: .tags(.init(p.expertise, known: context.expertise))),
        FormField(
          key: "languages", label: UIText.fieldLanguages, help: UIText.fieldLanguagesHelp, section: skills,
          value: .tags(.init(p.languages, known: context.languages))),
        FormField(
          key: "mentorCapacity", label: UIText.fieldMentorCapacity, help: UIText.fieldMentorCapacityHelp,
          section: mentoring, format: .number, value: .text(.init(p.mentorCapacity.map(String.init) ?? ""))),
        FormField(
          key: "hoursBudget", label: UIText.fieldHoursBudget, help: UIText.fieldHoursBudgetHelp, section: mentoring,
          format: .number, value: .text(.init(p.hoursBudget.map(String.init) ?? ""))),
        FormField(
          key: "consentDate", label: UIText.fieldConsentDate, help: UIText.fieldDateHelp, section: privacy,
          format: .date, value: .text(.init(p.consentDate.map(Format.typedDay) ?? ""))),
        text(
          "consentPurpose", UIText.fieldConsentPurpose, privacy, p.consentPurpose, help: UIText.fieldConsentPurposeHelp),
        FormField(
          key: "retentionDate", label: UIText.fieldRetentionDate, help: UIText.fieldRetentionDateHelp,
          section: privacy, format: .date, value: .text(.init(p.retentionDate.map(Format.typedDay) ?? ""))),
        FormField(
          key: "showFullName", label: UIText.fieldShowFullName, help: UIText.fieldShowFullNameHelp, section: privacy,
          value: .choice(options: [UIText.no, UIText.yes], selected: p.showFullName ? 1 : 0)),
      ])
  }

  /// The person the form says, made from `base` (the record being edited, or an empty one with
  /// the new id); or the reasons against its values by field key: numbers and dates that do not
  /// read, then every rule of `Rules.person` that fails.
  func personValue(base: Person, today: Day) -> Result<Person, FormProblems> {
    var problems: [String: String] = [:]
    var p = base
    func read<T>(_ key: String, _ parse: (String) throws(FormProblem) -> T?) -> T? {
      do { return try parse(text(key)) } catch {
        problems[key] = error.reason
        return nil
      }
    }
    p.givenName = text("givenName").trimmingCharactersInWhitespace()
    p.familyName = text("familyName").trimmingCharactersInWhitespace()
    p.email = text("email").trimmingCharactersInWhitespace()
    p.phone = text("phone").trimmingCharactersInWhitespace()
    p.organisation = text("organisation").trimmingCharactersInWhitespace()
    let roles = PersonRole.allCases
    p.roles = chosenOptions("roles").compactMap { roles.indices.contains($0) ? roles[$0] : nil }
    p.expertise = list("expertise")
    p.languages = list("languages").map { $0.lowercased() }
    p.mentorCapacity = read("mentorCapacity", FieldParse.optionalNumber)
    p.hoursBudget = read("hoursBudget", FieldParse.optionalNumber)
    p.consentDate = read("consentDate") { (s) throws(FormProblem) in try FieldKinds.date(s, today: today) }
    p.consentPurpose = text("consentPurpose").trimmingCharactersInWhitespace()
    p.retentionDate = read("retentionDate") { (s) throws(FormProblem) in try FieldKinds.date(s, today: today) }
    p.showFullName = choice("showFullName") == 1
    for (key, reason) in Self.ruleProblems(p) where problems[key] == nil { problems[key] = reason }
    return problems.isEmpty ? .success(p) : .failure(FormProblems(byKey: problems))
  }

  /// Every reason `Rules.person` has against a person, by the form's field key (the first
  /// for a field that has several).
  static func ruleProblems(_ person: Person) -> [String: String] {
    var problems: [String: String] = [:]
    for v in Rules.person(person) where problems[key(of: v.field)] == nil {
      problems[key(of: v.field)] = v.reason.text
    }
    return problems
  }

  /// The form's key of a field `Rules.person` names.
  static func key(of field: PersonField) -> String {
    switch field {
    case .name, .givenName: "givenName"
    case .familyName: "familyName"
    case .email: "email"
    case .languages: "languages"
    case .mentorCapacity: "mentorCapacity"
    case .hoursBudget: "hoursBudget"
    case .expertise: "expertise"
    }
  }
}

extension AppState {
  /// The form of a person on the board, or of a new one (nil).
  mutating func personForm(_ id: PersonID?) -> Form? {
    let context = formContext()
    guard let id else { return .person(nil, id: PersonID(board.nextPerson), context: context) }
    guard let person = board.people[id] else {
      message = StatusMessage(UIText.noPersonToEdit, isError: true)
      return nil
    }
    return .person(person, id: id, context: context)
  }

  mutating func savePersonForm(_ current: Form, id: PersonID?) -> [Effect] {
    let new = Person(id: PersonID(board.nextPerson), givenName: "", familyName: "")
    guard let base = formBase(id, in: board.people, new: new, gone: UIText.noPersonToEdit) else { return [] }
    let result = current.personValue(base: base, today: now.day)
    guard accept(current, problems: result.problems), case .success(let person) = result else { return [] }
    closeForm()
    guard id == nil || person != base else {
      message = StatusMessage(UIText.formNothingChanged)
      return []
    }
    returnToList(on: .person(person.id))
    return commit(id == nil ? .addPerson(person) : .editPerson(person), purpose: .change, follow: nil)
  }
}
