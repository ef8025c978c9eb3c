/// The words of the date and amount fields and of the exit-plan form (issue 4).
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
