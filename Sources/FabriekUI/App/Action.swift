/// What a key does, as a value: the key map binds keys to actions and `update` performs them.
public enum Action: Hashable, Sendable {
  public enum Direction: Hashable, Sendable {
    case previous, next
  }

  case focusColumn(Direction)
  case focusCard(Direction)
  case focusFirst, focusLast
  case page(Direction)
  /// Moves the focused card to the previous or next stage.
  case moveCard(Direction)
  /// Moves the focused card up (`previous`) or down within its column.
  case reorderCard(Direction)
  case openDetail
  /// Esc: closes the detail or an overlay, cancels or clears the search.
  case close
  case undo, redo
  case startSearch
  /// `n`/`N`: the next or previous search match (`n` is "new idea" once forms exist).
  case jumpToMatch(Direction)
  case openPalette
  case nextTheme
  case showHelp
  case quit
  /// Scrolls the detail pane or the help overlay by a line or a page, or to an end.
  case scroll(Direction)
  case scrollPage(Direction)
  case scrollToTop, scrollToBottom
  /// Enter in the search field or the palette.
  case confirm
  case deleteBackward
  case clearInput
  /// Tab / Shift-Tab in the palette: the next or previous completion.
  case complete(Direction)
  /// A key of DESIGN.md §3 whose screen comes in a later version.
  case unavailable(Feature)
}

/// The screens and actions of DESIGN.md §3 that are not built yet.
public enum Feature: String, CaseIterable, Hashable, Sendable {
  case newIdea, edit, filter, triage, present, mentors, reports

  public var label: String {
    switch self {
    case .newIdea: UIText.featureNewIdea
    case .edit: UIText.featureEdit
    case .filter: UIText.featureFilter
    case .triage: UIText.featureTriage
    case .present: UIText.featurePresent
    case .mentors: UIText.featureMentors
    case .reports: UIText.featureReports
    }
  }
}
