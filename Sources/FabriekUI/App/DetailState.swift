import FabriekCore

/// The open detail pane: which idea, its record as wrapped lines and how far it is scrolled.
/// The lines are made when the pane opens and again when the board, the size or the day
/// changes; the idea's history is collected once and then only from the new history lines.
public struct DetailState: Hashable, Sendable {
  public let id: IdeaID
  public internal(set) var scroll = 0
  public internal(set) var lines: [[Span]] = []
  /// The width the lines were wrapped to.
  var width = 0
  var history: [HistoryEntry] = []
  var scanned = HistoryMark()

  init(id: IdeaID) {
    self.id = id
  }

  /// Catches up with the board's history: only the lines added since the last look, unless
  /// the history does not simply continue (a change was taken back), when it is read again.
  mutating func collectHistory(from board: Board) {
    let all = board.history
    var added = all[...]
    if let new = scanned.linesAdded(to: all) { added = new } else { history = [] }
    let subject = HistoryEntry.Subject.idea(id)
    for entry in added where entry.subject == subject { history.append(entry) }
    scanned = HistoryMark(at: all)
  }
}

extension AppState {
  /// The rows of the detail pane that show the record: all but its title and footer rows.
  var detailRows: Int { max(1, (layout.detailArea?.height ?? height) - 2) }

  /// Opens the detail pane on an idea (on or off the board); an open pane shows it instead.
  mutating func openDetail(_ id: IdeaID) {
    guard board.ideas[id] != nil else { return }
    if case .detail(let pane) = screen {
      screen = .detail(pane.id == id ? pane : DetailState(id: id))
    } else {
      open(.detail(DetailState(id: id)))
    }
    settle()
    refreshDetail()
  }

  /// Closes the detail pane, wherever it is on the stack.
  mutating func closeDetail() {
    dismiss(where: Screen.isDetail)
    settle()
  }

  /// Rewraps the open record for the current board, size and day; closes the pane when the
  /// idea is gone.
  mutating func refreshDetail() {
    guard var pane = detail else { return }
    guard let idea = board.ideas[pane.id] else {
      closeDetail()
      message = StatusMessage(UIText.ideaGone(pane.id.code))
      return
    }
    pane.collectHistory(from: board)
    let width = max(10, (layout.detailArea?.width ?? width) - 2)
    pane.width = width
    pane.lines = DetailDocument(board: board, now: now, width: width).lines(for: idea, history: pane.history)
    pane.scroll = min(max(0, pane.scroll), max(0, pane.lines.count - detailRows))
    detail = pane
  }

  mutating func scrollDetail(by amount: Int) {
    guard var pane = detail else { return }
    pane.scroll = min(max(0, pane.scroll + amount), max(0, pane.lines.count - detailRows))
    detail = pane
  }
}
