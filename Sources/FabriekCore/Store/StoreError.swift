/// Why the store refused or failed. Each message is one sentence: what is wrong, where, and
/// what to do. `exitCode` is what the command line returns: 1 for a refused change, 2 for
/// a data problem.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
  case rejected(BoardError)
  case io(IOError, nothingLost: Bool)
  case damaged(path: String, detail: String)
  /// A damaged file with what was done about it: where a copy was kept, the newest good backup.
  case damagedKept(path: String, detail: String, keptAt: String?, backup: String?)
  case notABoard(path: String)
  case newerVersion(path: String, version: Int)
  case missing(path: String)
  case internalFailure(String)

  public var exitCode: Int32 {
    if case .rejected = self { return 1 }
    if case .missing = self { return 1 }
    return 2
  }

  public var description: String { message }

  public var message: String {
    switch self {
    case .rejected(let e): return e.message
    case .io(let e, let nothingLost):
      let advice =
        e.isDiskFull
        ? "free some space and try again"
        : e.isReadOnly ? "open a copy of the board in a folder you can write to" : "check the disk and try again"
      return
        "Could not save to \(e.path): \(e.reason); \(advice)\(nothingLost ? " (nothing already saved was lost)" : "")."
    case .damaged(let path, let detail):
      return "\(path) is damaged: \(detail)."
    case .damagedKept(let path, let detail, let keptAt, let backup):
      var s = "\(path) is damaged (\(detail)) and was left untouched"
      if let k = keptAt { s += "; a copy is kept at \(k)" }
      if let b = backup {
        s += "; the newest good backup is \(b): restore it with `fabriek restore --file \(path)`"
      } else {
        s += "; there is no good backup to restore"
      }
      return s + "."
    case .notABoard(let path):
      return "\(path) is not a fabriek board file; check the path given with --file."
    case .newerVersion(let path, let version):
      return
        "\(path) was written by a newer fabriek (board format \(version); this one reads up to \(SnapshotCodec.currentVersion)); update fabriek to open it."
    case .missing(let path):
      return "\(path) does not exist; create a board with `fabriek demo-data --out \(path)` or open it without --file."
    case .internalFailure(let what):
      return "Internal failure: \(what); please report it."
    }
  }
}
