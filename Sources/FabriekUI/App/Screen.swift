/// What is on the screen, each case with the state only it has: a form cannot be shown without
/// its form, nor a list without its rows. `AppState.screen` is the one on top; the screens it
/// goes back to are kept under it (`AppState+Screens.swift`). Adding a screen is a case here,
/// its key map (`KeyMap+…`), its update (`Update+…`) and its view (`Views/`), each in its own
/// file; docs/ARCHITECTURE.md walks through it.
public enum Screen: Sendable {
  /// The kanban board: the bottom of the stack, where every other screen goes back to.
  case board
  /// An idea's whole record, beside the board from 140 columns, over it below.
  case detail(DetailState)
  /// Typing the search over the board (`/`); the search itself, kept when typing ends, is
  /// `AppState.search`.
  case search
  /// Typing the board's filter (`f`); the filter itself, kept when typing ends, is `AppState.filter`.
  case filter
  /// The `:` command line and its completions.
  case palette(PaletteState)
  /// Every key map, scrolled, and the search typed into it.
  case help(HelpState)
  /// The triage screen on the Incoming queue; a decision's prompt is part of it.
  case triage(TriageSession)
  /// Present mode; its contribution line and its summary overlay are part of it.
  case present(PresentState)
  /// A form; its question before discarding and the fields others changed are part of it.
  case form(Form)
  /// `:people` or `:sessions`; typing its filter is part of it.
  case list(RecordList)
  /// The dry run of `:import PATH`, waiting for Enter (import) or Esc (cancel).
  case importPreview(ImportPreview)
  /// `:person erase` on `:people`: the warning waiting for `y`, then what was done.
  case erasure(ErasureState)
  /// The reports (`r`): a page of figures per group; typing its filter is part of it.
  case reports(ReportsState)
  /// The mentoring screens: suggestions for an idea, the mentors and their load, the ideas
  /// without a mentor, the pool assignment.
  case mentors(MentorsState)
  /// `:alumni`: the exited ideas and their follow-ups.
  case alumni(AlumniState)

  /// What the status line calls this screen (a sub-state such as a triage prompt or a list's
  /// filter has a mode of its own).
  public var mode: Mode {
    switch self {
    case .board: .board
    case .detail: .detail
    case .search: .search
    case .filter: .filter
    case .palette: .palette
    case .help: .help
    case .triage(let session): session.prompt == nil ? .triage : .triagePrompt
    case .present: .present
    case .form: .form
    case .list(let list): list.isTypingFilter ? .listFilter : .list
    case .importPreview: .importPreview
    case .erasure: .erasure
    case .reports(let reports): reports.isTypingFilter ? .reportsFilter : .reports
    case .mentors(let state): if case .suggestions = state.page { .suggestions } else { .mentors }
    case .alumni: .alumni
    }
  }
}
