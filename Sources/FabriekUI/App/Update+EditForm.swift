import FabriekCore

/// Saving the edit-idea form: one `.editIdea` with the changed fields only.
extension AppState {
  mutating func saveEditForm(_ current: Form, id: IdeaID) -> [Effect] {
    var checked = current
    guard let idea = board.ideas[id] else {
      closeForm()
      message = StatusMessage(UIText.noIdeaToEdit, isError: true)
      return []
    }
    switch checked.ideaEdits(from: idea) {
    case .failure(let problems):
      _ = checked.validate(problems.byKey)
      form = checked
      message = StatusMessage(UIText.formInvalid, isError: true)
      return []
    case .success(let edits):
      guard checked.validate([:]) else {
        form = checked
        message = StatusMessage(UIText.formInvalid, isError: true)
        return []
      }
      closeForm()
      guard !edits.isEmpty else {
        message = StatusMessage(UIText.formNothingChanged)
        return []
      }
      return commit(.editIdea(id, edits), purpose: .change, follow: id)
    }
  }
}
