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
    if state.mode == .board, case let overdue = state.followUpsOverdue, overdue > 0 {
      left.append(Span(" " + UIText.followUpsOverdue(overdue) + " ", style: .badgeWarning))
    }
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
    case .board, .detail, .help, .triage, .triagePrompt, .present, .form, .list, .listFilter, .importPreview, .erasure,
      .reports, .reportsFilter, .suggestions, .mentors, .alumni:
      if state.search.isActive {
        x = grid.put(
          spans: [Span("/" + state.search.query, style: .searchMatch), Span("  " + matchSummary + " ", style: .dim)],
          x: 0, y: row, maxWidth: width)
      }
      x = FilterLineView(state: state).drawActive(into: &grid, x: x, row: row, width: width)
    }
    grid.put(spans: Self.fitting(state.keyHints, in: max(0, width - x)), x: x, y: row, maxWidth: max(0, width - x))
  }

  /// The hints that fit, each whole, in their order: help and quit first claim their room
  /// (longer words in Dutch and French must not push them off), then the others in turn, a
  /// shorter one still taken after a longer one that did not fit.
  static func fitting(_ all: [(keys: String, hint: String)], in room: Int) -> [Span] {
    let essential: Set<String> = [tr("keys.hint.help"), tr("keys.hint.quit")]
    let widths = all.map { DisplayWidth.of($0.keys) + 1 + DisplayWidth.of($0.hint) + 2 }
    var used = 1 - 2  // a leading space, and no gap before the first
    var chosen = [Bool](repeating: false, count: all.count)
    for pass in 0..<2 {
      for (i, h) in all.enumerated() where !chosen[i] && essential.contains(h.hint) == (pass == 0) {
        if used + widths[i] <= room {
          chosen[i] = true
          used += widths[i]
        }
      }
    }
    var spans: [Span] = []
    for (i, h) in all.enumerated() where chosen[i] {
      spans.append(Span((spans.isEmpty ? " " : "  ") + h.keys, style: .helpKey))
      spans.append(Span(" " + h.hint, style: .dim))
    }
    return spans
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
