import FabriekCore

/// What present mode writes to the board: dots for the spotlighted idea and contributions as
/// notes, both in the current session. With no session yet (present mode opened without
/// `--session`), the first vote or note starts one: a co-creation session dated today, added in
/// the same commit as the vote or note (`.batch`), so that nothing is half-recorded.
extension AppState {
  mutating func vote(_ dots: Int) -> [Effect] {
    guard let session = present, let idea = session.spotlight, board.ideas[idea] != nil else {
      message = StatusMessage(UIText.presentNothingSpotlighted, isError: true)
      return []
    }
    if dots < 0 {
      let given =
        session.sessionID.flatMap { board.sessions[$0] }?.votes
        .filter { $0.idea == idea && $0.participant == nil }.reduce(0) { $0 + $1.dots } ?? 0
      guard given > 0 else {
        message = StatusMessage(UIText.presentNoDotToTake(idea.code))
        return []
      }
    }
    return commitInSession { .vote($0, idea, participant: nil, dots: dots) }
  }

  /// Enter on the contribution line: a public note on the spotlighted idea, by this user, in the session.
  mutating func addContribution(_ text: String) -> [Effect] {
    guard !text.trimmingCharactersInWhitespace().isEmpty else {
      message = StatusMessage(UIText.presentEmptyNote)
      return []
    }
    guard let id = present?.spotlight, board.ideas[id] != nil else {
      message = StatusMessage(UIText.presentNothingSpotlighted, isError: true)
      return []
    }
    let author = user
    let at = now
    return commitInSession {
      Note(id: Note.nextFreeID, at: at, author: author, text: text, session: $0).asOperation(on: id)
    }
  }

  /// Commits `make(session)` in the current session, starting one first when there is none.
  private mutating func commitInSession(_ make: (SessionID) -> BoardOperation) -> [Effect] {
    if let id = present?.sessionID, board.sessions[id] != nil {
      return commit(make(id), purpose: .change, follow: nil)
    }
    let id = SessionID(board.nextSession)
    let day = now.day
    let session = Session(id: id, kind: .coCreation, title: UIText.presentSessionTitle(Format.day(day)), date: day)
    present?.sessionID = id
    return commit(.batch([.addSession(session), make(id)]), purpose: .change, follow: nil)
  }

  /// Keys on the summary overlay: scroll, or close it.
  mutating func performInSummary(_ action: Action) {
    guard let scroll = present?.summaryScroll else { return }
    let most = max(0, summaryRows(width: PresentView.content(width: width, height: height).width - 4).count - 1)
    switch action {
    case .scroll(let direction): present?.summaryScroll = min(most, max(0, scroll + (direction == .next ? 1 : -1)))
    case .scrollPage(let direction):
      present?.summaryScroll = min(most, max(0, scroll + (direction == .next ? 10 : -10)))
    case .scrollToTop: present?.summaryScroll = 0
    case .scrollToBottom: present?.summaryScroll = most
    case .close: present?.summaryScroll = nil
    default: break
    }
  }
}

extension Note {
  fileprivate func asOperation(on idea: IdeaID) -> BoardOperation { .addNote(idea, self) }
}
