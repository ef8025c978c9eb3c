import FabriekCore

/// What kind of screen is on top, as the status line names it: the case of `Screen`, with a
/// triage prompt and a list's filter told apart. The keys come from `AppState.keyLayer`.
public enum Mode: String, CaseIterable, Hashable, Sendable {
  case board, detail, search, palette, help, triage
  /// Typing the board's filter (`f`).
  case filter
  /// A decision's prompt in triage: the decline reason, the revisit date, the stage or the duplicate.
  case triagePrompt
  /// Present mode: the board on a projector (views, spotlight, votes, timer).
  case present
  /// A form: the new idea (`n`); fields, readline editing, Ctrl-S save, Esc cancel.
  case form
  /// `:people`, `:sessions`: a list of records to browse, filter, open and add to.
  case list
  /// Typing the list's filter (`/`, or a character the list does not bind).
  case listFilter
  /// The dry run of an import, before Enter imports it.
  case importPreview
  /// `:person erase`: its warning, then what it did.
  case erasure
  /// The reports screen (`r`), and typing its filter.
  case reports, reportsFilter
  /// The people suggested for an idea (`m`).
  case suggestions
  /// The mentors screen: load, ideas without a mentor, the pool assignment.
  case mentors
  /// `:alumni`: the exited ideas and their follow-ups.
  case alumni

  /// What the status line calls the mode: `mode.<case>` in the catalogues; a prompt or a
  /// filter is called as the screen it is typed on.
  public var label: String {
    switch self {
    case .board, .detail, .search, .palette, .help, .triage, .present, .form, .list, .erasure, .reports:
      tr("mode." + rawValue)
    case .triagePrompt: Mode.triage.label
    case .listFilter: Mode.list.label
    case .reportsFilter: Mode.reports.label
    case .filter: UIText.modeFilter
    case .importPreview: tr("mode.import")
    case .suggestions: tr("mentorui.mode.suggestions")
    case .mentors: tr("mentorui.mode.mentors")
    case .alumni: UIText.modeAlumni
    }
  }
}
