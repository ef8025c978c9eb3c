import FabriekCore

/// The search: what was typed, the ideas that match it (board order, then off the board) and
/// which match the focus is on.
public struct SearchState: Hashable, Sendable {
  public internal(set) var query = ""
  public internal(set) var matches: [IdeaID] = []
  /// The same ids, to highlight cards without a scan.
  public internal(set) var matchSet: Set<IdeaID> = []
  public internal(set) var current: Int?
  /// The folded query that found the matches, so that typing another letter only looks again
  /// at the ideas that matched already.
  var folded: [UInt8] = []
  /// Where the focus was when `/` was pressed, for Esc.
  var origin: Origin?

  struct Origin: Hashable, Sendable {
    var column: Int
    var cards: [Int]
  }

  public var isActive: Bool { !query.isEmpty }

  public func contains(_ id: IdeaID) -> Bool { matchSet.contains(id) }
}

extension AppState {
  /// Runs the search for `query`: narrows the previous matches when the query only grew.
  mutating func runSearch(_ query: String) {
    search.query = query
    guard !query.isEmpty else {
      search.matches = []
      search.matchSet = []
      search.folded = []
      search.current = nil
      return
    }
    var index = searchIndex ?? SearchIndex(board: board)
    let folded = index.foldQuery(query)
    let narrows = !search.folded.isEmpty && folded.starts(with: search.folded)
    search.matches = index.matches(folded, in: board, among: narrows ? search.matches : nil)
    searchIndex = index
    search.folded = folded
    search.matchSet = Set(search.matches)
    search.current = nil
  }

  /// After the board changed: the index catches up with the changed ideas and an active search
  /// runs again, keeping the current match when it still matches.
  mutating func refreshSearch() {
    searchIndex?.update(for: board)
    guard search.isActive else { return }
    let current = search.current.map { search.matches[$0] }
    search.folded = []
    runSearch(search.query)
    search.current = current.flatMap { search.matches.firstIndex(of: $0) }
  }
}
