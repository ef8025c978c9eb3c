import FabriekCore

/// What the list and picker fields complete from, gathered from the board when a form opens:
/// the people to pick, and the tags, expertise and languages already in use (most used first).
public struct FormContext: Hashable, Sendable {
  public let directory: PeopleDirectory
  public let tags: [String]
  public let expertise: [String]
  public let languages: [String]

  /// `samePeople`: a context gathered from an earlier version of the board whose people have
  /// not changed since — its people, expertise and languages are kept, the tags gathered again.
  public init(_ board: Board, samePeople earlier: FormContext? = nil) {
    let ideas = board.ideas.values
    // By index: reading `tags` in place rather than copying each idea.
    tags = Self.byUse(ideas.indices.lazy.flatMap { ideas[$0].tags })
    if let earlier {
      directory = earlier.directory
      expertise = earlier.expertise
      languages = earlier.languages
      return
    }
    directory = PeopleDirectory(board.people.values)
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
  /// tens of milliseconds; reusing it, nothing). After changes that touched no person (every
  /// change is a history line naming its subject, one per operation of a batch) the people are
  /// kept and only the tags gathered again.
  mutating func formContext() -> FormContext {
    let version = board.history.count
    let people = (count: board.people.count, next: board.nextPerson)
    if let cache = formContextCache {
      if cache.version == version { return cache.context }
      let samePeople =
        cache.version < version && cache.people == people
        && !board.history[cache.version..<version].contains {
          if case .person = $0.subject { return true }
          return false
        }
      if samePeople {
        let context = FormContext(board, samePeople: cache.context)
        formContextCache = (version, people, context)
        return context
      }
    }
    let context = FormContext(board)
    formContextCache = (version, people, context)
    return context
  }
}
