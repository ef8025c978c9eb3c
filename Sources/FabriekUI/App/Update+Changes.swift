import FabriekCore

/// Changes to the board go out as `.commit` effects; undo and redo keep stacks of the
/// inverse operations the run loop hands back in `.committed`.
extension AppState {
  /// The most undo steps kept.
  static let undoLimit = 500

  mutating func commit(_ op: BoardOperation, purpose: CommitPurpose, follow id: IdeaID?) -> [Effect] {
    isSaving = true
    pendingFocus = id
    return [.commit(op, purpose: purpose)]
  }

  mutating func undo() -> [Effect] {
    guard let op = undoStack.last else {
      message = StatusMessage(UIText.nothingToUndo)
      return []
    }
    return commit(op, purpose: .undo, follow: Self.idea(of: op))
  }

  mutating func redo() -> [Effect] {
    guard let op = redoStack.last else {
      message = StatusMessage(UIText.nothingToRedo)
      return []
    }
    return commit(op, purpose: .redo, follow: Self.idea(of: op))
  }

  /// A commit went through: the stacks take its inverse and the status line says what happened.
  mutating func record(_ change: Change, inverse: BoardOperation, purpose: CommitPurpose) {
    isSaving = false
    saveFailure = nil
    switch purpose {
    case .change:
      undoStack.append(inverse)
      redoStack.removeAll()
    case .undo:
      if !undoStack.isEmpty { undoStack.removeLast() }
      redoStack.append(inverse)
    case .redo:
      if !redoStack.isEmpty { redoStack.removeLast() }
      undoStack.append(inverse)
    }
    if undoStack.count > Self.undoLimit { undoStack.removeFirst(undoStack.count - Self.undoLimit) }
    // A new idea may have been numbered anew under the store's lock: follow the one recorded.
    if purpose == .change, let added = Self.addedIdea(in: change.op), board.ideas[added]?.isActive == true {
      _ = focus(on: added)
    }
    followInTriage(change.op, purpose: purpose)
    // An undone batch (a form's change with the people typed into it) is named as it was made.
    let text: String
    if purpose == .undo, case .batch = change.op { text = describe(inverse) } else { text = describe(change.op) }
    switch purpose {
    case .change: message = StatusMessage(text)
    case .undo: message = StatusMessage(UIText.undone(text))
    case .redo: message = StatusMessage(UIText.redone(text))
    }
  }

  /// What a committed operation did, in words.
  func describe(_ op: BoardOperation) -> String {
    switch op {
    case .moveIdea(let id, let stage, _, _):
      return UIText.moved(id.code, to: board.stage(stage)?.displayName ?? stage)
    case .reorderIdea(let id, let index):
      let stage = board.ideas[id].flatMap { board.stage($0.stage)?.displayName } ?? ""
      return UIText.reordered(id.code, position: index + 1, stage: stage)
    case .setView(let name, let query):
      return tr(query == nil ? "filter.view.deleted" : "filter.view.saved", ["name": name])
    case .proposeMatch(let m):
      return tr("mentorui.proposed", ["match": m.code, "name": board.people[m.person]?.fullName ?? m.person.code, "code": m.idea.code])
    case .batch(let ops) where !ops.isEmpty && ops.allSatisfy({ if case .proposeMatch = $0 { true } else { false } }):
      let codes = ops.compactMap { if case .proposeMatch(let m) = $0 { m.code } else { nil } }
      return tr("mentorui.proposedMany", ["n": codes.count, "matches": codes.joined(separator: ", ")])
    case .batch:
      let text = board.summary(of: op, in: Language.current)
      return text.prefix(1).uppercased() + text.dropFirst()
    default:
      return board.summary(of: op, in: Language.current)
    }
  }

  /// In triage, a committed decision shows the next candidate; an undone or redone change
  /// shows the candidate it was about.
  private mutating func followInTriage(_ op: BoardOperation, purpose: CommitPurpose) {
    guard triage != nil else { return }
    switch (op, purpose) {
    case (.decide(let id, _), .change): advanceAfterDecision(on: id)
    case (_, .undo), (_, .redo): Self.idea(of: op).map { showCandidate($0) }
    default: break
    }
  }

  /// The idea an operation adds, if it adds one.
  static func addedIdea(in op: BoardOperation) -> IdeaID? {
    switch op {
    case .addIdea(let idea): idea.id
    case .batch(let ops): ops.lazy.compactMap(addedIdea).first
    default: nil
    }
  }

  /// The idea an operation is about, for the focus to follow.
  static func idea(of op: BoardOperation) -> IdeaID? {
    switch op {
    case .moveIdea(let id, _, _, _), .reorderIdea(let id, _), .editIdea(let id, _), .restoreTriage(let id, _),
      .decide(let id, _), .reopen(let id, _, _), .addNote(let id, _), .removeNote(let id, _), .score(let id, _, _),
      .exit(let id, _):
      id
    case .addIdea(let idea): idea.id
    case .batch(let ops): ops.lazy.compactMap { idea(of: $0) }.first
    default: nil
    }
  }
}
