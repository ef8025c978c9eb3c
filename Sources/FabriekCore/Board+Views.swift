/// Saved views: filters (`IdeaQuery`) kept under a name in the board file, so the whole team
/// has them. One operation, `.setView`, saves or removes one; its inverse puts back what the
/// name held before. Names are compared without case or accents; a view saved again under a
/// name that differs only so keeps the spelling it was first saved with.
extension Board {
  mutating func performSetView(name: String, query: String?) throws(BoardError) -> BoardOperation {
    let typed = name.trimmingCharactersInWhitespace()
    if typed.isEmpty { throw .invalid(field: "view", reason: "a view needs a name") }
    try Rules.text(typed, field: "view", max: Rules.maxTitle)
    if let query { try Rules.text(query, field: "view query", max: Rules.maxShortText) }
    let key = views.keys.first { $0.searchKey == typed.searchKey } ?? typed
    let old = views[key]
    if old == nil && query == nil { throw .notFound("The view “\(typed)”") }
    views[key] = query
    return .setView(name: key, query: old)
  }

  /// The saved views, by name.
  public var savedViews: [SavedView] {
    views.map { SavedView(name: $0.key, query: $0.value) }.sorted { $0.name < $1.name }
  }
}

/// A filter saved under a name: on the board (`Board.views`) or built in.
public struct SavedView: Hashable, Codable, Sendable {
  public var name: String
  public var query: String
}

/// The views every board has, whose names are in the catalogue (`filter.view.*`), so that
/// they read in each language; `:view` and `--view` take any of their names.
public enum BuiltInView: String, CaseIterable, Sendable {
  case unscored, stale, noExitPlan, noMentor, mine, declined, parkedDue

  public var query: String {
    switch self {
    case .unscored: "stage:incoming score:none"
    case .stale: "is:stale"
    case .noExitPlan: "stage:realisation exit:none"
    case .noMentor: "stage:enrichment mentor:none"
    case .mine: "coach:me or mentor:me"
    case .declined: "outcome:declined"
    case .parkedDue: "outcome:parked is:due"
    }
  }

  /// The name in the current language.
  public var name: String { tr("filter.view." + rawValue) }

  func names() -> [String] { Language.allCases.map { tr("filter.view." + rawValue, [:], in: $0) } }
}

/// Looking up a view by name: the board's own first (a board may save a view under a built-in
/// name to change it), then the built-in ones, then an unambiguous beginning of either.
public enum ViewLookup: Hashable, Sendable {
  case found(SavedView)
  case ambiguous([String])
  case unknown

  public static func find(_ typed: String, on board: Board) -> ViewLookup {
    var table: [(String, [String])] = board.savedViews.map { ($0.name, [$0.name]) }
    for view in BuiltInView.allCases where !table.contains(where: { $0.0.searchKey == view.name.searchKey }) {
      table.append((view.name, view.names()))
    }
    switch QueryNames.resolve(typed, in: table) {
    case .found(let name): return .found(SavedView(name: name, query: query(of: name, on: board) ?? ""))
    case .ambiguous(let names): return .ambiguous(names)
    case .unknown: return .unknown
    }
  }

  /// Every view a board offers, its own and the built-in ones it does not replace, by name.
  public static func all(on board: Board) -> [SavedView] {
    var list = board.savedViews
    for view in BuiltInView.allCases where !list.contains(where: { $0.name.searchKey == view.name.searchKey }) {
      list.append(SavedView(name: view.name, query: view.query))
    }
    return list
  }

  private static func query(of name: String, on board: Board) -> String? {
    if let q = board.views[name] { return q }
    return BuiltInView.allCases.first { $0.name == name }?.query
  }
}

extension SavedView {
  func write(to w: inout JSONWriter) {
    w.object { w in
      w.key("name")
      w.string(name)
      w.key("query")
      w.string(query)
    }
  }

  init(json r: inout JSONReader) throws {
    var name: String?
    var query: String?
    try r.object { r, k in
      switch k {
      case "name": name = try r.string()
      case "query": query = try r.string()
      default: try r.skip()
      }
    }
    guard let name, let query else { throw r.failure("a saved view needs a name and a query") }
    self.init(name: name, query: query)
  }
}
