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
  /// A link, FIFO, device or socket where a board's file belongs (or a link leading nowhere).
  case unsafeFile(path: String, found: FileKind, target: String?, dangling: Bool = false)
  /// The snapshot's write permission is off: the board is read-only and fabriek respects it.
  case readOnlyBoard(path: String)
  /// A new snapshot did not read back as the board in memory; it was set aside, nothing changed.
  case snapshotNotVerified(path: String, detail: String, setAside: String?)
  case internalFailure(String)

  public var exitCode: Int32 {
    if case .rejected = self { return 1 }
    if case .missing = self { return 1 }
    if case .readOnlyBoard = self { return 1 }
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
      if path.hasSuffix(".journal") {
        let board = String(path.dropLast(".journal".count))
        s +=
          "; `fabriek check --repair --file \(board)` keeps every change before the damage and sets the rest aside"
      } else if let b = backup {
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
      return
        "\(path) does not exist; `fabriek --file \(path)` creates an empty board there, and `fabriek demo-data --out \(path)` a sample one."
    case .unsafeFile(let path, let found, let target, let dangling):
      if found == .symbolicLink {
        let to = target.map { " to \($0)" } ?? ""
        if dangling {
          return
            "\(path) is a symbolic link\(to), which leads to nothing; fabriek creates no file through a link: give the path of the board itself, or remove the link."
        }
        return
          "\(path) is a symbolic link\(to); fabriek never follows a link beside a board (it could write your board's data elsewhere): remove it and nothing is lost, the board's own files are kept."
      }
      return
        "\(path) is \(found.words), not a regular file; fabriek only reads and writes regular files for a board: remove it, or give the path of a board file."
    case .readOnlyBoard(let path):
      return
        "\(path) is read-only (its write permission is off), so nothing was changed; make it writable with `chmod u+w \(path)` to change the board."
    case .snapshotNotVerified(let path, let detail, let setAside):
      let aside = setAside.map { "; the new snapshot was set aside as \($0)" } ?? ""
      return
        "A new snapshot of \(path) did not read back as the board (\(detail)), so the old snapshot and the journal were kept and nothing was lost\(aside); please report it."
    case .internalFailure(let what):
      return "Internal failure: \(what); please report it."
    }
  }
}
