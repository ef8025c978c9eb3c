import FabriekCore

/// The board's filter (`f`): the query typed, the last good query and the ideas it matches.
/// While it is on, the board shows only matching cards (`AppState.reloadColumns`), triage
/// takes only matching candidates, and it stays on through opening, editing and moving a card
/// and through undo: the board's changes run it again (`AppState.refreshFilter`). A query that
/// cannot be read keeps the last good result and says which word is wrong (`error`).
public struct FilterState: Sendable {
  /// What the filter line holds.
  public internal(set) var text = ""
  /// The last query that could be read, and so the one applied; nil when the filter is off.
  public internal(set) var query: IdeaQuery?
  /// The ideas the query matches, in board order.
  public internal(set) var matches: [IdeaID] = []
  public internal(set) var matchSet: Set<IdeaID> = []
  /// Why `text` cannot be read, with the word that is wrong.
  public internal(set) var error: QueryError?
  /// The name of the view the filter came from (`:view NAME`), until it is typed over.
  public internal(set) var viewName: String?
  /// Every idea's folded text and facts, built when a filter first needs it and caught up with
  /// the board's history after that.
  var index: QueryIndex?

  /// A filter is on: the board shows only what it matches.
  public var isActive: Bool { query.map { !$0.isEmpty } ?? false }

  public func contains(_ id: IdeaID) -> Bool { matchSet.contains(id) }
}
