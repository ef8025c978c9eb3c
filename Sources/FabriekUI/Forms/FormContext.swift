import FabriekCore

/// What the list and picker fields complete from, gathered from the board when a form opens:
/// the people to pick, and the tags, expertise and languages already in use (most used first).
public struct FormContext: Hashable, Sendable {
  public let directory: PeopleDirectory
  public let tags: [String]
  public let expertise: [String]
  public let languages: [String]

  public init(_ board: Board) {
    directory = PeopleDirectory(board.people.values)
    let ideas = board.ideas.values
    // By index: reading `tags` in place rather than copying each idea.
    tags = Self.byUse(ideas.indices.lazy.flatMap { ideas[$0].tags })
    expertise = Self.byUse(board.people.values.lazy.flatMap(\.expertise))
    languages = Self.byUse(board.people.values.lazy.flatMap(\.languages) + ["nl", "fr", "en", "de"])
  }

  /// Each value once (the first spelling of each folded form), the most used first, then by name.
  static func byUse(_ values: some Sequence<String>) -> [String] {
    var counts: [String: (spelling: String, count: Int)] = [:]
    for value in values {
      let key = value.lowercased()
      counts[key, default: (value, 0)].count += 1
    }
    return counts.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.spelling < $1.spelling }
      .map(\.spelling)
  }
}

extension AppState {
  /// The people, tags, expertise and languages forms complete from: gathered from the board
  /// the first time a form opens after a change, then reused (at 10,000 ideas gathering takes
  /// tens of milliseconds; reusing it, nothing).
  mutating func formContext() -> FormContext {
    let version = board.history.count
    if let cache = formContextCache, cache.version == version { return cache.context }
    let context = FormContext(board)
    formContextCache = (version, context)
    return context
  }
}
