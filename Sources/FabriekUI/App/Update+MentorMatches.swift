import FabriekCore

/// Proposing, moving and logging hours on matches from the mentoring screens. Each change is
/// checked against the rules first (`Board.proposalViolations`, `moveViolations`,
/// `hoursViolations`): a capacity or hours-budget rule asks for a reason to break it on
/// purpose (`MentorPrompt`), any other rule's sentence goes to the status line, and only then
/// is the operation committed, one undo step each.
extension AppState {
  /// Enter / `p` in the suggestions: the person under the cursor, proposed for the idea.
  mutating func proposeSelected(in state: MentorsState) -> [Effect] {
    guard let idea = state.idea, state.suggestions.indices.contains(state.cursor) else {
      message = StatusMessage(tr("mentorui.nobodySelected"))
      return []
    }
    let person = state.suggestions[state.cursor].person
    let m = Match(
      id: MatchID(board.nextMatch), idea: idea, person: person, kind: state.role == .partner ? .partner : .mentor,
      proposedBy: user, proposedAt: now)
    return attempt(.propose(m), violations: board.proposalViolations(m))
  }

  /// Enter in the pool: every accepted row proposed as one change (the pool never pairs
  /// anyone a rule refuses; should the board have changed meanwhile, the store refuses the
  /// whole batch and says why).
  mutating func commitPool(_ state: MentorsState) -> [Effect] {
    let accepted = state.pool.filter(\.accepted)
    guard !accepted.isEmpty else {
      message = StatusMessage(tr("mentorui.pool.noneAccepted"))
      return []
    }
    let proposals = accepted.map { PoolProposal(idea: $0.idea, person: $0.person, score: $0.score) }
    let op = board.proposing(proposals, by: user, at: now)
    let ops: [BoardOperation]
    if case .batch(let all) = op { ops = all } else { ops = [op] }
    return commit(ops.count == 1 ? ops[0] : .batch(ops), purpose: .change, follow: nil)
  }

  /// `a` on a match: to the next state on the way to active (proposed → introduced → active).
  mutating func advanceMatch(_ id: MatchID) -> [Effect] {
    guard let m = board.match(id) else { return [] }
    let next: MatchState
    switch m.state {
    case .proposed: next = .introduced
    case .introduced: next = .active
    case .active, .ended, .declined:
      message = StatusMessage(tr(m.state == .active ? "mentorui.match.activeAlready" : "mentorui.match.final",
        ["match": m.code, "state": m.state.label]), isError: m.state != .active)
      return []
    }
    return attempt(.move(id, next, nil), violations: board.moveViolations(id, next, reason: nil, override: nil))
  }

  /// `x` (end) or `d` (decline) on a match: the reason is asked first.
  mutating func askReason(_ id: MatchID, to state: MatchState, in screen: inout MentorsState) {
    guard let m = board.match(id) else { return }
    guard m.state.allowedNext.contains(state) else {
      let sentence = board.moveViolations(id, state, reason: MatchEndReason(.other), override: nil).first
      message = StatusMessage(sentence?.reason.text ?? "", isError: true)
      return
    }
    screen.prompt = MentorPrompt(.reason(id, state, state == .ended ? .goalReached : .noFit), today: now.day)
  }

  /// `h` on a match: the hours form.
  mutating func askHours(_ id: MatchID, in screen: inout MentorsState) {
    guard let m = board.match(id) else { return }
    if m.state == .proposed || m.state == .declined {
      message = StatusMessage(MatchRule.noHoursWhen(m.state).text, isError: true)
      return
    }
    screen.prompt = MentorPrompt(.hours(id), today: now.day)
  }

  /// Enter in a prompt: the change it asked for, or one sentence on what is wrong.
  mutating func confirmPrompt(in screen: inout MentorsState) -> [Effect] {
    guard let prompt = screen.prompt else { return [] }
    switch prompt.kind {
    case .override(let pending, _):
      guard let reason = prompt.texts.first?.trimmingCharactersInWhitespace(), !reason.isEmpty else {
        message = StatusMessage(tr("mentorui.override.needed"), isError: true)
        return []
      }
      screen.prompt = nil
      return commit(operation(pending, override: reason), purpose: .change, follow: nil)
    case .reason(let id, let state, let kind):
      let words = prompt.texts.first?.trimmingCharactersInWhitespace() ?? ""
      screen.prompt = nil
      let reason = MatchEndReason(kind, text: words)
      return attempt(.move(id, state, reason), violations: board.moveViolations(id, state, reason: reason, override: nil), in: &screen)
    case .hours(let id):
      let texts = prompt.texts
      guard let hours = Self.hours(texts[MentorPrompt.HoursField.hours.rawValue]) else {
        message = StatusMessage(tr("mentorui.hours.notHours", ["text": texts[0]]), isError: true)
        return []
      }
      let dayText = texts[MentorPrompt.HoursField.day.rawValue].trimmingCharactersInWhitespace()
      guard let day = dayText.isEmpty ? now.day : Day(iso: dayText) else {
        message = StatusMessage(tr("mentorui.hours.notDay", ["text": dayText]), isError: true)
        return []
      }
      let entry = HoursEntry(
        day: day, minutes: hours, note: texts[MentorPrompt.HoursField.note.rawValue].trimmingCharactersInWhitespace())
      screen.prompt = nil
      return attempt(.hours(id, entry), violations: board.hoursViolations(id, entry, override: nil), in: &screen)
    }
  }

  /// "1,5", "1.5", "2": whole minutes, or nil when it is not a number of hours above zero.
  static func hours(_ text: String) -> Int? {
    let t = text.trimmingCharactersInWhitespace().replacingOccurrences(of: ",", with: ".")
    guard let h = Double(t), h.isFinite, h > 0, h <= 24 else { return nil }
    return Int((h * 60).rounded())
  }

  private func operation(_ pending: MentorPrompt.Pending, override: String?) -> BoardOperation {
    switch pending {
    case .propose(var m):
      m.overrideReason = override
      return .proposeMatch(m)
    case .move(let id, let state, let reason):
      return .moveMatch(id, MatchTransition(state, at: now, by: user), reason: reason, override: override)
    case .hours(let id, let entry): return .logHours(id, entry, override: override)
    }
  }

  /// Commits a change the rules allow; asks why when only a capacity or budget rule refuses it;
  /// otherwise says which rule refuses it.
  private mutating func attempt<F>(_ pending: MentorPrompt.Pending, violations: [RuleViolation<F>]) -> [Effect] {
    guard var screen = mentors else { return [] }
    let effects = attempt(pending, violations: violations, in: &screen)
    mentors = screen
    return effects
  }

  private mutating func attempt<F>(
    _ pending: MentorPrompt.Pending, violations: [RuleViolation<F>], in screen: inout MentorsState
  ) -> [Effect] {
    if violations.isEmpty { return commit(operation(pending, override: nil), purpose: .change, follow: nil) }
    let overridable = violations.allSatisfy { violation in
      if case .match(let rule) = violation.reason { return rule.canBeOverridden }
      return false
    }
    let sentence = violations.map(\.reason.text).joined(separator: " ")
    if overridable {
      screen.prompt = MentorPrompt(.override(pending, refusal: sentence), today: now.day)
    } else {
      message = StatusMessage(sentence, isError: true)
    }
    return []
  }
}
