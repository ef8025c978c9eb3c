import FabriekCore

/// The edit-idea form (`e`): the idea's fields in sections, prefilled; saving commits one
/// `.editIdea` holding only the fields that changed.
extension Form {
  public static func editIdea(_ idea: Idea, context: FormContext) -> Form {
    let overview = UIText.sectionOverview
    let people = UIText.sectionPeople
    let details = UIText.sectionDetails
    let impact = UIText.sectionImpact
    return Form(
      kind: .editIdea(idea.id), title: UIText.editIdeaTitle(idea.id.code),
      fields: [
        FormField(
          key: "title", label: UIText.fieldTitle, help: UIText.fieldTitleHelp, isRequired: true, section: overview,
          value: .text(.init(idea.title))),
        FormField(
          key: "pitch", label: UIText.fieldPitch, help: UIText.fieldPitchHelp, section: overview,
          value: .text(.init(idea.pitch))),
        choiceField(
          "applicant", UIText.fieldApplicantKind, overview, ApplicantKind.allCases, idea.applicantKind, \.label),
        choiceField("origin", UIText.fieldOrigin, overview, OriginKind.allCases, idea.origin?.kind, \.label),
        FormField(
          key: "originName", label: UIText.fieldOriginName, help: UIText.fieldOriginNameHelp, section: overview,
          value: .text(.init(idea.origin?.name ?? ""))),
        choiceField("region", UIText.fieldRegion, overview, Region.allCases, idea.region, \.label),
        choiceField("valueModel", UIText.fieldValueModel, overview, ValueModel.allCases, idea.valueModel, \.label),
        FormField(
          key: "innovators", label: UIText.fieldInnovators, help: UIText.peopleHelp, section: people,
          value: .people(.init(chosen: idea.innovators, directory: context.directory))),
        FormField(
          key: "coach", label: UIText.fieldCoach, help: UIText.personHelp, section: people,
          value: .people(.init(chosen: idea.coach.map { [$0] } ?? [], directory: context.directory, single: true))),
        FormField(
          key: "mentors", label: UIText.fieldMentors, help: UIText.peopleHelp, section: people,
          value: .people(.init(chosen: idea.mentors, directory: context.directory))),
        FormField(
          key: "description", label: UIText.fieldDescription, help: UIText.fieldDescriptionHelp, section: details,
          isMultiline: true, value: .text(.init(idea.description))),
        FormField(
          key: "tags", label: UIText.fieldTags, help: UIText.tagsCompletionHelp, section: details,
          value: .tags(.init(idea.tags, known: context.tags))),
        FormField(
          key: "readiness", label: UIText.fieldReadiness, help: UIText.fieldReadinessHelp, section: details,
          format: .number, value: .text(.init(idea.readiness.map(String.init) ?? ""))),
        FormField(
          key: "sdgs", label: UIText.fieldSDGs, help: UIText.fieldSDGsHelp, section: details,
          value: .multiChoice(SDG.picker(idea.sdgs))),
        FormField(
          key: "theoryOfChange", label: UIText.fieldTheoryOfChange, help: UIText.fieldDescriptionHelp,
          section: impact, isMultiline: true, value: .text(.init(idea.theoryOfChange))),
      ])
  }

  /// A choice among "not set" and the cases, the current one selected.
  static func choiceField<T: Equatable>(
    _ key: String, _ label: String, _ section: String, _ cases: [T], _ current: T?, _ name: (T) -> String
  ) -> FormField {
    let selected = current.flatMap { c in cases.firstIndex(of: c) }.map { $0 + 1 } ?? notSet
    return FormField(
      key: key, label: label, section: section,
      value: .choice(options: [UIText.notSet] + cases.map(name), selected: selected))
  }

  /// The case a choice field selects, nil for "not set".
  func chosen<T>(_ key: String, among cases: [T]) -> T? {
    let index = choice(key) - 1
    return cases.indices.contains(index) ? cases[index] : nil
  }

