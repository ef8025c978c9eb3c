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

  /// The snapshot's write permission is off: the board is read-only, and commits and
  /// compactions are refused with a sentence instead of replacing the file anyway.
  var boardReadOnly = false
  /// Sentences the user should see about something the store did on its own (an unfinished
  /// write set aside); `takeNotices()` hands them out once.
  var notices: [String] = []

  struct Known {
    var snapshot: FileStatus?
    var snapshotSeq = 0
    /// The snapshot is in the current format (an older one is rewritten at the next compaction).
    var snapshotCurrent = true
    var journalInode: UInt64?
    var journalEnd = 0
    var journalEntries = 0
    /// The journal's last change has no newline after it (the next append writes one first).
    var journalUnterminated = false
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

  /// What the store did on its own since the last call, in sentences; each is handed out once.
  public func takeNotices() -> [String] {
    defer { notices.removeAll() }
    return notices
  }

  /// Creates a new board file; refuses to replace an existing one.
  public static func create(
    at path: String, board: Board, fs: FileSystem = PosixFileSystem(), replacing: Bool = false
  ) throws(StoreError) {
    let files = try StoreFiles.resolve(path, fs: fs)
    if !replacing, fs.status(files.snapshot) != nil {
      throw .rejected(.conflict(tr("store.existsAlready", ["path": path])))
    }
    do {
      try fs.replaceFile(files.snapshot, tempTag: tempTag()) { fd throws(IOError) in
        try SnapshotCodec.write(board, journalSeq: 0, to: fd, fs: fs)
      }
      if fs.status(files.journal) != nil { try fs.replaceFile(files.journal, with: [], tempTag: tempTag()) }
    } catch {
      throw .io(error, nothingLost: true)
    }
  }

  /// Opens a board file, creating it (empty, named `name`) when it does not exist and `create` is set.
  /// With `readOnly`, nothing is created beside the board (no lock file), for commands that
  /// only read; such a store refuses to commit. `path` may be a link to the board: its
  /// companion files are those of the real file (see `StoreFiles.resolve`).
  public static func open(
    _ path: String, fs: FileSystem = PosixFileSystem(), create name: String? = nil,
    policy: CompactionPolicy = .default, readOnly: Bool = false
  ) throws(StoreError) -> BoardStore {
    let files = try StoreFiles.resolve(path, fs: fs)
    let real = files.snapshot
    if fs.status(real) == nil && name == nil { throw .missing(path: path) }
    let store = BoardStore(files: files, board: Board(name: name ?? ""), fs: fs, policy: policy)
    store.readOnly = readOnly
    if let st = fs.status(real), !st.isWritableByOwner { store.boardReadOnly = true }
    do throws(IOError) {
      if readOnly || store.boardReadOnly {
        store.lockFD = fs.status(files.lock) == nil ? nil : try fs.open(files.lock, .read)
      } else {
        store.lockFD = try fs.open(files.lock, .lockFile)
      }
    } catch  where error.isNotARegularFile {
      throw .unsafeFile(path: files.lock, found: error.found ?? .unknown, target: fs.linkTarget(files.lock))
    } catch {
      // A folder where no lock file can be made: reading still works, writing fails on its own.
    }
    if fs.status(real) == nil {
      try store.withLock(.exclusive) { () throws(StoreError) in
        if fs.status(real) == nil { try BoardStore.create(at: real, board: store.board, fs: fs) }
      }
    }
    try store.withLock(.shared) { () throws(StoreError) in try store.reload() }
    try store.upgradeIfOld()
    try store.finishInterruptedErasure()
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
  /// changes are read), so that new ids and positions never collide: an added record whose
  /// id was taken meanwhile gets the next free one (`Board.numberingNewRecords`). Returns the
  /// change as it was recorded.
  @discardableResult
  public func commit(_ make: (Board) throws(BoardError) -> Change) throws(StoreError) -> (
    change: Change, inverse: BoardOperation
  ) {
    if readOnly { throw .internalFailure(tr("store.readOnlyCommit")) }
    if boardReadOnly || fs.status(files.snapshot).map({ !$0.isWritableByOwner }) == true {
      throw .readOnlyBoard(path: files.snapshot)
    }
    var result: (Change, BoardOperation)?
    try withLock(.exclusive) { () throws(StoreError) in
      try catchUp()
      var change: Change
      do throws(BoardError) {
        change = try make(board)
      } catch {
        throw .rejected(error)
      }
      change.op = board.numberingNewRecords(change.op)
      result = (change, try append(change))
    }
    guard let r = result else { throw .internalFailure(tr("store.noResult")) }
    if policy.shouldCompact(
      entries: known.journalEntries, journalBytes: known.journalEnd, snapshotBytes: known.snapshot?.size ?? 0)
    {
      do throws(StoreError) {
        try compact()
      } catch {
        // The change is saved in the journal; the snapshot is folded in again next time.
        notices.append(error.message)
      }
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
