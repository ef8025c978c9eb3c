import Foundation

/// The embedded store: a checksummed snapshot plus an append-only journal, shared safely by
/// any number of fabriek processes on one machine.
///
/// Every commit takes the exclusive lock, first reads what other processes journalled, then
/// validates and applies the change, appends it to the journal and flushes it to disk before
/// returning. A commit therefore costs time in proportion to the change, and no process ever
/// writes over another's change.
public final class BoardStore {
  public let files: StoreFiles
  public internal(set) var board: Board
  /// The number of the last change in `board`.
  public internal(set) var lastSeq: Int
  public var policy: CompactionPolicy
  let fs: FileSystem
  var lockFD: Int32?
  var readOnly = false
  var presenceFD: Int32?
  /// What the files looked like when last read, to notice other processes' writes.
  var known = Known()

  struct Known {
    var snapshot: FileStatus?
    var snapshotSeq = 0
    var journalInode: UInt64?
    var journalEnd = 0
    var journalEntries = 0
  }

  init(files: StoreFiles, board: Board, fs: FileSystem, policy: CompactionPolicy) {
    self.files = files
    self.board = board
    self.fs = fs
    self.policy = policy
    lastSeq = 0
  }

  deinit { close() }

  /// Gives back the locks. The store can still be read but no longer commits.
  public func close() {
    if let fd = presenceFD { fs.close(fd) }
    if let fd = lockFD { fs.close(fd) }
    presenceFD = nil
    lockFD = nil
  }

  /// Creates a new board file; refuses to replace an existing one.
  public static func create(
    at path: String, board: Board, fs: FileSystem = PosixFileSystem(), replacing: Bool = false
  ) throws(StoreError) {
    let files = StoreFiles(snapshot: path)
    if !replacing, fs.status(path) != nil {
      throw .rejected(.conflict("\(path) exists already; choose another path or remove it first."))
    }
    do {
      try fs.replaceFile(path, tempTag: tempTag()) { fd throws(IOError) in
        try SnapshotCodec.write(board, journalSeq: 0, to: fd, fs: fs)
      }
      if fs.status(files.journal) != nil { try fs.replaceFile(files.journal, with: [], tempTag: tempTag()) }
    } catch {
      throw .io(error, nothingLost: true)
    }
  }

  /// Opens a board file, creating it (empty, named `name`) when it does not exist and `create` is set.
  /// With `readOnly`, nothing is created beside the board (no lock file), for commands that
  /// only read; such a store refuses to commit.
  public static func open(
    _ path: String, fs: FileSystem = PosixFileSystem(), create name: String? = nil,
    policy: CompactionPolicy = .default, readOnly: Bool = false
  ) throws(StoreError) -> BoardStore {
    let files = StoreFiles(snapshot: path)
    if let st = fs.status(files.directory), !st.isDirectory {
      throw .rejected(.invalid(field: "--file", reason: "\(files.directory) is not a folder"))
    } else if fs.status(files.directory) == nil {
      throw .rejected(.invalid(field: "--file", reason: "the folder \(files.directory) does not exist"))
    }
    if fs.status(path)?.isDirectory == true {
      throw .rejected(.invalid(field: "--file", reason: "\(path) is a folder; give the path of a board file"))
    }
    if fs.status(path) == nil && name == nil { throw .missing(path: path) }
    let store = BoardStore(files: files, board: Board(name: name ?? ""), fs: fs, policy: policy)
    store.readOnly = readOnly
    if readOnly {
      store.lockFD = fs.status(files.lock) == nil ? nil : try? fs.open(files.lock, .read)
    } else {
      store.lockFD = try? fs.open(files.lock, .lockFile)
    }
    if fs.status(path) == nil {
      try store.withLock(.exclusive) { () throws(StoreError) in
        if fs.status(path) == nil { try BoardStore.create(at: path, board: store.board, fs: fs) }
      }
    }
    try store.withLock(.shared) { () throws(StoreError) in try store.reload() }
    try store.upgradeIfOld()
    return store
  }

