/// The files that make up one board on disk, all beside the snapshot:
/// `board.json`, `board.json.journal`, `board.json.lock`, `board.json.open`,
/// `board.json.bak.1…3` with the journals folded into the snapshot after each
/// (`board.json.bak.1.journal`…), and `.board.json.tmp-*` while a write is under way.
///
/// `snapshot` is the board's real path (see `resolve`): every companion file is derived from
/// it, so that the same board reached through a link and through its own path shares one
/// journal and one lock.
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
  /// The changes that were folded into the snapshot after backup `n`: backup `n` plus this
  /// journal (plus the newer ones, and the live journal) is the board as it is now.
  public func backupJournal(_ n: Int) -> String { backup(n) + ".journal" }

  /// The files fabriek reads and writes in place, which must be regular files when they exist.
  public var companions: [String] { [journal, lock, presence] }

  public static func tempPrefix(for path: String) -> String { "." + Paths.fileName(of: path) + ".tmp-" }

  /// Where a damaged file is kept aside: `board.json.damaged-20261129T062243Z`.
  public func damagedCopy(of path: String, at time: Timestamp) -> String {
    path + ".damaged-" + time.description.filter { $0 != "-" && $0 != ":" }
  }

  /// The board's files for `path`, which may be a symbolic link to the board: the link is
  /// followed once, here, and every companion file lives beside the real file. A link that
  /// leads nowhere, or a path that leads to a FIFO, a device or a socket, is refused; a
  /// companion file that is a link or not a regular file is refused too (fabriek never
  /// follows one, nor reads from or writes to a FIFO or device).
  public static func resolve(_ path: String, fs: FileSystem) throws(StoreError) -> StoreFiles {
    let dir = Paths.directory(of: path)
    guard let st = fs.status(dir) else {
      throw .rejected(.invalid(field: "--file", reason: tr("store.noFolder", ["folder": dir])))
    }
    if !st.isDirectory { throw .rejected(.invalid(field: "--file", reason: tr("store.notFolder", ["folder": dir]))) }
    let real: String
    switch fs.linkStatus(path)?.kind {
    case nil:
      guard let d = fs.realPath(dir) else {
        throw .rejected(.invalid(field: "--file", reason: tr("store.noFolder", ["folder": dir])))
      }
      real = (d == "/" ? "" : d) + "/" + Paths.fileName(of: path)
    case .symbolicLink:
      guard let target = fs.realPath(path), let targetStatus = fs.linkStatus(target) else {
        throw .unsafeFile(path: path, found: .symbolicLink, target: fs.linkTarget(path), dangling: true)
      }
      if targetStatus.isDirectory {
        throw .rejected(.invalid(field: "--file", reason: tr("store.isFolder", ["path": path])))
      }
      if !targetStatus.isRegular { throw .unsafeFile(path: target, found: targetStatus.kind, target: nil) }
      real = target
    case .directory:
      throw .rejected(.invalid(field: "--file", reason: tr("store.isFolder", ["path": path])))
    case .regular:
      real = fs.realPath(path) ?? path
    case let other?:
      throw .unsafeFile(path: path, found: other, target: nil)
    }
    let files = StoreFiles(snapshot: real)
    for companion in files.companions {
      if let s = fs.linkStatus(companion), !s.isRegular {
        throw .unsafeFile(
          path: companion, found: s.kind, target: s.kind == .symbolicLink ? fs.linkTarget(companion) : nil)
      }
    }
    return files
  }
}
