import FabriekCore

/// The forms' words.
extension UIText {
  static var newIdeaTitle: String { tr("form.newIdeaTitle") }
  static var fieldTitle: String { tr("form.title") }
  static var fieldTitleHelp: String { tr("form.titleHelp") }
  static var fieldPitch: String { tr("form.pitch") }
  static var fieldPitchHelp: String { tr("form.pitchHelp") }
  static var fieldApplicantKind: String { tr("form.applicantKind") }
  static var fieldOrigin: String { tr("form.origin") }
  static var notSet: String { tr("form.notSet") }
  static let requiredMark = "*"
  static func fieldRequired(_ label: String) -> String { tr("form.required", ["label": label]) }
  static var formInvalid: String { tr("form.invalid") }
  static var formDiscardPrompt: String { tr("form.discardPrompt") }
  static var formDiscarded: String { tr("form.discarded") }
  static func changedElsewhere(_ code: String) -> String { tr("form.changedElsewhere", ["code": code]) }
  static var changedHeading: String { tr("form.changedHeading") }
  /// "theirs " and "yours  ": the same width, so the two values line up.
  static var changedTheirs: String { sameWidth(tr("form.changedTheirs"), tr("form.changedYours")).0 }
  static var changedYours: String { sameWidth(tr("form.changedTheirs"), tr("form.changedYours")).1 }
  static func changedMore(_ n: Int) -> String { tr("form.changedMore", ["n": n]) }
  static var changedPrompt: String { tr("form.changedPrompt") }
  static var keptEditing: String { tr("form.keptEditing") }
  static var pasteNeedsText: String { tr("form.pasteNeedsText") }

  /// Two words padded to the wider one's width and a space.
  private static func sameWidth(_ a: String, _ b: String) -> (String, String) {
    let width = max(DisplayWidth.of(a), DisplayWidth.of(b)) + 1
    return (DisplayWidth.pad(a, to: width), DisplayWidth.pad(b, to: width))
  }
}

/// The edit-idea form's words.
extension UIText {
  static func editIdeaTitle(_ code: String) -> String { tr("form.editIdeaTitle", ["code": code]) }
  static var sectionDetails: String { tr("form.details") }
  static var fieldRegion: String { tr("form.region") }
  static var fieldValueModel: String { tr("form.valueModel") }
  static var fieldDescription: String { tr("form.description") }
  static var fieldDescriptionHelp: String { tr("form.descriptionHelp") }
  static var fieldTags: String { tr("form.tags") }
  static var fieldTagsHelp: String { tr("form.tagsHelp") }
  static var fieldReadiness: String { tr("form.readiness") }
  static var fieldReadinessHelp: String { tr("form.readinessHelp") }
  static var fieldSDGs: String { tr("form.sdgs") }
  static var fieldSDGsHelp: String { tr("form.sdgsHelp") }
  static var noIdeaToEdit: String { tr("form.noIdeaToEdit") }
  static var formNothingChanged: String { tr("form.nothingChanged") }
  static func notANumber(_ text: String) -> String { tr("form.notANumber", ["text": text]) }
}

/// The external editor's words.
extension UIText {
  static var editorNeedsMultiline: String { tr("form.editorNeedsMultiline") }
  static func editorFailed(_ editor: String) -> String { tr("form.editorFailed", ["editor": editor]) }
  static var editorCannotWrite: String { tr("form.editorCannotWrite") }
}

/// The quick note form's words.
extension UIText {
  static func noteTitle(_ code: String) -> String { tr("form.noteTitle", ["code": code]) }
  static var fieldNote: String { tr("form.note") }
  static var fieldNoteHelp: String { tr("form.noteHelp") }
  static var noIdeaToNote: String { tr("form.noIdeaToNote") }
}
