/// The files that make up one board on disk, all beside the snapshot:
/// `board.json`, `board.json.journal`, `board.json.lock`, `board.json.open`,
/// `board.json.bak.1…3`, and `.board.json.tmp-*` while a write is under way.
public struct StoreFiles: Hashable, Sendable {
  public var snapshot: String
  public var journal: String { snapshot + ".journal" }
  public var lock: String { snapshot + ".lock" }
  /// Held shared by every open interactive session, to detect a second one.
  public var presence: String { snapshot + ".open" }
  public var directory: String { Paths.directory(of: snapshot) }
  public static let backupCount = 3

  public init(snapshot: String) { self.snapshot = snapshot }

  public func backup(_ n: Int) -> String { snapshot + ".bak.\(n)" }

  public static func tempPrefix(for path: String) -> String { "." + Paths.fileName(of: path) + ".tmp-" }

  /// Where a damaged file is kept aside: `board.json.damaged-20261129T062243Z`.
  public func damagedCopy(of path: String, at time: Timestamp) -> String {
    path + ".damaged-" + time.description.filter { $0 != "-" && $0 != ":" }
  }
}
