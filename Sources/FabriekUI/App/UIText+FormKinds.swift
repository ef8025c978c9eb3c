/// The words of the date and amount fields and of the exit-plan form.
extension UIText {
  static func notADate(_ text: String) -> String {
    "“\(text)” is not a date (use 2027-03-01, today, +3d, +2w or +1m)"
  }
  static func notAnAmount(_ text: String) -> String { "“\(text)” is not an amount in euro (like 12.500,50)" }
  static func exitPlanTitle(_ code: String) -> String { "Exit plan of \(code)" }
  static let fieldCriteria = "Criteria"
  static let fieldCriteriaHelp = "required; when is the idea done here? Enter starts a new line"
  static let fieldTargetDate = "Target date"
  static let fieldDateHelp = "2027-03-01, today, +3d, +2w or +1m"
  static let fieldStatus = "Status"
  static let fieldOutcome = "Outcome"
  static let fieldOutcomeHelp = "what came of it; Enter starts a new line"
  static let noIdeaForExitPlan = "No idea to plan the exit of here"
}

/// The words of the list, multi-choice and people fields.
extension UIText {
  /// The last line of a picker's list: a person made from what was typed, on save.
  static func newPersonOption(_ name: String) -> String { "+ new person “\(name)”" }
  /// After the name of a person who will be made on save.
  static let newPersonMark = "(new)"
  /// An empty list or multi-choice when it is not focused.
  static let noneChosen = "—"
  /// Before what a date or amount field reads as.
  static let resolvedPrefix = "→ "
  static let multiChoiceHelp = "←/→ to an option, Space turns it on or off"
  static let tagsCompletionHelp = "separated by commas; ↑/↓ and Enter take a suggestion"
  static let peopleHelp = "type a name; ↑/↓ and Enter take one; Backspace removes the last"
  static let personHelp = "type a name; ↑/↓ and Enter take one"
}

/// The words of the edit-idea form's people and impact sections.
extension UIText {
  static let fieldOriginName = "Origin name"
  static let fieldOriginNameHelp = "the campaign's or session's name, if any"
  static let originNeedsKind = "Choose the kind of origin for this name"
  static let fieldInnovators = "Innovators"
  static let fieldCoach = "Coach"
  static let fieldMentors = "Mentors"
  static let fieldTheoryOfChange = "Theory of change"
}