  /// Picks up what other processes committed since the last read. Returns whether the board changed.
  @discardableResult
  public func refresh() throws(StoreError) -> Bool {
    var changed = false
    try withLock(.shared) { () throws(StoreError) in changed = try catchUp() }
    return changed
  }

  /// Validates, applies and durably records one change; returns the operation that undoes it.
  @discardableResult
  public func commit(_ change: Change) throws(StoreError) -> BoardOperation {
    try commit { _ in change }.inverse
  }

  /// Builds the change from the board as it is under the lock (after other processes'
  /// changes are read), so that new ids and positions never collide.
  @discardableResult
  public func commit(_ make: (Board) throws(BoardError) -> Change) throws(StoreError) -> (
    change: Change, inverse: BoardOperation
  ) {
    if readOnly { throw .internalFailure("a store opened read-only was asked to commit") }
    var result: (Change, BoardOperation)?
    try withLock(.exclusive) { () throws(StoreError) in
      try catchUp()
      let change: Change
      do throws(BoardError) {
        change = try make(board)
      } catch {
        throw .rejected(error)
      }
      result = (change, try append(change))
    }
    guard let r = result else { throw .internalFailure("commit finished without a result") }
    if policy.shouldCompact(
      entries: known.journalEntries, journalBytes: known.journalEnd, snapshotBytes: known.snapshot?.size ?? 0)
    {
      try? compact()
    }
    return r
  }

  /// Compacts when `policy` says the journal has grown enough (an interactive session does
  /// this when it ends, not in the middle of a keystroke).
  public func compactIfDue(_ policy: CompactionPolicy = .default) throws(StoreError) {
    if policy.shouldCompact(
      entries: known.journalEntries, journalBytes: known.journalEnd, snapshotBytes: known.snapshot?.size ?? 0)
    {
      try compact()
    }
  }

  /// Folds the journal into a new snapshot and rotates the backups.
  public func compact() throws(StoreError) {
    try withLock(.exclusive) { () throws(StoreError) in
      try catchUp()
      sweepTemporaryFiles()
      do throws(IOError) {
        try rotateBackups()
        try fs.replaceFile(files.snapshot, tempTag: BoardStore.tempTag()) { fd throws(IOError) in
          try SnapshotCodec.write(board, journalSeq: lastSeq, to: fd, fs: fs)
        }
        try fs.replaceFile(files.journal, with: [], tempTag: BoardStore.tempTag())
      } catch {
        throw .io(error, nothingLost: true)
      }
      known.snapshot = fs.status(files.snapshot)
      known.snapshotSeq = lastSeq
      known.journalInode = fs.status(files.journal)?.inode
      known.journalEnd = 0
      known.journalEntries = 0
    }
  }

  /// Whether another interactive fabriek has this board open. Marks this one as open too.
  public func announceInteractiveSession() -> Bool {
    if presenceFD == nil { presenceFD = try? fs.open(files.presence, .lockFile) }
    guard let fd = presenceFD else { return false }
    let alone = (try? fs.lock(fd, .exclusive, nonBlocking: true)) ?? true
    _ = try? fs.lock(fd, .shared, nonBlocking: true)
    return !alone
  }

  static func tempTag() -> String {
    "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
  }
}

/// When the journal is folded into the snapshot.
public struct CompactionPolicy: Sendable {
  public var maxEntries: Int
  public var maxJournalFraction: Double
  public var minJournalBytes: Int
  public init(maxEntries: Int, maxJournalFraction: Double = 0.5, minJournalBytes: Int = 1 << 20) {
    self.maxEntries = maxEntries
    self.maxJournalFraction = maxJournalFraction
    self.minJournalBytes = minJournalBytes
  }
  public static let `default` = CompactionPolicy(maxEntries: 2_000)
  public static let never = CompactionPolicy(maxEntries: .max, maxJournalFraction: .infinity, minJournalBytes: .max)

  func shouldCompact(entries: Int, journalBytes: Int, snapshotBytes: Int) -> Bool {
    entries >= maxEntries
      || (journalBytes >= minJournalBytes && Double(journalBytes) > Double(snapshotBytes) * maxJournalFraction)
  }
}
