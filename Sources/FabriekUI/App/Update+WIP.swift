import FabriekCore

/// A card going into a column that is at its WIP limit is asked about first, on the board and
/// in triage: `y` moves it anyway, `n` or Esc leaves it where it is.
public struct PendingMove: Hashable, Sendable {
  public let op: BoardOperation
  public let follow: IdeaID?
}

extension KeyMap {
  /// The y/n of a move over a WIP limit; other keys do nothing, so that a stray key moves nothing.
  public static let overLimit = question(
    .overLimit, yes: ("keys.moveCardOverLimit", "keys.hint.moveAnyway"), no: ("keys.leaveCardWhere", "keys.hint.leave"))
}

extension AppState {
  /// Commits a move of `id` into `stage`, or asks first when the stage's column is at its limit.
  mutating func commitMove(_ op: BoardOperation, of id: IdeaID, into stage: Stage) -> [Effect] {
    let count = board.columns[stage.id]?.count ?? 0
    if let limit = stage.wipLimit, count >= limit, board.ideas[id]?.stage != stage.id {
      pendingOverLimit = PendingMove(op: op, follow: id)
      message = StatusMessage(UIText.overLimitQuestion(id.code, stage: stage.displayName, count: count, limit: limit))
      return []
    }
    return commit(op, purpose: .change, follow: id)
  }

  mutating func answerOverLimit(_ action: Action) -> [Effect] {
    answer(\.pendingOverLimit, action) { state, pending in
      state.commit(pending.op, purpose: .change, follow: pending.follow)
    }
  }

  /// The answer to a y/n question about what `question` holds: y puts it away and does `yes`
  /// with it, n puts it away and leaves everything as it was; other keys keep asking.
  mutating func answer<Pending>(
    _ question: WritableKeyPath<AppState, Pending?>, _ action: Action,
    yes: (inout AppState, Pending) -> [Effect]
  ) -> [Effect] {
    guard let pending = self[keyPath: question] else { return [] }
    switch action {
    case .confirm:
      self[keyPath: question] = nil
      message = nil
      return yes(&self, pending)
    case .close:
      self[keyPath: question] = nil
      message = StatusMessage(UIText.leftAsItWas)
    default: break
    }
    return []
  }
}
