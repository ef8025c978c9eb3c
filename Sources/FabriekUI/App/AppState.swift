import FabriekCore

/// Everything the screen shows and remembers between keys. Changed only by `update`;
/// drawn by `render`. Derived data (the columns in stage order, the search index, the
/// detail pane's wrapped lines) is rebuilt when the board or the size changes, never per key.
public struct AppState: Sendable {
  public internal(set) var board: Board
  /// The board file's path, as the status line shows it.
  public let file: String
  /// Who the run loop records as the author of changes.
  public let user: String
  public internal(set) var width: Int
  public internal(set) var height: Int
  /// The clock for "days in stage" and the time of moves.
  public internal(set) var now: Timestamp
  public internal(set) var themeName: String
  /// The language every text is made in (`update` and `render` bind `Language.current` to it);
  /// `:lang` changes it.
  public internal(set) var language: Language
  /// The themes `:theme` completes and accepts (`.themesAvailable`, from the run loop's catalogue).
  public internal(set) var themeNames: [String]
  /// The screen on top, which takes the keys (`AppState+Screens.swift`).
  public internal(set) var screen: Screen = .board
  /// The screens under it, the nearest last: where Esc goes back to.
  var returns: [Screen] = []

  /// The ids of each stage's column, in stage order (shared with the board's storage).
  public internal(set) var columns: [[IdeaID]] = []
  public internal(set) var focusColumn = 0
  /// The focused card's index in each column, and the first card shown.
  public internal(set) var cardFocus: [Int] = []
  public internal(set) var cardScroll: [Int] = []
  /// The first stage shown when not every column fits.
  public internal(set) var columnOffset = 0

  /// A saved form whose operation is on its way to the board file: put back in front of the
  /// user if the commit fails (a full disk, a rule), so that nothing typed is lost.
  var formInFlight: Form?
  /// What forms complete from, gathered once per version of the board (history length).
  var formContextCache: (version: Int, people: (count: Int, next: Int), context: FormContext)?
  /// The search, kept when typing it ends (`Screen.search` is the typing).
  public internal(set) var search = SearchState()
  var searchIndex: SearchIndex?
  /// The board's filter (`f`, `:view`), kept while other screens open (`FilterState`).
  public internal(set) var filter = FilterState()

  /// Operations that undo our changes, the newest last; and those that redo undone ones.
  public internal(set) var undoStack: [BoardOperation] = []
  public internal(set) var redoStack: [BoardOperation] = []
  public internal(set) var message: StatusMessage?
  /// A commit was asked for and has not been answered yet.
  public internal(set) var isSaving = false
  /// Why the last commit failed (a read-only folder, a full disk, a rule), kept until a later
  /// commit goes through: while it is set the status line says "not saved", never "saved".
  public internal(set) var saveFailure: String?
  /// The idea the focus should land on when the board next changes (a moved card).
  var pendingFocus: IdeaID?
  /// A move into a column at its WIP limit, waiting for y/n (`Update+WIP.swift`).
  public internal(set) var pendingOverLimit: PendingMove?
  /// A `:merge` waiting for y/n (`Update+Merge.swift`).
  public internal(set) var pendingMerge: PendingMerge?
  /// The alumni follow-ups overdue today, for the status line: counted when the board or the
  /// day changes, not on every frame (the Exited column of a large board is long), and then
  /// only when the change concerns them (`OverdueCount`).
  public var followUpsOverdue: Int { overdue.value }
  var overdue = OverdueCount()

  public init(
    board: Board, file: String, width: Int, height: Int, now: Timestamp, themeName: String = "default",
    user: String = "fabriek", startInTriage: Bool = false, language: Language = Language.current
  ) {
    self.language = language
    self.board = board
    self.file = file
    self.user = user
    self.width = width
    self.height = height
    self.now = now
    self.themeName = themeName
    themeNames = [themeName]
    reloadColumns()
    overdue.update(for: board, today: now.day)
    cardFocus = Array(repeating: 0, count: columns.count)
    cardScroll = Array(repeating: 0, count: columns.count)
    Language.$current.withValue(language) {
      settle()
      if startInTriage { startTriage() }
    }
  }

  /// The idea of the focused card, if the focused column has any.
  public var focusedID: IdeaID? {
    guard columns.indices.contains(focusColumn), cardFocus.indices.contains(focusColumn) else { return nil }
    let column = columns[focusColumn]
    let index = cardFocus[focusColumn]
    return column.indices.contains(index) ? column[index] : nil
  }

  public var layout: ScreenLayout { ScreenLayout(self) }
}

/// A line for the status bar: what just happened, or the last error.
public struct StatusMessage: Hashable, Sendable {
  public var text: String
  public var isError: Bool

  public init(_ text: String, isError: Bool = false) { self.text = text; self.isError = isError }
}

/// The command palette's text and the completions offered for it.
public struct PaletteState: Hashable, Sendable {
  public var text = ""
  public var completions: [String] = []
  /// The completion Tab last put in the text, if any.
  public var selected: Int?
}
