/// The forms' words.
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
  static func changedElsewhere(_ code: String) -> String {
    "\(code) was changed elsewhere meanwhile: nothing saved yet"
  }
  static let changedHeading = "Changed by someone else since you opened this form:"
  static let changedTheirs = "theirs "
  static let changedYours = "yours  "
  static func changedMore(_ n: Int) -> String { n == 1 ? "… and 1 more field" : "… and \(n) more fields" }
  static let changedPrompt = "y save yours over theirs   n/Esc keep editing"
  static let keptEditing = "Nothing saved; the form keeps what you typed (Ctrl-S asks again)"
  static let pasteNeedsText =
    "Nothing here takes pasted text: paste into a text field, the search (/) or the palette (:)"
}

/// The edit-idea form's words.
extension UIText {
  static func editIdeaTitle(_ code: String) -> String { "Edit \(code)" }
  static let sectionDetails = "Details"
  static let fieldRegion = "Region"
  static let fieldValueModel = "Value model"
  static let fieldDescription = "Description"
  static let fieldDescriptionHelp = "Enter starts a new line"
  static let fieldTags = "Tags"
  static let fieldTagsHelp = "separated by commas"
  static let fieldReadiness = "Readiness"
  static let fieldReadinessHelp = "a level from 1 to 9, or empty"
  static let fieldSDGs = "SDGs"
  static let fieldSDGsHelp = "←/→ or type a number to go to a goal, Space turns it on or off"
  static let noIdeaToEdit = "No idea to edit here"
  static let formNothingChanged = "Nothing changed"
  static func notANumber(_ text: String) -> String { "“\(text)” is not a whole number" }
}

/// The external editor's words.
extension UIText {
  static let editorNeedsMultiline = "Only a multi-line field opens in the editor"
  static func editorFailed(_ editor: String) -> String {
    "The editor “\(editor)” failed; the field is unchanged (check $VISUAL / $EDITOR)"
  }
  static let editorCannotWrite = "Cannot make a temporary file for the editor; the field is unchanged"
}

/// The quick note form's words.
extension UIText {
  static func noteTitle(_ code: String) -> String { "Note on \(code)" }
  static let fieldNote = "Note"
  static let fieldNoteHelp = "Enter starts a new line; Ctrl-O opens $VISUAL / $EDITOR"
  static let noIdeaToNote = "No idea to add a note to here"
}
