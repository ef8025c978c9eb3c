/// The forms' words (issue 4).
extension UIText {
  static let modeForm = "FORM"
  static let helpHeadingForm = "Form (type to fill in the focused field)"
  static let newIdeaTitle = "New idea"
  static let fieldTitle = "Title"
  static let fieldTitleHelp = "required; a few words"
  static let fieldPitch = "Pitch"
  static let fieldPitchHelp = "one or two sentences"
  static let fieldApplicantKind = "Applicant kind"
  static let fieldOrigin = "Origin"
  static let notSet = "not set"
  static let requiredMark = "*"
  static func fieldRequired(_ label: String) -> String { "\(label) is required" }
  static let formInvalid = "Not saved: correct the fields marked in red"
  static let formDiscardPrompt = "Discard changes? y/n"
  static let formDiscarded = "Changes discarded"
}
