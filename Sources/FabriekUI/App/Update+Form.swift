import FabriekCore

/// Form mode: opening a form, its keys, saving it as one operation and cancelling it.
extension AppState {
  mutating func openForm(_ kind: FormKind) {
    let made: Form
    switch kind {
    case .newIdea: made = .newIdea(context: formContext())
    case .editIdea(let id):
      guard let idea = board.ideas[id] else {
        message = StatusMessage(UIText.noIdeaToEdit, isError: true)
        return
      }
      made = .editIdea(idea, context: formContext())
    case .note(let id):
      guard let idea = board.ideas[id] else {
        message = StatusMessage(UIText.noIdeaToNote, isError: true)
        return
      }
      made = .note(on: idea)
    case .exitPlan(let id):
      guard let idea = board.ideas[id] else {
        message = StatusMessage(UIText.noIdeaForExitPlan, isError: true)
        return
      }
      made = .exitPlan(of: idea, template: board.exitTemplate(for: idea.valueModel))
    case .exitCriteria(let id), .departure(let id, _), .followUp(let id):
      guard let idea = board.ideas[id] else {
        message = StatusMessage(UIText.noIdeaForExitPlan, isError: true)
        return
      }
      made = Form.exit(kind, of: idea)
    case .enrichment(let id), .financing(let id), .indicators(let id):
      guard let idea = board.ideas[id], let partForm = Form.part(kind, of: idea) else {
        message = StatusMessage(UIText.noIdeaForPart, isError: true)
        return
      }
      made = partForm
    case .person(let id):
      guard let person = personForm(id) else { return }
      made = person
    case .session(let id):
      guard let session = sessionForm(id) else { return }
      made = session
    }
    show(made)
  }

  /// A form over the current screen, or in place of an open one. A list whose filter was
  /// being typed gets its own keys back for when the form closes.
  private mutating func show(_ form: Form) {
    if case .form = screen {
      screen = .form(form)
      return
    }
    if case .list(var list) = screen, list.isTypingFilter {
      list.isTypingFilter = false
      screen = .list(list)
    }
    open(.form(form))
  }

  /// The idea a form opened from here is about: the candidate in triage, else the idea open
  /// in the detail, else the focused card.
  var ideaInView: IdeaID? {
    if mode == .triage, let candidate = triage?.candidate { return candidate }
    return detail?.id ?? focusedID
  }

  /// A form on the idea in view; `none` on the status line when there is no idea.
  mutating func openForm(onIdeaInView kind: (IdeaID) -> FormKind, none: String) {
    guard let id = ideaInView else {
      message = StatusMessage(none, isError: true)
      return
    }
    openForm(kind(id))
  }

  /// What a record's form saves over: the record on the board, or `new` for a new one (`id`
  /// nil); nil when it is gone meanwhile (the form is closed and `gone` said).
  mutating func formBase<ID: Hashable, Record>(
    _ id: ID?, in records: [ID: Record], new: Record, gone: String
  ) -> Record? {
    guard let id else { return new }
    guard let record = records[id] else {
      closeForm()
      message = StatusMessage(gone, isError: true)
      return nil
    }
    return record
  }

  /// `e`: the idea open in the detail, else the focused card.
  mutating func openEditForm() { openForm(onIdeaInView: FormKind.editIdea, none: UIText.noIdeaToEdit) }

  /// Back to the screen the form was opened from (the board, the detail, triage or a list;
  /// the next one down when that one is gone).
  mutating func closeForm() {
    if case .form = screen { closeScreen() }
    settle()
  }

  /// The discard question (`KeyMap.formDiscard`): `y` discards, any other key keeps editing.
  mutating func answerDiscard(_ action: Action) {
    guard var current = form else { return }
    if action == .confirm {
      closeForm()
      message = StatusMessage(UIText.formDiscarded)
    } else {
      current.setConfirmingDiscard(false)
      form = current
    }
  }

  /// While the form shows fields someone else changed meanwhile (`KeyMap.formConflicts`):
  /// `y` saves the form over their values, `n` or Esc goes back to the form as it was typed.
  mutating func answerConflicts(_ action: Action) -> [Effect] {
    guard var current = form else { return [] }
    let shown = current.conflicts
    switch action {
    case .confirm:
      current.setConflicts([])
      return saveForm(current, overwriting: shown)
    case .close:
      current.setConflicts([])
      form = current
      message = StatusMessage(UIText.keptEditing)
    default:
      break
    }
    return []
  }

  mutating func performInForm(_ action: Action) -> [Effect] {
    guard var current = form else { return [] }
    if case .type(let character) = action {
      current.type(character)
      form = current
      return []
    }
    guard case .form(let formAction) = action else { return [] }
    switch formAction {
    case .focusField(let direction): current.moveFocus(direction == .next ? 1 : -1)
    case .arrow(let direction):
      current.arrow(direction == .next ? 1 : -1, width: FormView.valueWidth(in: layout))
    case .edit(let edit): current.edit(edit)
    case .newline: current.enter()
    case .save: return saveForm(current)
    case .cancel:
      if current.dismissQuery() { break }
      guard current.isDirty else {
        closeForm()
        return []
      }
      current.setConfirmingDiscard(true)
    case .openEditor: return openEditor(current)
    }
    form = current
    return []
  }

  /// Puts the reasons beside the form's fields (a required field left empty gets one too);
  /// when there are any, the form stays open with them, the cursor on the first, and the
  /// status line says so. True when the form may be saved.
  mutating func accept(_ current: Form, problems: [String: String] = [:]) -> Bool {
    var checked = current
    guard checked.validate(problems) else {
      form = checked
      message = StatusMessage(UIText.formInvalid, isError: true)
      return false
    }
    return true
  }

  /// Ctrl-S: validates with the domain's rules; an invalid form stays open with the reasons
  /// beside the fields, a valid one is committed as one operation and closed — and kept
  /// aside until the commit is through.
  private mutating func saveForm(_ current: Form, overwriting: [FieldConflict] = []) -> [Effect] {
    let effects = commitForm(current, overwriting: overwriting)
    if effects.contains(where: { if case .commit = $0 { true } else { false } }) { formInFlight = current }
    return effects
  }

  /// A commit from a form failed: the form comes back as it was saved, over the screen it
  /// was opened from.
  mutating func reopenFormInFlight() {
    guard let saved = formInFlight else { return }
    formInFlight = nil
    show(saved)
  }

  private mutating func commitForm(_ current: Form, overwriting: [FieldConflict]) -> [Effect] {
    switch current.kind {
    case .newIdea:
      guard accept(current, problems: current.newIdeaProblems()) else { return [] }
      let id = IdeaID(board.nextIdea)
      var newPeople = NewPeople(next: board.nextPerson)
      let idea = current.newIdea(id: id, stage: board.stages.first?.id ?? Stage.incoming, created: now) {
        newPeople.id(for: $0, role: $1)
      }
      closeForm()
      if search.isActive { clearSearch() }
      return commit(newPeople.operation(with: .addIdea(idea)), purpose: .change, follow: id)
    case .editIdea(let id):
      return saveEditForm(current, id: id, overwriting: overwriting)
    case .note(let id):
      return saveNoteForm(current, id: id)
    case .exitPlan(let id):
      return saveExitPlanForm(current, id: id)
    case .enrichment(let id), .financing(let id), .indicators(let id):
      return savePartForm(current, id: id)
    case .person(let id):
      return savePersonForm(current, id: id)
    case .session(let id):
      return saveSessionForm(current, id: id)
    case .exitCriteria, .departure, .followUp:
      return saveExitForm(current)
    }
  }
}
