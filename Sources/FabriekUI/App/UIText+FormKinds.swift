import FabriekCore

/// The words of the date and amount fields and of the exit-plan form.
extension UIText {
  static func notADate(_ text: String) -> String { tr("form.notADate", ["text": text]) }
  static func notAnAmount(_ text: String) -> String { tr("form.notAnAmount", ["text": text]) }
  static func exitPlanTitle(_ code: String) -> String { tr("form.exitPlanTitle", ["code": code]) }
  static var fieldCriteria: String { tr("form.criteria") }
  static var fieldCriteriaHelp: String { tr("form.criteriaHelp") }
  static var fieldTargetDate: String { tr("form.targetDate") }
  static var fieldDateHelp: String { tr("form.dateHelp") }
  static var fieldStatus: String { tr("form.status") }
  static var fieldOutcome: String { tr("form.outcome") }
  static var fieldOutcomeHelp: String { tr("form.outcomeHelp") }
  static var noIdeaForExitPlan: String { tr("form.noIdeaForExitPlan") }
}

/// The words of the list, multi-choice and people fields.
extension UIText {
  /// The last line of a picker's list: a person made from what was typed, on save.
  static func newPersonOption(_ name: String) -> String { tr("form.newPersonOption", ["name": name]) }
  /// After the name of a person who will be made on save.
  static var newPersonMark: String { tr("form.newPersonMark") }
  /// An empty list or multi-choice when it is not focused.
  static let noneChosen = "—"
  /// Before what a date or amount field reads as.
  static let resolvedPrefix = "→ "
  static var multiChoiceHelp: String { tr("form.multiChoiceHelp") }
  static var tagsCompletionHelp: String { tr("form.tagsCompletionHelp") }
  static var peopleHelp: String { tr("form.peopleHelp") }
  static var personHelp: String { tr("form.personHelp") }
}

/// The words of the edit-idea form's people and impact sections.
extension UIText {
  static var fieldOriginName: String { tr("form.originName") }
  static var fieldOriginNameHelp: String { tr("form.originNameHelp") }
  static var originNeedsKind: String { tr("form.originNeedsKind") }
  static var fieldInnovators: String { tr("form.innovators") }
  static var fieldCoach: String { tr("form.coach") }
  static var fieldMentors: String { tr("form.mentors") }
  static var fieldTheoryOfChange: String { tr("form.theoryOfChange") }
}
