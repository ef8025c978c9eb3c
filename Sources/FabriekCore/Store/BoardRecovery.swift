/// Putting a board back from a backup, and repairing a damaged journal. Both keep what they
/// replace aside, and both say exactly which changes are not in the result before acting.
public enum BoardRecovery {
  /// A change that a restore cannot bring back: its number and, when a record of it survives,
  /// what it did (the ideas it touched by code).
  public struct LostChange: Hashable, Sendable, CustomStringConvertible {
    public var seq: Int
    public var what: String?
    public var description: String {
      what.map { tr("recovery.lostChange", ["seq": String(seq), "what": $0]) }
        ?? tr("recovery.lostChangeUnrecorded", ["seq": String(seq)])
    }
  }

  public struct RestorePlan: Sendable {
    public var board: String
    public var backup: String
    /// The change the backup holds the board up to.
    public var backupSeq: Int
    /// Changes from the journals replayed on top of the backup.
    public var replayed: Int
    public var lost: [LostChange]
    /// The board opened without any problem: restoring it is a roll-back.
    public var healthy: Bool
    public var restored: Board
    public var restoredSeq: Int
  }

  /// What `restore` would do, without doing it.
  public static func plan(
    _ path: String, from chosen: String? = nil, fs: FileSystem = PosixFileSystem()
  ) throws(StoreError) -> RestorePlan {
    let files = try StoreFiles.resolve(path, fs: fs)
    let lock = try lockExclusively(files, fs: fs)
    defer { fs.close(lock) }
    return try makePlan(files, from: chosen, fs: fs)
  }

  /// Puts the board back from `chosen` (else the newest good backup) and replays every change
  /// of the journals that applies on top of it. A healthy board is refused unless `force`.
  /// The current snapshot and journal are kept aside first.
  public static func restore(
    _ path: String, from chosen: String? = nil, force: Bool = false, fs: FileSystem = PosixFileSystem()
  ) throws(StoreError) -> (plan: RestorePlan, keptAside: [String]) {
    let files = try StoreFiles.resolve(path, fs: fs)
    let lock = try lockExclusively(files, fs: fs)
    defer { fs.close(lock) }
    let plan = try makePlan(files, from: chosen, fs: fs)
    if plan.healthy && !force {
      throw .rejected(
        .conflict(
          tr(
            "recovery.healthy",
            [
              "path": path, "backup": plan.backup,
              "lost": plan.lost.isEmpty
                ? tr("recovery.noChangeLost") : tr("recovery.changesLost", ["n": plan.lost.count]),
            ])))
    }
    if fs.status(files.snapshot).map({ !$0.isWritableByOwner }) == true { throw .readOnlyBoard(path: files.snapshot) }
    var kept: [String] = []
    let now = Timestamp.now()
    do throws(IOError) {
      for current in [files.snapshot, files.journal] {
        guard let st = fs.status(current), st.size > 0 else { continue }
        let copy = files.damagedCopy(of: current, at: now) + (plan.healthy ? "-before-restore" : "")
        try fs.copyFile(current, to: copy, tempTag: BoardStore.tempTag())
        kept.append(copy)
      }
      try fs.replaceFile(files.snapshot, tempTag: BoardStore.tempTag()) { fd throws(IOError) in
        try SnapshotCodec.write(plan.restored, journalSeq: plan.restoredSeq, to: fd, fs: fs)
      }
      // The journal's changes are all in the restored snapshot now (they are skipped when it
      // is read); it stays as the link between bak.1 and the snapshot, cut to its good part.
      try keepGoodPart(of: files.journal, fs: fs)
    } catch {
      throw .io(error, nothingLost: true)
    }
    return (plan, kept)
  }

  static func lockExclusively(_ files: StoreFiles, fs: FileSystem) throws(StoreError) -> Int32 {
    do {
      let lock = try fs.open(files.lock, .lockFile)
      _ = try fs.lock(lock, .exclusive, nonBlocking: false)
      return lock
    } catch {
      if let found = error.found {
        throw .unsafeFile(path: files.lock, found: found, target: fs.linkTarget(files.lock))
      }
      throw .io(error, nothingLost: true)
    }
  }

