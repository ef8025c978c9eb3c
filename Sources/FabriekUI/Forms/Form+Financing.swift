import FabriekCore

/// The financing form (`F` in the detail and on the board): one section per application and
/// an empty one for a new application; saving commits one `.editIdea(id, [.financing(list)])`.
/// Each section's keys carry the application's id, so that saving keeps it.
extension Form {
  public static func financing(of idea: Idea) -> Form {
    var fields: [FormField] = []
    for (number, application) in idea.financing.enumerated() {
      fields += applicationFields(
        FinancingKeys(id: application.id), application,
        section: UIText.applicationSection(number + 1, funder: application.funder))
    }
    fields += applicationFields(FinancingKeys(id: nil), nil, section: UIText.newApplicationSection)
    return Form(kind: .financing(idea.id), title: UIText.financingTitle(idea.id.code), fields: fields)
  }

  private static func applicationFields(_ keys: FinancingKeys, _ application: FinancingApplication?, section: String)
    -> [FormField]
  {
    let kinds = FinancingKind.allCases
    let statuses = FinancingStatus.allCases
    return [
      FormField(
        key: keys.kind, label: UIText.fieldFinancingKind, section: section,
        value: .choice(
          options: kinds.map(\.label), selected: kinds.firstIndex(of: application?.kind ?? .feasibilityStudy) ?? 0)),
      FormField(
        key: keys.funder, label: UIText.fieldFunder,
        help: application == nil ? UIText.fieldNewFunderHelp : UIText.fieldFunderHelp, section: section,
        value: .text(.init(application?.funder ?? ""))),
      FormField(
        key: keys.asked, label: UIText.fieldAsked, help: UIText.fieldAskedHelp, section: section, format: .amount,
        value: .text(.init(application?.asked.description ?? ""))),
      FormField(
        key: keys.granted, label: UIText.fieldGranted, help: UIText.fieldGrantedHelp, section: section,
        format: .amount, value: .text(.init(application?.granted?.description ?? ""))),
      FormField(
        key: keys.status, label: UIText.fieldStatus, section: section,
        value: .choice(
          options: statuses.map(UIText.financingStatus),
          selected: statuses.firstIndex(of: application?.status ?? .draft) ?? 0)),
      FormField(
        key: keys.submitted, label: UIText.fieldSubmitted, help: UIText.fieldDateHelp, section: section,
        format: .date, value: .text(.init(application?.submitted.map(Format.typedDay) ?? ""))),
      FormField(
        key: keys.decided, label: UIText.fieldDecided, help: UIText.fieldDateHelp, section: section, format: .date,
        value: .text(.init(application?.decided.map(Format.typedDay) ?? ""))),
    ]
  }

  /// The applications the form says, in its order, followed by those of `idea` the form did
  /// not show (added elsewhere since it opened); or the reasons against the values, by key.
  /// A new application gets the highest id plus one.
  func financingValue(for idea: Idea, today: Day) -> Result<[FinancingApplication], FormProblems> {
    let sections = fields.compactMap { FinancingKeys(kindKey: $0.key) }
    let shown = Set(sections.compactMap(\.id))
    let unseen = idea.financing.filter { !shown.contains($0.id) }
    let nextID = ((idea.financing.map(\.id) + shown).max() ?? 0) + 1
    var applications: [FinancingApplication] = []
    var problems: [String: String] = [:]
    for keys in sections {
      switch application(keys, id: keys.id ?? nextID, today: today) {
      case .success(let application?): applications.append(application)
      case .success(nil): break
      case .failure(let reasons): problems.merge(reasons.byKey) { first, _ in first }
      }
    }
    return problems.isEmpty ? .success(applications + unseen) : .failure(FormProblems(byKey: problems))
  }

  /// One section's application; nil for a removed one (funder and amount cleared) and for
  /// the new section left empty.
  private func application(_ keys: FinancingKeys, id: LocalID, today: Day) -> Result<
    FinancingApplication?, FormProblems
  > {
    let funder = text(keys.funder).trimmingCharactersInWhitespace()
    let askedText = text(keys.asked).trimmingCharactersInWhitespace()
    let others = [keys.granted, keys.submitted, keys.decided].map { text($0).trimmingCharactersInWhitespace() }
    if funder.isEmpty && askedText.isEmpty && (keys.id != nil || others.allSatisfy(\.isEmpty)) {
      return .success(nil)
    }
    var problems: [String: String] = [:]
    func read<T>(_ key: String, _ parse: () throws(FormProblem) -> T?) -> T? {
      do { return try parse() } catch {
        problems[key] = error.reason
        return nil
      }
    }
    let asked = read(keys.asked) { () throws(FormProblem) in try FieldKinds.amount(askedText) }
    let granted = read(keys.granted) { () throws(FormProblem) in try FieldKinds.amount(text(keys.granted)) }
    let submitted = read(keys.submitted) { () throws(FormProblem) in
      try FieldKinds.date(text(keys.submitted), today: today)
    }
    let decided = read(keys.decided) { () throws(FormProblem) in try FieldKinds.date(text(keys.decided), today: today) }
    if funder.isEmpty { problems[keys.funder] = UIText.fieldRequired(UIText.fieldFunder) }
    if askedText.isEmpty { problems[keys.asked] = UIText.fieldRequired(UIText.fieldAsked) }
    guard problems.isEmpty, let asked else { return .failure(FormProblems(byKey: problems)) }
    let kinds = FinancingKind.allCases
    let statuses = FinancingStatus.allCases
    let application = FinancingApplication(
      id: id, kind: kinds.indices.contains(choice(keys.kind)) ? kinds[choice(keys.kind)] : .feasibilityStudy,
      funder: funder, asked: asked, granted: granted,
      status: statuses.indices.contains(choice(keys.status)) ? statuses[choice(keys.status)] : .draft,
      submitted: submitted, decided: decided)
    for v in Rules.financing([application], today: today) where problems[keys.key(of: v.field)] == nil {
      problems[keys.key(of: v.field)] = v.reason.text
    }
    return problems.isEmpty ? .success(application) : .failure(FormProblems(byKey: problems))
  }
}

/// The keys of one application's fields: `financing.3.funder` for the application with id 3,
/// `financing.new.funder` for the new one.
struct FinancingKeys: Hashable {
  private let keys: SectionKeys
  var id: LocalID? { keys.slot }

  init(id: LocalID?) { keys = SectionKeys("financing", slot: id) }

  /// The section whose kind field has this key (each section has one kind field).
  init?(kindKey key: String) {
    guard let keys = SectionKeys("financing", parsing: key, field: "kind") else { return nil }
    self.keys = keys
  }

  private func key(_ name: String) -> String { keys.key(name) }
  var kind: String { key("kind") }
  var funder: String { key("funder") }
  var asked: String { key("asked") }
  var granted: String { key("granted") }
  var status: String { key("status") }
  var submitted: String { key("submitted") }
  var decided: String { key("decided") }

  /// The key of the field a rule of the domain names (`Rules.financing`); a reason about the
  /// list as a whole goes beside the funder.
  func key(of field: FinancingField) -> String {
    switch field {
    case .applications, .funder: funder
    case .asked: asked
    case .granted: granted
    case .submitted: submitted
    case .decided: decided
    }
  }
}
