import FabriekCore

/// A decision's prompt in triage: choose with ↑/↓ or Tab, type the words or the date, Enter
/// decides, Esc cancels. Nothing is committed until the prompt's input is valid.
extension AppState {
  mutating func performInTriagePrompt(_ action: Action) -> [Effect] {
    guard let prompt = triage?.prompt else { return [] }
    switch action {
    case .confirm: return confirm(prompt)
    case .close: closePrompt()
    case .complete(let direction):
      let next = prompt.choosing(direction == .next ? 1 : -1, in: board)
      triage?.prompt = next
    case .deleteBackward:
      let next = prompt.editingText { if !$0.isEmpty { $0.removeLast() } }
      triage?.prompt = next
      refreshMergeChoices()
    case .clearInput:
      let next = prompt.editingText { $0 = "" }
      triage?.prompt = next
      refreshMergeChoices()
    case .type(let character):
      typeInPrompt(character)
    default: break
    }
    return []
  }

  mutating func typeInPrompt(_ character: Character) {
    let next = triage?.prompt?.editingText { if $0.count < Self.promptLimit { $0.append(character) } }
    triage?.prompt = next
    refreshMergeChoices()
  }

  /// The merge prompt's choices after its text changed: the ideas the text finds, the first
  /// one chosen.
  private mutating func refreshMergeChoices() {
    guard case .merge(_, _, let text) = triage?.prompt, let id = triage?.candidate else { return }
    let choices = mergeTargets(for: text, merging: id)
    triage?.prompt = .merge(choices: choices, choice: 0, text: text)
  }

  /// The most characters a prompt takes (a decline reason is a sentence or two).
  static let promptLimit = 500

  mutating func closePrompt() {
    triage?.prompt = nil
  }

  private mutating func confirm(_ prompt: TriagePrompt) -> [Effect] {
    guard let id = triage?.candidate else {
      closePrompt()
      return []
    }
    let kind: Decision.Kind
    switch prompt {
    case .decline(let reason, let text):
      guard !text.trimmingCharactersInWhitespace().isEmpty else {
        message = StatusMessage(UIText.declineNeedsText(id.code), isError: true)
        return []
      }
      kind = .decline(reason: DeclineReason.allCases[reason], text: text)
    case .park(let text):
      switch RevisitDate.parse(text, today: now.day) {
      case .success(let day): kind = .park(revisit: day)
      case .failure(let problem):
        message = StatusMessage(UIText.revisitProblem(problem), isError: true)
        return []
      }
    case .stage(let choice):
      let stages = board.acceptStages
      guard stages.indices.contains(choice) else { return [] }
      kind = .accept(stage: stages[choice].id)
    case .merge(let choices, let choice, let text):
      guard choices.indices.contains(choice) else {
        message = StatusMessage(
          text.trimmingCharactersInWhitespace().isEmpty ? UIText.mergeNeedsTarget(id.code) : UIText.noMergeTarget(text),
          isError: true)
        return []
      }
      kind = .merge(into: choices[choice])
    }
    closePrompt()
    return commitDecision(kind, on: id)
  }
}

extension Board {
  /// The stages of this board a candidate may be accepted into (`Stage.acceptTargets`).
  var acceptStages: [Stage] { stages.filter { Stage.acceptTargets.contains($0.id) } }
}

extension TriagePrompt {
  /// The next or previous reason, stage or duplicate, wrapping around.
  func choosing(_ step: Int, in board: Board) -> TriagePrompt {
    func wrap(_ i: Int, _ count: Int) -> Int { count == 0 ? 0 : ((i + step) % count + count) % count }
    switch self {
    case .decline(let reason, let text): return .decline(reason: wrap(reason, DeclineReason.allCases.count), text: text)
    case .park: return self
    case .stage(let choice): return .stage(choice: wrap(choice, board.acceptStages.count))
    case .merge(let choices, let choice, let text):
      return .merge(choices: choices, choice: wrap(choice, choices.count), text: text)
    }
  }

  /// The prompt with its text changed; prompts without text stay as they are.
  func editingText(_ edit: (inout String) -> Void) -> TriagePrompt {
    switch self {
    case .decline(let reason, var text):
      edit(&text)
      return .decline(reason: reason, text: text)
    case .park(var text):
      edit(&text)
      return .park(text: text)
    case .merge(let choices, let choice, var text):
      edit(&text)
      return .merge(choices: choices, choice: choice, text: text)
    case .stage: return self
    }
  }
}
