import FabriekCore

/// The quick note form (`N` on the board): one multi-line field; saving adds a note by the
/// user, now, to the idea.
extension Form {
  public static func note(on idea: Idea) -> Form {
    Form(
      kind: .note(idea.id), title: UIText.noteTitle(idea.id.code),
      fields: [
        FormField(
          key: "text", label: UIText.fieldNote, help: UIText.fieldNoteHelp, isRequired: true, isMultiline: true,
          value: .text(.init()))
      ])
  }
}

extension AppState {
  /// `N` on the board (or in triage): a note on the focused idea (the candidate).
  mutating func openNoteForm() { openForm(onIdeaInView: FormKind.note, none: UIText.noIdeaToNote) }

  /// Ctrl-S in the note form: one `.addNote`, numbered when it is applied.
  mutating func saveNoteForm(_ current: Form, id: IdeaID) -> [Effect] {
    guard accept(current) else { return [] }
    guard board.ideas[id] != nil else {
      closeForm()
      message = StatusMessage(UIText.noIdeaToNote, isError: true)
      return []
    }
    let note = Note(id: Note.nextFreeID, at: now, author: user, text: current.text("text"))
    closeForm()
    return commit(.addNote(id, note), purpose: .change, follow: id)
  }
}