  /// The edits that turn `idea` (as it is on the board now) into what the form says, for the
  /// fields the user changed only;
  /// or the domain's reasons against the values, by field key. `person` gives the id of a
  /// person chosen in a picker (a new one gets an id and is made in the same operation).
  func ideaEdits(from idea: Idea, person: (PersonChoice, PersonRole) -> PersonID) -> Result<[IdeaEdit], FormProblems> {
    var edits: [IdeaEdit] = []
    var problems: [String: String] = [:]
    func check(_ key: String, _ make: () throws -> IdeaEdit) {
      guard isChanged(key) else { return }
      do {
        let edit = try make()
        try FieldParse.check(edit)
        edits.append(edit)
      } catch { problems[key] = (error as? FormProblem)?.reason ?? String(describing: error) }
    }
    check("title") { .title(text("title").trimmingCharactersInWhitespace()) }
    check("pitch") { .pitch(text("pitch").trimmingCharactersInWhitespace()) }
    check("applicant") { .applicantKind(chosen("applicant", among: ApplicantKind.allCases)) }
    if isChanged("origin") || isChanged("originName") {
      // One edit holds both; the half the user left alone keeps what the board has now, in
      // case another fabriek changed it meanwhile.
      let typed = text("originName").trimmingCharactersInWhitespace()
      let name = isChanged("originName") ? (typed.isEmpty ? nil : typed) : idea.origin?.name
      let kind = isChanged("origin") ? chosen("origin", among: OriginKind.allCases) : idea.origin?.kind
      if let kind {
        edits.append(.origin(Origin(kind: kind, name: name)))
      } else if name == nil {
        edits.append(.origin(nil))
      } else {
        problems["origin"] = UIText.originNeedsKind
      }
    }
    check("region") { .region(chosen("region", among: Region.allCases)) }
    check("valueModel") { .valueModel(chosen("valueModel", among: ValueModel.allCases)) }
    check("innovators") { .innovators(people("innovators").map { person($0, .innovator) }) }
    check("coach") { .coach(people("coach").first.map { person($0, .staff) }) }
    check("mentors") { .mentors(people("mentors").map { person($0, .mentor) }) }
    check("description") { .description(text("description")) }
    check("tags") { .tags(list("tags")) }
    check("readiness") { .readiness(try FieldParse.optionalNumber(text("readiness"))) }
    check("sdgs") { .sdgs(chosenOptions("sdgs").map { $0 + 1 }) }
    check("theoryOfChange") { .theoryOfChange(text("theoryOfChange").trimmingCharactersInWhitespace()) }
    return problems.isEmpty ? .success(edits) : .failure(FormProblems(byKey: problems))
  }
}

/// The reasons against a form's values, by field key.
struct FormProblems: Error, Hashable, Sendable {
  let byKey: [String: String]
}

extension Result where Failure == FormProblems {
  /// The reasons by field key; none for a value.
  var problems: [String: String] {
    if case .failure(let found) = self { return found.byKey }
    return [:]
  }
}

/// Why a field's text is not a value: a parse error or a rule of the domain.
public struct FormProblem: Error, Hashable, Sendable {
  public let reason: String
}

/// Turning a field's text into a value, and the domain's rules for it.
enum FieldParse {
  /// The domain's rule for one edit of the form's fields, as a reason to show beside the field.
  static func check(_ edit: IdeaEdit) throws(FormProblem) {
    if let first = Rules.idea(edit).first { throw FormProblem(reason: first.reason.text) }
  }

  /// "a, b ,c" → ["a", "b", "c"]; empty items are left out.
  static func list(_ text: String) -> [String] {
    text.split(separator: ",").map { String($0).trimmingCharactersInWhitespace() }.filter { !$0.isEmpty }
  }

  /// A whole number, or nil for an empty field.
  static func optionalNumber(_ text: String) throws(FormProblem) -> Int? {
    let trimmed = text.trimmingCharactersInWhitespace()
    if trimmed.isEmpty { return nil }
    guard let number = Int(trimmed) else { throw FormProblem(reason: UIText.notANumber(trimmed)) }
    return number
  }

  /// "3, 11 17" → [3, 11, 17].
  static func numbers(_ text: String) throws(FormProblem) -> [Int] {
    var result: [Int] = []
    for item in text.split(whereSeparator: { $0 == "," || $0.isWhitespace }) {
      guard let number = Int(item) else { throw FormProblem(reason: UIText.notANumber(String(item))) }
      result.append(number)
    }
    return result
  }
}
