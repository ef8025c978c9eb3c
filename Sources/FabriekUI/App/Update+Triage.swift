import FabriekCore

/// The triage screen's keys: digits score the current criterion, one key per decision, and
/// the candidates one after the other.
extension AppState {
  mutating func performInTriage(_ action: Action) -> [Effect] {
    guard let session = triage else { return [] }
    switch action {
    case .score(let value): return score(value)
    case .criterion(let direction): moveCriterion(direction == .next ? 1 : -1)
    case .candidate(let direction): moveCandidate(by: direction == .next ? 1 : -1)
    case .scrollPage(let direction):
      let page = max(1, triageRecordRows - 1)
      scrollTriageRecord(by: direction == .next ? page : -page)
    case .close: closeTriage()
    case .decide(let decision):
      guard let id = session.candidate, let idea = board.ideas[id] else {
        message = StatusMessage(UIText.triageNoCandidate)
        return []
      }
      return decide(decision, on: idea)
    default: break
    }
    return []
  }

  mutating func moveCriterion(_ step: Int) {
    guard var session = triage else { return }
    let count = board.rubric.criteria.count
    session.criterion = min(max(0, session.criterion + step), max(0, count - 1))
    triage = session
  }

  /// Sets this reviewer's score on the current criterion and goes to the next one.
  mutating func score(_ value: Int) -> [Effect] {
    guard let session = triage, let id = session.candidate, let idea = board.ideas[id] else {
      message = StatusMessage(UIText.triageNoCandidate)
      return []
    }
    let rubric = board.rubric
    guard rubric.criteria.indices.contains(session.criterion) else { return [] }
    guard rubric.scale.contains(value) else {
      message = StatusMessage(UIText.scoreOutOfScale(rubric.scale), isError: true)
      return []
    }
    var scores = idea.scores[user] ?? [:]
    scores[rubric.criteria[session.criterion].id] = value
    moveCriterion(1)
    return commit(.score(id, reviewer: user, scores: scores), purpose: .change, follow: nil)
  }

  /// Whether a candidate was decided already: it has a decision, an outcome, or it left the
  /// first stage (moved on the board).
  func isDecided(_ idea: Idea) -> Bool {
    idea.decision != nil || !idea.isActive || idea.stage != board.stages.first?.id
  }

  /// How a decided candidate was decided, in words ("accepted into Idea generation by noor on …").
  func decisionText(of idea: Idea) -> String? {
    guard isDecided(idea) else { return nil }
    func stageName(_ id: String) -> String { board.stage(id)?.displayName ?? id }
    if let decision = idea.decision {
      // As the detail says it, but a decline without its words.
      let what: String
      if case .decline(let reason, _) = decision.kind {
        what = UIText.decidedDeclined(reason.label)
      } else {
        what = UIText.decision(decision.kind, stageName: stageName)
      }
      return UIText.decided(what, by: decision.by, on: Format.day(decision.at.day))
    }
    return UIText.decidedWithout(idea.outcome?.label ?? stageName(idea.stage))
  }

  /// `a` decides at once; the others open their prompt. A candidate decided already is asked
  /// about first (`confirmed` once the answer was y).
  mutating func decide(_ decision: TriageDecision, on idea: Idea, confirmed: Bool = false) -> [Effect] {
    if !confirmed, let decided = decisionText(of: idea) {
      triage?.question = .changeDecision(decision)
      message = StatusMessage(UIText.changeDecisionQuestion(idea.code, decided: decided))
      return []
    }
    switch decision {
    case .accept:
      let stage = board.stage(Stage.ideaGeneration) ?? board.stages.dropFirst().first
      guard let stage else { return [] }
      return commitDecision(.accept(stage: stage.id), on: idea.id)
    case .acceptInto:
      let stages = board.acceptStages
      guard !stages.isEmpty else { return [] }
      openPrompt(.stage(choice: stages.firstIndex { $0.id == Stage.ideaGeneration } ?? 0))
    case .decline:
      openPrompt(.decline(reason: 0, text: ""))
    case .park:
      openPrompt(.park(text: ""))
    case .merge:
      openPrompt(.merge(choices: mergeTargets(for: "", merging: idea.id), choice: 0, text: ""))
    }
    return []
  }

  mutating func commitDecision(_ kind: Decision.Kind, on id: IdeaID) -> [Effect] {
    if case .merge(let target) = kind {
      // What the duplicate adds goes along to the idea it is merged into (`Board+Merge.swift`).
      do throws(BoardError) {
        return commit(try board.mergeOperation(id, into: target, by: user, at: now), purpose: .change, follow: nil)
      } catch {
        message = StatusMessage(error.message, isError: true)
        return []
      }
    }
    let op = BoardOperation.decide(id, Decision(kind: kind, by: user, at: now))
    if case .accept(let stageID) = kind, let stage = board.stage(stageID) {
      let effects = commitMove(op, of: id, into: stage)
      // The triage follows its own candidate, not the board's focus.
      if !effects.isEmpty { pendingFocus = nil }
      if pendingOverLimit != nil { pendingOverLimit = PendingMove(op: op, follow: nil) }
      return effects
    }
    return commit(op, purpose: .change, follow: nil)
  }

  /// A decision's prompt, part of the triage screen: its keys take over until it closes.
  mutating func openPrompt(_ prompt: TriagePrompt) {
    triage?.prompt = prompt
  }

  /// The answer to a triage question: y goes ahead, n leaves things as they are.
  mutating func answerTriageQuestion(_ action: Action) -> [Effect] {
    guard let question = triage?.question else { return [] }
    triage?.question = nil
    switch (action, question) {
    case (.confirm, .changeDecision(let decision)):
      message = nil
      guard let id = triage?.candidate, let idea = board.ideas[id] else { return [] }
      return decide(decision, on: idea, confirmed: true)
    case (.confirm, .revisitSkipped(let skipped)):
      message = nil
      guard var session = triage else { return [] }
      session.queue = skipped
      session.position = 0
      session.criterion = 0
      triage = session
      showCandidate()
    case (.close, _):
      message = StatusMessage(UIText.leftAsItWas)
    default:
      triage?.question = question
    }
    return []
  }

  /// At the page after the last candidate: the candidates skipped on the way are offered again.
  mutating func offerSkipped() {
    guard let session = triage, session.isFinished, session.question == nil else { return }
    let skipped = session.queue.filter { board.ideas[$0].map { !isDecided($0) } ?? false }
    guard !skipped.isEmpty else { return }
    triage?.question = .revisitSkipped(skipped)
    message = StatusMessage(UIText.revisitSkippedQuestion(skipped.count))
  }

  /// The page after a decision: the next candidate (called when the decision is committed).
  mutating func advanceAfterDecision(on id: IdeaID) {
    guard triage?.candidate == id else { return }
    moveCandidate(by: 1)
  }
}
