/// The layers of the key map, in the order the help overlay lists them. Each screen state
/// takes its keys from one of them (`AppState.keyLayer`), which lies on others
/// (`KeyMap.under`); the shared ones at the end lie under many.
public enum KeyLayer: String, CaseIterable, Hashable, Sendable {
  case board
  /// The board while a search is active: `n` and `N` step through the matches.
  case boardSearching
  /// The board while a filter is on: `F` clears it.
  case boardFiltered
  case detail
  /// The detail beside the board: j/k move the board's focus, the detail follows.
  case detailBeside
  case search
  /// The filter line (`f`).
  case filterLine
  case palette, help
  /// The help while a search of it is kept: `n` and `N` step through the matches.
  case helpSearching
  /// Typing a search of the help (`/`).
  case helpSearch
  case triage
  /// A decision's prompt in triage: the decline reason, the revisit date, the stage or the duplicate.
  case triagePrompt
  /// A y/n question in triage: change a decision made already, go back to the skipped.
  case triageQuestion
  case present
  /// Present mode's contribution line (`i`).
  case presentCapture
  /// Present mode's session summary (`S`).
  case presentSummary
  case form
  /// A form asking whether to discard what was typed.
  case formDiscard
  /// A form showing the fields someone else saved meanwhile.
  case formConflicts
  /// Asking before a card goes into a column at its WIP limit (on the board or in triage).
  case overLimit
  /// Asking before `:merge` merges the idea in view into the one named.
  case confirmMerge
  case list
  /// The list of `:sessions`: `p` presents the session under the cursor.
  case sessionList
  /// Typing a list's filter.
  case listFilter
  /// The people suggested for an idea (`m`).
  case suggestions
  /// The mentors screen (`:mentors`): every mentor and partner with their load.
  case mentors
  /// The mentors screen's tab of ideas in Enrichment without a mentor.
  case mentorsUnmatched
  /// The pool assignment, accepted or dropped row by row.
  case mentorPool
  /// A question of the mentoring screens: a reason to break a rule, to end or decline, the hours.
  case mentorPrompt
  /// The dry run of `:import`: Enter imports, Esc cancels.
  case importPreview
  /// `:person erase`'s warning: `y` erases, `n` or Esc changes nothing.
  case erasure
  /// What an erasure did: any closing key goes back.
  case erasureResult
  /// The reports screen (`r`).
  case reports
  /// Typing the reports' filter.
  case reportsFilter
  /// `:alumni`.
  case alumni
  /// Under every line of text typed into: the search, the palette, a prompt, a filter, a contribution.
  case typing
  /// Under every long text: the detail, the help, the session summary.
  case scrolling
  /// Under nearly every screen.
  case everywhere

  /// What the help overlay calls the layer.
  public var helpHeading: String { UIText.helpHeading(self) }

  /// A state of the screen whose layer comes just before this one: the help lists it as part
  /// of that screen.
  var isPartOfThePrevious: Bool {
    switch self {
    case .boardSearching, .boardFiltered, .detailBeside, .helpSearching, .helpSearch, .triagePrompt, .triageQuestion,
      .presentCapture, .presentSummary, .formDiscard, .formConflicts, .sessionList, .listFilter, .erasureResult,
      .reportsFilter, .mentorsUnmatched, .mentorPrompt:
      true
    case .board, .detail, .search, .filterLine, .palette, .help, .triage, .present, .form, .overLimit, .confirmMerge, .list,
      .importPreview, .erasure, .reports, .suggestions, .mentors, .mentorPool, .alumni, .typing, .scrolling, .everywhere:
      false
    }
  }

  /// The layer whose hints the footer shows while this one takes the keys: a form's questions
  /// show their own keys in the form.
  var footer: KeyLayer {
    switch self {
    case .formDiscard, .formConflicts: .form
    case .triageQuestion: .triage
    default: self
    }
  }
}
