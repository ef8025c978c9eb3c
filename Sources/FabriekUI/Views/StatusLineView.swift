import FabriekCore

/// The two bottom rows. The message line holds the search field or the command line while
/// they are typed in, and otherwise the active search and the mode's key hints (from its key
/// map). The status line holds the mode, what just happened or the last error, and, on the
/// right, the board's name, the file and the save state ("not saved" from a failed commit
/// until one goes through).
struct StatusLineView {
  let state: AppState
  let layout: ScreenLayout

  func draw(into grid: inout Grid) {
    drawMessageLine(into: &grid)
    drawStatusLine(into: &grid)
  }

  private func drawStatusLine(into grid: inout Grid) {
    let row = layout.statusRow
    let width = layout.width
    grid.fill(Rect(x: 0, y: row, width: width, height: 1), style: .statusBar)
    let saved = saveState
    let name = Span(" " + state.board.name + " · ", style: .statusBar)
    let path = Span(Self.shortPath(state.file) + " · ", style: .statusBar)
    let mode = Span(" " + modeLabel + " ", style: .statusKey)
    var left = [mode]
    if let message = state.message {
      left.append(Span(" " + message.text + " ", style: message.isError ? .statusError : .statusBar))
    }
    let leftWidth = left.reduce(0) { $0 + DisplayWidth.of($1.text) }
    let choices = [[name, path, saved], [name, saved], [saved]]
    // The save state always shows: a sentence too long for the line is cut short instead.
    let right =
      choices.first { spans in leftWidth + spans.reduce(0) { $0 + DisplayWidth.of($1.text) } + 2 <= width } ?? [saved]
    let rightWidth = right.reduce(0) { $0 + DisplayWidth.of($1.text) }
    grid.put(spans: left, x: 0, y: row, maxWidth: width - rightWidth - 2)
    if rightWidth > 0 { grid.put(spans: right + [Span(" ", style: .statusBar)], x: width - rightWidth - 1, y: row) }
  }

  private func drawMessageLine(into grid: inout Grid) {
    let row = layout.messageRow
    let width = layout.width
    var x = 0
    switch state.mode {
    case .search:
      x = grid.put(
        spans: [Span("/", style: .statusKey), Span(state.search.query, style: .input)], x: 0, y: row,
        maxWidth: width - 1)
      grid.cursor = Point(x: min(x, width - 1), y: row)
      x = grid.put("  " + matchSummary + " ", x: x, y: row, style: .dim, maxWidth: max(0, width - x))
    case .filter:
      FilterLineView(state: state).draw(into: &grid, row: row, width: width)
      return
    case .palette:
      x = grid.put(
        spans: [Span(":", style: .statusKey), Span(state.palette.text, style: .input)], x: 0, y: row,
        maxWidth: width - 1)
      grid.cursor = Point(x: min(x, width - 1), y: row)
      return
    case .board, .detail, .help, .triage, .triagePrompt, .present, .form, .list, .listFilter:
      if state.search.isActive {
        x = grid.put(
          spans: [Span("/" + state.search.query, style: .searchMatch), Span("  " + matchSummary + " ", style: .dim)],
          x: 0, y: row, maxWidth: width)
      }
      x = FilterLineView(state: state).drawActive(into: &grid, x: x, row: row, width: width)
    }
    var hints: [Span] = []
    var used = 0
    let room = max(0, width - x)
    for (keys, hint) in state.keyHints {
      let key = (hints.isEmpty ? " " : "  ") + keys
      // A hint whose key would not show is not begun (the ones after it are for wider screens).
      if used + DisplayWidth.of(key) > room { break }
      hints.append(Span(key, style: .helpKey))
      hints.append(Span(" " + hint, style: .dim))
      used += DisplayWidth.of(key) + 1 + DisplayWidth.of(hint)
    }
    grid.put(spans: hints, x: x, y: row, maxWidth: max(0, width - x))
  }

  /// "3 of 12 matches", "12 matches", "no match".
  private var matchSummary: String {
    let search = state.search
    guard search.isActive else { return "" }
    return UIText.matches(search.matches.count, current: search.current.map { $0 + 1 })
  }

  /// "saving…" while a commit is on its way, "not saved" (as an error) after one failed
  /// until a later one goes through, else "saved".
  private var saveState: Span {
    if state.isSaving { return Span(UIText.saving, style: .statusBar) }
    if state.saveFailure != nil { return Span(UIText.notSaved, style: .statusError) }
    return Span(UIText.saved, style: .statusSaved)
  }

  /// The path as it fits a status line: the file name alone when the path is long.
  static func shortPath(_ path: String) -> String {
    guard DisplayWidth.of(path) > 32, let slash = path.lastIndex(of: "/") else { return path }
    return "…/" + path[path.index(after: slash)...]
  }

  /// The mode's name; a list says which records it holds.
  var modeLabel: String {
    guard state.mode == .list || state.mode == .listFilter, let list = state.list else { return state.mode.label }
    return list.kind == .people ? UIText.modePeople : UIText.modeSessions
  }
}
