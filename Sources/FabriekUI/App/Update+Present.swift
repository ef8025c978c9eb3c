import FabriekCore

/// Present mode's keys: entering and leaving (with the projector theme), the views, the
/// spotlight's steps, the timer and the contribution line. Votes and notes are in
/// `Update+PresentCommits.swift`.
extension AppState {
  /// Whether the run loop should send `.tick` every second (a running timer) rather than every minute.
  public var needsSecondTicks: Bool { present?.timer.isRunning ?? false }

  /// `p` on the board or `fabriek present` (`.startPresenting`): the spotlight on the
  /// session's first agenda idea (or the focused card), in the projector theme. Without a
  /// session given, today's session (the newest of the day) is run, if there is one.
  mutating func startPresenting(session id: SessionID?) -> [Effect] {
    let today = board.sessions.values.filter { $0.date == now.day }.map(\.id).max()
    let sessionID = id.map { board.sessions[$0] != nil ? $0 : nil } ?? today
    let first = sessionID.flatMap { board.sessions[$0]?.agenda.first { board.ideas[$0] != nil } }
    let session = PresentState(
      board: board, sessionID: sessionID, spotlight: first ?? focusedID, previousTheme: themeName)
    if case .present = screen {
      screen = .present(session)
    } else {
      open(.present(session))
    }
    if present?.spotlight == nil { refreshPresent() }
    if let id, sessionID == nil { message = StatusMessage(UIText.presentNoSuchSession(id.code), isError: true) }
    return themeName == UIText.presentTheme ? [] : [.setTheme(UIText.presentTheme)]
  }

  mutating func leavePresenting() -> [Effect] {
    guard let session = present else { return [] }
    dismiss(where: Screen.isPresent)
    return session.previousTheme == themeName ? [] : [.setTheme(session.previousTheme)]
  }

  mutating func performInPresent(_ action: Action) -> [Effect] {
    guard case .present(let key) = action, var session = present else { return [] }
    switch key {
    case .cycleView(let direction):
      let views = PresentState.View.allCases
      let index = views.firstIndex(of: session.view) ?? 0
      session.view = views[(index + (direction == .next ? 1 : views.count - 1)) % views.count]
    case .step(let direction):
      session.spotlight = step(from: session, direction)
      if session.view != .spotlight && session.view != .votes { session.view = .spotlight }
    case .adjust(let direction):
      guard session.view == .timer else { return vote(direction == .next ? 1 : -1) }
      session.timer.adjust(byMinutes: direction == .next ? 1 : -1, at: now)
    case .toggleTimer:
      session.timer.toggle(at: now)
      session.view = .timer
    case .preset(let digit):
      let presets = PresentTimer.presets
      guard presets.indices.contains(digit - 1) else { return [] }
      session.timer.set(minutes: presets[digit - 1], at: now)
      session.view = .timer
    case .capture:
      guard session.spotlight.flatMap({ board.ideas[$0] }) != nil else {
        message = StatusMessage(UIText.presentNothingSpotlighted, isError: true)
        return []
      }
      session.capture = ""
    case .summary:
      guard session.sessionID != nil else {
        message = StatusMessage(UIText.presentNoSessionYet)
        return []
      }
      session.summaryScroll = 0
    case .leave:
      return leavePresenting()
    }
    present = session
    return []
  }

  /// The idea before or after the spotlighted one: in the session's agenda when it has one,
  /// else in the focused column.
  func step(from session: PresentState, _ direction: Action.Direction) -> IdeaID? {
    let agenda = session.sessionID.flatMap { board.sessions[$0]?.agenda.filter { board.ideas[$0] != nil } } ?? []
    let column = columns.indices.contains(focusColumn) ? columns[focusColumn] : []
    let spotlit = session.spotlight.flatMap { id in columns.first { $0.contains(id) } }
    let list = !agenda.isEmpty ? agenda : spotlit ?? (column.isEmpty ? columns.first { !$0.isEmpty } ?? [] : column)
    guard !list.isEmpty else { return session.spotlight }
    guard let current = session.spotlight, let index = list.firstIndex(of: current) else { return list.first }
    let next = index + (direction == .next ? 1 : -1)
    return list[min(max(0, next), list.count - 1)]
  }

  mutating func performInCapture(_ action: Action) -> [Effect] {
    switch action {
    case .confirm:
      let text = present?.capture ?? ""
      present?.capture = nil
      return addContribution(text)
    case .deleteBackward:
      if present?.capture?.isEmpty == false { present?.capture?.removeLast() }
    case .clearInput: present?.capture = ""
    case .close: present?.capture = nil
    case .type(let character): present?.capture?.append(character)
    default: break
    }
    return []
  }

  /// The board changed: the names to hide may have changed too; a spotlighted idea that is gone
  /// gives way to the next one.
  mutating func refreshPresent() {
    guard var session = present else { return }
    session.publicText = PublicText(board: board)
    if let id = session.sessionID, board.sessions[id] == nil { session.sessionID = nil }
    if let id = session.spotlight, board.ideas[id] == nil { session.spotlight = nil }
    if session.spotlight == nil { session.spotlight = step(from: session, .next) }
    present = session
  }

  /// The clock moved: a running timer that reached zero stops and says so.
  mutating func tickPresent() {
    guard var session = present, session.timer.isRunning else { return }
    session.timer.tick(at: now)
    present = session
  }
}
