/// The help overlay's state: how far it is scrolled, and the search typed with `/`.
public struct HelpState: Hashable, Sendable {
  /// The first line shown.
  public var scroll: Int = 0
  /// What `/` searches for; nil when no search is active (before `/`, after Esc).
  public var query: String?
  /// Whether the query is being typed (its keys are `KeyMap.helpSearch`); once Enter keeps it,
  /// `n` and `N` step through the matches (`KeyMap.helpSearching`).
  public var isTyping = false
  /// The line of the match brought into view, if any line matches.
  public var match: Int?

  public init(scroll: Int = 0) { self.scroll = scroll }

  /// The lines whose text contains the query, no case, no accents: `cafe` finds `Café`.
  static func matches(of query: String, in lines: [String]) -> [Int] {
    let key = query.searchKey
    guard !key.isEmpty else { return [] }
    return lines.indices.filter { lines[$0].searchKey.contains(key) }
  }
}
