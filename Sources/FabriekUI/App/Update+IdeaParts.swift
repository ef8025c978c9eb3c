import FabriekCore

/// The parts of an idea with a form of their own.
public enum IdeaPart: Hashable, Sendable, CaseIterable {
  /// `M`: the enrichment modules, each with a status and notes.
  case enrichment
  /// `F`: the financing applications.
  case financing
  /// `I`: the indicators of the theory of change.
  case indicators

  func formKind(_ id: IdeaID) -> FormKind {
    switch self {
    case .enrichment: .enrichment(id)
    case .financing: .financing(id)
    case .indicators: .indicators(id)
    }
  }
}

extension Form {
  /// The form of a part of `idea`; nil for a kind of form that is not one of its parts.
  static func part(_ kind: FormKind, of idea: Idea) -> Form? {
    switch kind {
    case .enrichment: .enrichment(of: idea)
    case .financing: .financing(of: idea)
    case .indicators: .indicators(of: idea)
    case .newIdea, .editIdea, .note, .exitPlan, .person, .session, .exitCriteria, .departure, .followUp: nil
    }
  }

  /// The one edit the form of a part says, or the reasons against its values by key.
  func partEdit(for idea: Idea, today: Day) -> Result<IdeaEdit, FormProblems> {
    switch kind {
    case .enrichment: enrichmentValue().map(IdeaEdit.enrichment)
    case .financing: financingValue(for: idea, today: today).map(IdeaEdit.financing)
    case .indicators: indicatorsValue().map(IdeaEdit.indicators)
    case .newIdea, .editIdea, .note, .exitPlan, .person, .session, .exitCriteria, .departure, .followUp:
      .failure(FormProblems(byKey: [:]))
    }
  }
}

extension IdeaEdit {
  /// The edit leaves the part as `idea` has it (modules in another order are the same).
  func leavesUnchanged(_ idea: Idea) -> Bool {
    switch self {
    case .enrichment(let modules): modules.count == idea.enrichment.count && Set(modules) == Set(idea.enrichment)
    case .financing(let applications): applications == idea.financing
    case .indicators(let indicators): indicators == idea.indicators
    default: false
    }
  }
}

extension AppState {
  /// `M`, `F`, `I` in the detail (or on the board): that part of the idea open in the detail,
  /// else of the focused card.
  mutating func openPartForm(_ part: IdeaPart) { openForm(onIdeaInView: part.formKind, none: UIText.noIdeaForPart) }

  /// Ctrl-S on the form of a part: one `.editIdea(id, [edit])` when something changed, else
  /// "Nothing changed"; an invalid form stays open with the reasons beside the fields.
  mutating func savePartForm(_ current: Form, id: IdeaID) -> [Effect] {
    guard let idea = board.ideas[id] else {
      closeForm()
      message = StatusMessage(UIText.noIdeaForPart, isError: true)
      return []
    }
    let result = current.partEdit(for: idea, today: now.day)
    guard accept(current, problems: result.problems), case .success(let edit) = result else { return [] }
    closeForm()
    guard current.isDirty, !edit.leavesUnchanged(idea) else {
      message = StatusMessage(UIText.formNothingChanged)
      return []
    }
    return commit(.editIdea(id, [edit]), purpose: .change, follow: id)
  }
}
