import FabriekCore

/// Opening and closing the triage screen, moving through its queue and keeping the shown
/// candidate's record and duplicates current.
extension AppState {
  /// The candidate's whole record in the triage screen.
  var triageRecordArea: Rect { TriageView.areas(width: width, height: height).record }
  /// The record's rows above its footer row.
  var triageRecordRows: Int { max(1, triageRecordArea.height - 1) }

  /// Triage from the start of the queue, in place of the detail and of a triage already open.
  mutating func startTriage() {
    dismiss { Screen.isDetail($0) || Screen.isTriage($0) }
    open(.triage(TriageSession(queue: triageQueue())))
    showCandidate()
  }

  mutating func closeTriage() {
    let last = triage?.candidate
    dismiss(where: Screen.isTriage)
    if let last { focus(on: last) }
    settle()
  }

  /// Shows the candidate `by` places on (clamped to the queue and the page after it).
  mutating func moveCandidate(by amount: Int) {
    guard var session = triage else { return }
    session.position = min(max(0, session.position + amount), session.queue.count)
    session.criterion = 0
    triage = session
    showCandidate()
    offerSkipped()
  }

  /// Shows a candidate of the queue (after an undo or a redo of its decision).
  mutating func showCandidate(_ id: IdeaID) {
    guard var session = triage, let index = session.queue.firstIndex(of: id) else { return }
    if session.position != index { session.criterion = 0 }
    session.position = index
    triage = session
    showCandidate()
  }

  /// Makes the record and the duplicates of the shown candidate, from the top.
  mutating func showCandidate() {
    guard var session = triage else { return }
    session.record = session.candidate.map { DetailState(id: $0) }
    session.prompt = nil
    session.question = nil
    triage = session
    refreshTriage()
  }

  /// After the board or the size changed: new Incoming candidates join the end of the queue;
  /// the record is rewrapped and the duplicates found again.
  mutating func refreshTriage() {
    guard var session = triage else { return }
    let known = Set(session.queue)
    session.queue += triageQueue().filter { !known.contains($0) }
    if var pane = session.record, let idea = board.ideas[pane.id] {
      pane.collectHistory(from: board)
      let width = max(10, triageRecordArea.width - 1)
      pane.width = width
      pane.lines = DetailDocument(board: board, now: now, width: width).lines(for: idea, history: pane.history)
      pane.scroll = min(max(0, pane.scroll), max(0, pane.lines.count - triageRecordRows))
      session.record = pane
      session.duplicates = board.suspectedDuplicates(of: idea.id)
    } else {
      session.record = nil
      session.duplicates = []
    }
    session.criterion = min(max(0, session.criterion), max(0, board.rubric.criteria.count - 1))
    triage = session
  }

  mutating func scrollTriageRecord(by amount: Int) {
    guard var session = triage, var pane = session.record else { return }
    pane.scroll = min(max(0, pane.scroll + amount), max(0, pane.lines.count - triageRecordRows))
    session.record = pane
    triage = session
  }
}
