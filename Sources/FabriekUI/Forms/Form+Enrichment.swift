import FabriekCore

/// The enrichment-modules form (`M` in the detail and on the board): one section per kind of
/// module, in order, each with a status and notes; saving commits one
/// `.editIdea(id, [.enrichment(modules)])`.
extension Form {
  public static func enrichment(of idea: Idea) -> Form {
    var fields: [FormField] = []
    for kind in EnrichmentKind.allCases {
      let module = idea.enrichment.first { $0.kind == kind }
      let section = UIText.enrichmentSection(kind)
      let selected = module.flatMap { m in ModuleStatus.allCases.firstIndex(of: m.status) }.map { $0 + 1 } ?? 0
      fields.append(
        FormField(
          key: EnrichmentKeys.status(kind), label: UIText.fieldStatus, help: UIText.fieldModuleStatusHelp,
          section: section,
          value: .choice(
            options: [UIText.moduleNotStarted] + ModuleStatus.allCases.map(UIText.moduleStatus), selected: selected)))
      fields.append(
        FormField(
          key: EnrichmentKeys.notes(kind), label: UIText.fieldModuleNotes, help: UIText.fieldModuleNotesHelp,
          section: section, isMultiline: true, value: .text(.init(module?.notes ?? ""))))
    }
    return Form(kind: .enrichment(idea.id), title: UIText.enrichmentTitle(idea.id.code), fields: fields)
  }

  /// The modules the form says, in the order of their kinds: those with a status or with
  /// notes (notes without a status make a planned module); or the reasons against the notes.
  func enrichmentValue() -> Result<[EnrichmentModule], FormProblems> {
    var modules: [EnrichmentModule] = []
    var problems: [String: String] = [:]
    for kind in EnrichmentKind.allCases {
      let notes = text(EnrichmentKeys.notes(kind)).trimmingCharactersInWhitespace()
      let status = chosen(EnrichmentKeys.status(kind), among: ModuleStatus.allCases)
      if let reason = Rules.length(notes, max: Rules.maxLongText).first {
        problems[EnrichmentKeys.notes(kind)] = reason.text
      }
      guard status != nil || !notes.isEmpty else { continue }
      modules.append(EnrichmentModule(kind: kind, status: status ?? .planned, notes: notes))
    }
    return problems.isEmpty ? .success(modules) : .failure(FormProblems(byKey: problems))
  }
}

/// The keys of the enrichment form's fields, by kind of module.
enum EnrichmentKeys {
  static func status(_ kind: EnrichmentKind) -> String { "enrichment.\(kind.rawValue).status" }
  static func notes(_ kind: EnrichmentKind) -> String { "enrichment.\(kind.rawValue).notes" }
}