  private static func makePlan(_ files: StoreFiles, from chosen: String?, fs: FileSystem) throws(StoreError)
    -> RestorePlan
  {
    let probe = BoardStore(files: files, board: Board(name: ""), fs: fs, policy: .never)
    probe.readOnly = true
    var healthy = true
    var currentSeq: Int?
    do throws(StoreError) {
      try probe.reload()
      currentSeq = probe.lastSeq
    } catch {
      healthy = false
      currentSeq = try? snapshotSeq(files.snapshot, fs: fs)
    }
    guard let backup = chosen ?? probe.newestGoodBackup() else {
      throw .rejected(.notFound(tr("recovery.goodBackupOf", ["path": files.snapshot])))
    }
    let file: FileBytes
    do throws(IOError) {
      guard let f = try fs.mapFile(backup) else { throw IOError("open", backup, 2) }
      file = f
    } catch {
      if let found = error.found { throw .unsafeFile(path: backup, found: found, target: fs.linkTarget(backup)) }
      throw .missing(path: backup)
    }
    let decoded = try SnapshotCodec.decode(file, path: backup)
    var board = decoded.board
    var seq = decoded.journalSeq
    // Every change the journals still hold, by number: the ones folded after each backup and
    // the live journal.
    var entries: [Int: JournalEntry] = [:]
    var journals = (1...StoreFiles.backupCount).reversed().map(files.backupJournal)
    journals.append(files.journal)
    for journal in journals {
      for e in readEntries(journal, fs: fs) where e.seq > seq && entries[e.seq] == nil { entries[e.seq] = e }
    }
    let last = max(entries.keys.max() ?? seq, currentSeq ?? seq)
    var lost: [LostChange] = []
    var replayed = 0
    var n = seq + 1
    while n <= last {
      defer { n += 1 }
      guard let e = entries[n] else {
        lost.append(LostChange(seq: n, what: nil))
        continue
      }
      let what = board.summary(of: e.change.op, in: Language.current)
      do throws(BoardError) {
        try board.apply(e.change)
        replayed += 1
      } catch {
        lost.append(LostChange(seq: n, what: what + ": " + error.message))
      }
    }
    seq = max(seq, last)
    return RestorePlan(
      board: files.snapshot, backup: backup, backupSeq: decoded.journalSeq, replayed: replayed, lost: lost,
      healthy: healthy, restored: board, restoredSeq: seq)
  }

  /// The change number a (possibly damaged) snapshot's header states.
  private static func snapshotSeq(_ path: String, fs: FileSystem) throws -> Int? {
    let fd = try fs.open(path, .read)
    defer { fs.close(fd) }
    let bytes = try fs.read(fd, from: 0, count: 4096)
    let key = Array("\"journalSeq\":".utf8)
    guard let r = bytes.prefix(4096).firstRange(of: key) else { return nil }
    var n = 0
    var i = r.upperBound
    while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57, i - r.upperBound < 18 {
      n = n * 10 + Int(bytes[i] - 48)
      i += 1
    }
    return i > r.upperBound ? n : nil
  }

  /// Cuts a journal back to the changes before its first damage (or its unfinished tail).
  static func keepGoodPart(of journal: String, fs: FileSystem) throws(IOError) {
    guard fs.status(journal) != nil else { return }
    let fd = try fs.open(journal, .read)
    defer { fs.close(fd) }
    let size = fs.status(fd)?.size ?? 0
    let parsed = try JournalCodec.scan(fd, from: 0, size: size, fs: fs)
    guard parsed.goodEnd < size else { return }
    try replaceWithGoodPart(journal, fd: fd, parsed: parsed, fs: fs)
  }

  /// Replaces the journal open at `fd` with its part up to `parsed.goodEnd`, its last change
  /// ended by a newline.
  static func replaceWithGoodPart(_ journal: String, fd: Int32, parsed: JournalCodec.Parsed, fs: FileSystem)
    throws(IOError)
  {
    var good = try fs.read(fd, from: 0, count: parsed.goodEnd)
    if parsed.unterminated { good.append(0x0A) }
    try fs.replaceFile(journal, with: good, tempTag: BoardStore.tempTag())
  }

  /// The good changes of a journal up to its first damage.
  static func readEntries(_ path: String, fs: FileSystem) -> [JournalEntry] {
    guard let fd = try? fs.open(path, .read) else { return [] }
    defer { fs.close(fd) }
    let size = fs.status(fd)?.size ?? 0
    return (try? JournalCodec.scan(fd, from: 0, size: size, fs: fs))?.entries ?? []
  }
}
