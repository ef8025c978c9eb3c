import FabriekCore

/// Draws the whole state into a grid of the state's size: the screens that show under the one
/// on top (present mode, triage or the board with its detail pane, an open list), the overlay
/// on top, the message line and the status line; or, on a screen smaller than 80×24, a
/// message saying what size is needed.
public func render(_ state: AppState) -> Grid {
  Language.$current.withValue(state.language) { renderInLanguage(state) }
}

private func renderInLanguage(_ state: AppState) -> Grid {
  var grid = Grid(width: state.width, height: state.height)
  let layout = ScreenLayout(state)
  if layout.isTooSmall {
    TooSmallView(width: state.width, height: state.height).draw(into: &grid)
    return grid
  }
  if let present = state.present { return renderPresent(state, present, layout: layout, into: grid) }
  if let session = state.triage {
    TriageView(state: state, session: session, layout: layout).draw(into: &grid)
  } else {
    BoardView(state: state, layout: layout).draw(into: &grid)
    DetailView(state: state, layout: layout).draw(into: &grid)
  }
  // The lists, the reports and the mentoring screens in the order they lie on the stack, the
  // nearer the top last.
  for screen in state.returns + [state.screen] where state.mode != .present {
    switch screen {
    case .list(let list): RecordListView(state: state, list: list, layout: layout).draw(into: &grid)
    case .reports(let reports): ReportsView(state: state, reports: reports, layout: layout).draw(into: &grid)
    case .mentors(let mentors): MentorsView(state: state, mentors: mentors, layout: layout).draw(into: &grid)
    default: break
    }
  }
  if let alumni = state.alumni, state.mode != .present {
    AlumniView(state: state, alumni: alumni, layout: layout).draw(into: &grid)
  }
  switch state.screen {
  case .help: HelpOverlay(state: state, layout: layout).draw(into: &grid)
  case .palette: PaletteView(state: state, layout: layout).draw(into: &grid)
  case .form(let form):
    let board = state.board
    FormView(form: form, layout: layout, today: state.now.day, ideaTitle: { board.ideas[$0]?.title }).draw(
      into: &grid)
  case .importPreview(let preview): ImportPreviewView(preview: preview, layout: layout).draw(into: &grid)
  case .erasure(let erasure): ErasureView(erasure: erasure, layout: layout).draw(into: &grid)
  case .board, .detail, .search, .filter, .triage, .present, .list, .reports, .mentors, .alumni: break
  }
  StatusLineView(state: state, layout: layout).draw(into: &grid)
  return grid
}
