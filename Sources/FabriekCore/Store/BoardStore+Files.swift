import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension BoardStore {
  /// Runs `body` holding the lock file's lock. Without a lock file (a read-only folder where
  /// none exists) reading still works, and writing fails on its own with a clear error.
  func withLock(_ kind: LockKind, _ body: () throws(StoreError) -> Void) throws(StoreError) {
    guard let fd = lockFD else { return try body() }
    do {
      _ = try fs.lock(fd, kind, nonBlocking: false)
    } catch {
      throw .io(error, nothingLost: true)
    }
    defer { _ = try? fs.lock(fd, .unlock, nonBlocking: false) }
    try body()
  }

  /// A link, FIFO or device where one of the board's files belongs, as the store's error.
  func unsafe(_ error: IOError, _ path: String) -> StoreError? {
    guard let found = error.found else { return nil }
    return .unsafeFile(path: path, found: found, target: found == .symbolicLink ? fs.linkTarget(path) : nil)
  }

  /// Reads the snapshot and the journal from scratch.
  func reload() throws(StoreError) {
    let file: FileBytes
    do throws(IOError) {
      guard let f = try fs.mapFile(files.snapshot) else { throw IOError("open", files.snapshot, ENOENT) }
      file = f
    } catch {
      if let e = unsafe(error, files.snapshot) { throw e }
      if error.code == ENOENT { throw .missing(path: files.snapshot) }
      throw .damagedKept(
        path: files.snapshot, detail: tr("store.cannotRead", ["reason": error.reason]), keptAt: nil,
        backup: newestGoodBackup())
    }
    let snapshotStatus = fs.status(files.snapshot)
    let decoded: (board: Board, journalSeq: Int)
    do {
      decoded = try SnapshotCodec.decode(file, path: files.snapshot)
    } catch {
      throw keepAside(error, path: files.snapshot)
    }
    board = decoded.board
    lastSeq = decoded.journalSeq
    known = Known(
      snapshot: snapshotStatus, snapshotSeq: decoded.journalSeq,
      snapshotCurrent: file.buffer.starts(with: SnapshotCodec.prefix))
    try readJournal(from: 0)
  }

  /// Applies whatever other processes appended to the journal since the last read; reloads
  /// everything when the snapshot was compacted meanwhile.
  @discardableResult
  func catchUp() throws(StoreError) -> Bool {
    let snap = fs.status(files.snapshot)
    if snap?.inode != known.snapshot?.inode || snap?.modified != known.snapshot?.modified
      || snap?.size != known.snapshot?.size
    {
      try reload()
      return true
    }
    let journal = fs.status(files.journal)
    if journal?.inode != known.journalInode || (journal?.size ?? 0) < known.journalEnd {
      try reload()
      return true
    }
    guard let size = journal?.size, size > known.journalEnd else { return false }
    let before = lastSeq
    try readJournal(from: known.journalEnd)
    return lastSeq != before
  }

  /// Reads the journal from `offset` a megabyte at a time, applying the changes the board
  /// does not hold yet; stops with an error at the first damage.
  private func readJournal(from offset: Int) throws(StoreError) {
    let parsed: JournalCodec.Parsed
    let status: FileStatus?
    do throws(IOError) {
      let fd: Int32
      do {
        fd = try fs.open(files.journal, .read)
      } catch  where error.code == ENOENT && !error.isNotARegularFile {
        known.journalInode = nil
        known.journalEnd = 0
        known.journalUnterminated = false
        return
      }
      defer { fs.close(fd) }
      status = fs.status(fd)
      parsed = try JournalCodec.scan(fd, from: offset, size: status?.size ?? 0, fs: fs)
    } catch {
      if let e = unsafe(error, files.journal) { throw e }
      throw .damagedKept(
        path: files.journal, detail: tr("store.cannotRead", ["reason": error.reason]), keptAt: nil, backup: nil)
    }
    if let damage = parsed.damage {
      throw keepAside(.damaged(path: files.journal, detail: damage.detail), path: files.journal)
    }
    for entry in parsed.entries where entry.seq > lastSeq {
      if entry.seq != lastSeq + 1 {
        throw keepAside(
          .damaged(
            path: files.journal,
            detail: tr("journal.missingChanges", ["from": String(lastSeq + 1), "to": String(entry.seq - 1)])),
          path: files.journal)
      }
      do throws(BoardError) {
        try board.apply(entry.change)
      } catch {
        throw keepAside(
          .damaged(
            path: files.journal,
            detail: tr("journal.noLongerApplies", ["seq": String(entry.seq), "why": error.message])),
          path: files.journal)
      }
      lastSeq = entry.seq
    }
    known.journalInode = status?.inode
    known.journalEnd = parsed.goodEnd
    if !parsed.entries.isEmpty || offset == 0 { known.journalUnterminated = parsed.unterminated }
    known.journalEntries += parsed.entries.count
  }

  /// Appends one change to the journal and flushes it; on any failure the board and the
  /// journal are put back as they were.
  func append(_ change: Change) throws(StoreError) -> BoardOperation {
    let historyCount = board.history.count
    let inverse: BoardOperation
    do throws(BoardError) {
      inverse = try board.apply(change)
    } catch {
      throw .rejected(error)
    }
    func undo() {
      _ = try? board.apply(inverse, by: change.author, at: change.at)
      board.truncateHistory(to: historyCount)
    }
    var line: [UInt8]
    do {
      line = try JournalCodec.line(JournalEntry(seq: lastSeq + 1, change: change))
    } catch {
      undo()
      throw error
    }
    let existed = fs.status(files.journal) != nil
    var fd: Int32 = -1
    var written = line.count
    do throws(IOError) {
      fd = try fs.open(files.journal, .append)
      defer { fs.close(fd) }
      let size = fs.status(fd)?.size ?? 0
      if size > known.journalEnd {
        // An unfinished write of a process that died: never reported saved, but copied
        // aside before it is cut off, and the user is told.
        let reader = try fs.open(files.journal, .read)
        defer { fs.close(reader) }
        let tail = try fs.read(reader, from: known.journalEnd, count: size - known.journalEnd)
        let copy = files.damagedCopy(of: files.journal, at: .now()) + "-unfinished"
        try fs.replaceFile(copy, with: tail, tempTag: BoardStore.tempTag())
        try fs.truncate(fd, to: known.journalEnd)
        notices.append(
          tr("journal.unfinishedWrite", ["path": files.snapshot, "bytes": CoreText.number(tail.count), "copy": copy]))
      }
      if known.journalUnterminated {
        line.insert(0x0A, at: 0)
        written += 1
      }
      do {
        try fs.writeAll(fd, line)
        try fs.sync(fd)
      } catch {
        try? fs.truncate(fd, to: known.journalEnd)
        throw error
      }
      if !existed { try fs.syncDirectory(files.directory) }
      known.journalInode = fs.status(fd)?.inode
    } catch {
      undo()
      if let e = unsafe(error, files.journal) { throw e }
      throw .io(IOError(error.call, files.journal, error.code), nothingLost: true)
    }
    lastSeq += 1
    known.journalEnd += written
    known.journalUnterminated = false
    known.journalEntries += 1
    return inverse
  }

  /// Keeps a copy of a damaged file beside it (streamed, never held in memory whole) and
  /// names the newest good backup.
  func keepAside(_ error: StoreError, path: String) -> StoreError {
    let detail: String
    switch error {
    case .damaged(_, let d): detail = d
    default: return error
    }
    var keptAt: String?
    let size = fs.status(path)?.size ?? 0
    let existing = ((try? fs.list(files.directory)) ?? []).filter {
      $0.hasPrefix(Paths.fileName(of: path) + ".damaged-") && !$0.hasSuffix("-unfinished")
    }
    if let same = existing.first(where: { fs.sameContents(files.directory + "/" + $0, path, size: size) }) {
      keptAt = files.directory + "/" + same
    } else {
      // A second name for the damaged file costs nothing however large it is, and stays as it
      // is: a damaged file is never written to, only replaced by a rename (repair, restore).
      let copy = files.damagedCopy(of: path, at: .now())
      if (try? fs.link(path, copy)) != nil || (try? fs.copyFile(path, to: copy, tempTag: BoardStore.tempTag())) != nil {
        keptAt = copy
      }
    }
    return .damagedKept(path: path, detail: detail, keptAt: keptAt, backup: newestGoodBackup())
  }

  /// The newest backup that passes its checksum and decodes (never one that is only another
  /// name of the live snapshot).
  public func newestGoodBackup() -> String? {
    let live = fs.status(files.snapshot)
    for n in 1...StoreFiles.backupCount {
      let path = files.backup(n)
      if let st = fs.linkStatus(path), let live, st.inode == live.inode, st.device == live.device { continue }
      if let file = try? fs.mapFile(path), (try? SnapshotCodec.decode(file, path: path)) != nil { return path }
    }
    return nil
  }

  /// Removes temp files left by processes that died mid-write. Called under the exclusive
  /// lock, when no other process can be writing one.
  func sweepTemporaryFiles() {
    let prefix = StoreFiles.tempPrefix(for: files.snapshot)
    let journalPrefix = StoreFiles.tempPrefix(for: files.journal)
    for name in (try? fs.list(files.directory)) ?? [] where name.hasPrefix(prefix) || name.hasPrefix(journalPrefix) {
      try? fs.remove(files.directory + "/" + name)
    }
  }

  /// A board of an older format is rewritten in the current one, the original kept as a backup.
  func upgradeIfOld() throws(StoreError) {
    guard !readOnly, !boardReadOnly, !known.snapshotCurrent, let file = try? fs.mapFile(files.snapshot) else {
      return
    }
    let keep = files.snapshot + ".before-migration"
    if fs.linkStatus(keep) == nil { try? fs.replaceFile(keep, with: file.array, tempTag: BoardStore.tempTag()) }
    do {
      try compact()
    } catch {
      // A read-only folder: the migrated board is used in memory and saved when it can be.
    }
  }
}
