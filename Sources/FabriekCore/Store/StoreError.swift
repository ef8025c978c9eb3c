/// Why the store refused or failed. Each message is one sentence: what is wrong, where, and
/// what to do, in the current language (`store.*` in the catalogues); the details it carries
/// were made in the language current when the error was made. `exitCode` is what the command line returns: 1 for a refused change, 2 for
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
        ? tr("store.advice.freeSpace")
        : e.isReadOnly ? tr("store.advice.copyElsewhere") : tr("store.advice.checkDisk")
      return tr(
        nothingLost ? "store.couldNotSaveNothingLost" : "store.couldNotSave",
        ["path": e.path, "reason": e.reason, "advice": advice])
    case .damaged(let path, let detail):
      return tr("store.damaged", ["path": path, "detail": detail])
    case .damagedKept(let path, let detail, let keptAt, let backup):
      var s = tr("store.damagedKept", ["path": path, "detail": detail])
      if let k = keptAt { s += tr("store.damagedKept.copy", ["copy": k]) }
      if path.hasSuffix(".journal") {
        let board = String(path.dropLast(".journal".count))
        s += tr("store.damagedKept.repair", ["board": board])
      } else if let b = backup {
        s += tr("store.damagedKept.backup", ["backup": b, "path": path])
      } else {
        s += tr("store.damagedKept.noBackup")
      }
      return s + "."
    case .notABoard(let path):
      return tr("store.notABoard", ["path": path])
    case .newerVersion(let path, let version):
      return tr(
        "store.newerVersion",
        ["path": path, "version": String(version), "current": String(SnapshotCodec.currentVersion)])
    case .missing(let path):
      return tr("store.missing", ["path": path])
    case .unsafeFile(let path, let found, let target, let dangling):
      if found == .symbolicLink {
        let to = target.map { tr("store.linkTo", ["target": $0]) } ?? ""
        if dangling { return tr("store.danglingLink", ["path": path, "to": to]) }
        return tr("store.symbolicLink", ["path": path, "to": to])
      }
      return tr("store.notRegular", ["path": path, "found": found.words])
    case .readOnlyBoard(let path):
      return tr("store.readOnly", ["path": path])
    case .snapshotNotVerified(let path, let detail, let setAside):
      let aside = setAside.map { tr("store.setAside", ["aside": $0]) } ?? ""
      return tr("store.snapshotNotVerified", ["path": path, "detail": detail, "aside": aside])
    case .internalFailure(let what):
      return tr("store.internalFailure", ["what": what])
    }
  }
}
