import FabriekCore

/// The new-idea form (`n`): the few fields needed to start; only the title is required.
extension Form {
  static let notSet = 0

  public static func newIdea(context: FormContext) -> Form {
    Form(
      kind: .newIdea, title: UIText.newIdeaTitle,
      fields: [
        FormField(
          key: "title", label: UIText.fieldTitle, help: UIText.fieldTitleHelp, isRequired: true, value: .text(.init())),
        FormField(key: "pitch", label: UIText.fieldPitch, help: UIText.fieldPitchHelp, value: .text(.init())),
        FormField(
          key: "applicant", label: UIText.fieldApplicantKind,
          value: .choice(options: [UIText.notSet] + ApplicantKind.allCases.map(\.label), selected: notSet)),
        FormField(
          key: "innovators", label: UIText.fieldInnovators, help: UIText.peopleHelp,
          value: .people(.init(chosen: [], directory: context.directory))),
        FormField(
          key: "origin", label: UIText.fieldOrigin,
          value: .choice(options: [UIText.notSet] + OriginKind.allCases.map(\.label), selected: notSet)),
      ])
  }

  /// The domain's reasons against the new idea's values, by field key.
  func newIdeaProblems() -> [String: String] {
    var problems: [String: String] = [:]
    problems["title"] = Rules.title(text("title")).first?.text
    problems["pitch"] = Rules.length(text("pitch"), max: Rules.maxShortText).first?.text
    return problems
  }

  /// The idea the form describes, in the first stage; `person` gives the id of a chosen
  /// innovator (a new one gets an id and is made in the same operation).
  func newIdea(id: IdeaID, stage: String, created: Timestamp, person: (PersonChoice, PersonRole) -> PersonID) -> Idea {
    var idea = Idea(
      id: id, title: text("title").trimmingCharactersInWhitespace(), stage: stage, created: created,
      pitch: text("pitch").trimmingCharactersInWhitespace())
    let applicant = choice("applicant")
    if applicant != Self.notSet, ApplicantKind.allCases.indices.contains(applicant - 1) {
      idea.applicantKind = ApplicantKind.allCases[applicant - 1]
    }
    idea.innovators = people("innovators").map { person($0, .innovator) }
    let origin = choice("origin")
    if origin != Self.notSet, OriginKind.allCases.indices.contains(origin - 1) {
      idea.origin = Origin(kind: OriginKind.allCases[origin - 1])
    }
    return idea
  }
}
