extension BoardReport {
  static func line(_ key: String, _ label: String) -> FinancingLine {
    FinancingLine(key: key, label: label, applications: 0, asked: .zero, granted: .zero, refused: .zero)
  }
}

extension BoardReport.FinancingLine {
  /// Counts one more application: its amount asked, what was granted of it (the amount
  /// asked when the grant names none), or its amount asked as refused.
  mutating func add(_ app: FinancingApplication) {
    applications += 1
    asked = asked + app.asked
    if app.status == .granted { granted = granted + (app.granted ?? app.asked) }
    if app.status == .rejected { refused = refused + app.asked }
  }
}

extension Decision.Kind {
  /// `accept`, `decline`, `park`, `merge`: the report's name of the kind.
  var reportKey: String {
    switch self {
    case .accept: "accept"
    case .decline: "decline"
    case .park: "park"
    case .merge: "merge"
    }
  }
}

/// `String.searchKey` of names that repeat (campaigns, funders), each folded once.
struct FoldedNames {
  private var keys: [String: String] = [:]
  private var trimmed: [String: (name: String, key: String)] = [:]
  mutating func key(_ name: String) -> String {
    if let k = keys[name] { return k }
    let k = name.searchKey
    keys[name] = k
    return k
  }

  /// The name without surrounding spaces, and its key.
  mutating func trimmedKey(_ name: String) -> (name: String, key: String) {
    if let t = trimmed[name] { return t }
    let bare = name.trimmingCharacters(in: .whitespaces)
    let t = (bare, key(bare))
    trimmed[name] = t
    return t
  }
}
