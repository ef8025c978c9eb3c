import FabriekCore

/// Merging an idea into any other, chosen by its code or by words of it: in triage (`m`, the
/// merge prompt lists the suspected duplicates and then what the typed text finds) and from
/// the board or the detail (`:merge CODE` on the idea in view, asked first). The merge itself
/// is `Board.mergeOperation` (`Sources/FabriekCore/Board+Merge.swift`): one undo step.
public struct PendingMerge: Hashable, Sendable {
  public let duplicate: IdeaID
  public let target: IdeaID
}

extension KeyMap {
  /// The y/n of `:merge`: other keys do nothing, so that a stray key merges nothing.
  public static let confirmMerge = question(
    .confirmMerge, yes: ("keys.mergeConfirm", "keys.hint.mergeConfirm"), no: ("keys.mergeLeave", "keys.hint.leave"))
}

extension AppState {
  /// How many ideas a typed text offers to merge into.
  static let mergeTargetLimit = 8

  /// The ideas `id` could be merged into for a typed text: with no text, its suspected
  /// duplicates (in triage); else the idea whose code it is (`I-0138`, `138`) and then those
  /// whose code, title, pitch, people or tags contain it, as the board's search finds them.
  /// Only ideas on the board, never `id` itself.
  mutating func mergeTargets(for text: String, merging id: IdeaID) -> [IdeaID] {
    func fits(_ other: IdeaID) -> Bool { other != id && (board.ideas[other]?.isActive ?? false) }
    let typed = text.trimmingCharactersInWhitespace()
    guard !typed.isEmpty else {
      guard triage?.candidate == id else { return [] }
      return (triage?.duplicates ?? []).filter(fits)
    }
    var found: [IdeaID] = []
    if let code = IdeaID(code: typed), fits(code) { found.append(code) }
    var index = searchIndex ?? SearchIndex(board: board)
    for match in index.matches(index.foldQuery(typed), in: board) where fits(match) && !found.contains(match) {
      found.append(match)
      if found.count >= Self.mergeTargetLimit { break }
    }
    searchIndex = index
    return found
  }

  /// A target's line: its code, stage and title (`I-0138 · Enrichment · Repair café`).
  func mergeTargetLine(_ id: IdeaID) -> String {
    guard let idea = board.ideas[id] else { return id.code }
    let stage = board.stage(idea.stage)?.displayName ?? idea.stage
    return UIText.mergeTarget(id.code, stage: stage, title: idea.title)
  }

  /// `:merge CODE` (or words that find one idea): asks whether to merge the idea in view into it.
  mutating func startMerge(into text: String) {
    guard let id = ideaInView, let idea = board.ideas[id] else {
      message = StatusMessage(UIText.noIdeaToMerge, isError: true)
      return
    }
    guard idea.isActive else {
      message = StatusMessage(UIText.mergeOffBoard(id.code), isError: true)
      return
    }
    let typed = text.trimmingCharactersInWhitespace()
    guard !typed.isEmpty else {
      message = StatusMessage(UIText.mergeNeedsTarget(id.code), isError: true)
      return
    }
    let target: IdeaID
    if let code = IdeaID(code: typed), board.ideas[code] != nil {
      guard code != id else {
        message = StatusMessage(UIText.mergeIntoItself(id.code), isError: true)
        return
      }
      guard board.ideas[code]?.isActive ?? false else {
        message = StatusMessage(UIText.mergeOffBoard(code.code), isError: true)
        return
      }
      target = code
    } else {
      let found = mergeTargets(for: typed, merging: id)
      guard let first = found.first else {
        message = StatusMessage(UIText.noMergeTarget(typed), isError: true)
        return
      }
      guard found.count == 1 else {
        message = StatusMessage(
          UIText.severalMergeTargets(typed, codes: found.prefix(5).map(\.code).joined(separator: ", ")), isError: true)
        return
      }
      target = first
    }
    pendingMerge = PendingMerge(duplicate: id, target: target)
    message = StatusMessage(UIText.mergeQuestion(id.code, into: mergeTargetLine(target)))
  }

  /// The answer to `:merge`'s question: y merges, n leaves both ideas as they are.
  mutating func answerMerge(_ action: Action) -> [Effect] {
    answer(\.pendingMerge, action) { state, pending in
      do throws(BoardError) {
        let op = try state.board.mergeOperation(pending.duplicate, into: pending.target, by: state.user, at: state.now)
        return state.commit(op, purpose: .change, follow: pending.target)
      } catch {
        state.message = StatusMessage(error.message, isError: true)
        return []
      }
    }
  }
}
