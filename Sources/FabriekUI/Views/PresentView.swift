import FabriekCore

/// Present mode on screen: a header with the session and the views, the current view in a
/// wide margin, and at the bottom the contribution line or the message and the key hints.
/// Every piece of board text, and every message, goes through `PresentState.clean` first:
/// the room sees no e-mail address, phone number or surname, and no private note.
struct PresentView {
  let state: AppState
  let session: PresentState

  /// The room the views draw in: two cells of margin each side, a blank row under the header
  /// and above the message line.
  static func content(width: Int, height: Int) -> Rect {
    Rect(x: 2, y: 2, width: max(0, width - 4), height: max(0, height - 5))
  }

  func draw(into grid: inout Grid) {
    let area = Self.content(width: state.width, height: state.height)
    drawHeader(into: &grid)
    switch session.view {
    case .board: PresentBoardView(state: state, session: session, area: area).draw(into: &grid)
    case .spotlight: PresentSpotlightView(state: state, session: session, area: area).draw(into: &grid)
    case .votes: PresentVotesView(state: state, session: session, area: area).draw(into: &grid)
    case .timer: PresentTimerView(state: state, session: session, area: area).draw(into: &grid)
    }
    if session.summaryScroll != nil {
      PresentSummaryOverlay(state: state, session: session, area: area).draw(into: &grid)
    }
    drawFooter(into: &grid)
  }

  private func drawHeader(into grid: inout Grid) {
    let width = state.width
    grid.fill(Rect(x: 0, y: 0, width: width, height: 1), style: .statusBar)
    var tabs: [Span] = []
    for view in PresentState.View.allCases {
      let name = " " + UIText.viewName(view) + " "
      tabs.append(Span(name, style: view == session.view ? .statusKey : .statusBar))
    }
    if session.timer.isRunning || session.timer.isUp(at: state.now) {
      let left = session.timer.remaining(at: state.now)
      tabs.append(Span(" " + UIText.presentTimer(left) + " ", style: left == 0 ? .statusError : .statusBar))
    }
    let tabsWidth = tabs.reduce(0) { $0 + DisplayWidth.of($1.text) }
    let title = session.sessionID.flatMap { state.board.sessions[$0] }.map { $0.id.code + " · " + $0.title }
    let left = [
      Span(" " + state.mode.label + " ", style: .statusKey),
      Span(" " + session.clean(title ?? UIText.presentNoSession) + " ", style: .statusBar),
    ]
    grid.put(spans: left, x: 0, y: 0, maxWidth: max(0, width - tabsWidth - 1))
    if tabsWidth < width { grid.put(spans: tabs, x: width - tabsWidth, y: 0) }
  }

  private func drawFooter(into grid: inout Grid) {
    let width = state.width
    let messageRow = state.height - 2
    let hintRow = state.height - 1
    if let text = session.capture {
      let x = grid.put(
        spans: [Span(UIText.presentCapturePrompt, style: .statusKey), Span(session.clean(text), style: .inputFocused)],
        x: 1, y: messageRow, maxWidth: width - 2)
      grid.cursor = Point(x: min(x, width - 1), y: messageRow)
    } else if let message = state.message {
      grid.put(
        " " + session.clean(message.text) + " ", x: 1, y: messageRow,
        style: message.isError ? .statusError : .statusSaved, maxWidth: width - 2)
    }
    // The present screen's own keys, also while the help is open over it.
    let layer = Screen.present(session).keyLayer(searching: false)
    var hints: [Span] = []
    for (keys, hint) in KeyMap.layer(layer).hints {
      hints.append(Span((hints.isEmpty ? " " : "  ") + keys, style: .helpKey))
      hints.append(Span(" " + hint, style: .dim))
    }
    grid.put(spans: hints, x: 0, y: hintRow, maxWidth: width)
  }
}

/// Present mode fills the screen; the help overlay can open over it.
func renderPresent(_ state: AppState, _ present: PresentState, layout: ScreenLayout, into grid: Grid) -> Grid {
  var grid = grid
  PresentView(state: state, session: present).draw(into: &grid)
  if state.mode == .help { HelpOverlay(state: state, layout: layout).draw(into: &grid) }
  return grid
}
