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

  /// Reads the snapshot and the journal from scratch.
  func reload() throws(StoreError) {
    let file: FileBytes
    do {
      guard let f = try fs.mapFile(files.snapshot) else { throw StoreError.missing(path: files.snapshot) }
      file = f
    } catch let e as IOError {
      throw .damagedKept(
        path: files.snapshot, detail: "it cannot be read: \(e.reason)", keptAt: nil, backup: newestGoodBackup())
    } catch let e as StoreError {
      throw e
    } catch {
      throw .internalFailure("\(error)")
    }
    let snapshotStatus = fs.status(files.snapshot)
    let decoded: (board: Board, journalSeq: Int)
    do {
      decoded = try SnapshotCodec.decode(file, path: files.snapshot)
    } catch {
      throw keepAside(error, bytes: file.array, path: files.snapshot)
    }
    board = decoded.board
    lastSeq = decoded.journalSeq
    known = Known(snapshot: snapshotStatus, snapshotSeq: decoded.journalSeq)
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

  private func readJournal(from offset: Int) throws(StoreError) {
    let bytes: [UInt8]
    let status: FileStatus?
    do {
      let fd: Int32
      do {
        fd = try fs.open(files.journal, .read)
      } catch  where error.code == ENOENT {
        known.journalInode = nil
        known.journalEnd = 0
        return
      }
      defer { fs.close(fd) }
      status = fs.status(fd)
      bytes = try fs.read(fd, from: offset, count: max(0, (status?.size ?? 0) - offset))
    } catch {
      throw .damagedKept(path: files.journal, detail: "it cannot be read: \(error.reason)", keptAt: nil, backup: nil)
    }
    let parsed: JournalCodec.Parsed
    do {
      parsed = try JournalCodec.parse(bytes, base: offset, path: files.journal)
    } catch {
      let all = (try? fs.readFile(files.journal)) ?? nil
      throw keepAside(error, bytes: all ?? bytes, path: files.journal)
    }
    for entry in parsed.entries where entry.seq > lastSeq {
      if entry.seq != lastSeq + 1 {
        throw keepAside(
          .damaged(path: files.journal, detail: "changes \(lastSeq + 1) to \(entry.seq - 1) are missing"), bytes: bytes,
          path: files.journal)
      }
      do throws(BoardError) {
        try board.apply(entry.change)
      } catch {
        throw keepAside(
          .damaged(path: files.journal, detail: "change \(entry.seq) no longer applies (\(error.message))"),
          bytes: bytes,
          path: files.journal)
      }
      lastSeq = entry.seq
    }
    known.journalInode = status?.inode
    known.journalEnd = parsed.goodEnd
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
    let line: [UInt8]
    do {
      line = try JournalCodec.line(JournalEntry(seq: lastSeq + 1, change: change))
    } catch {
      undo()
      throw error
    }
    let existed = fs.status(files.journal) != nil
    var fd: Int32 = -1
    do throws(IOError) {
      fd = try fs.open(files.journal, .append)
      defer { fs.close(fd) }
      let size = fs.status(fd)?.size ?? 0
      // A torn line from a process that died mid-write is cut off before appending.
      if size != known.journalEnd { try fs.truncate(fd, to: known.journalEnd) }
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
      throw .io(IOError(error.call, files.journal, error.code), nothingLost: true)
    }
    lastSeq += 1
    known.journalEnd += line.count
    known.journalEntries += 1
    return inverse
  }

  /// Keeps a copy of a damaged file beside it and names the newest good backup.
  func keepAside(_ error: StoreError, bytes: [UInt8], path: String) -> StoreError {
    let detail: String
    switch error {
    case .damaged(_, let d): detail = d
    case .notABoard, .newerVersion, .missing, .rejected, .io, .internalFailure, .damagedKept: return error
    }
    var keptAt: String?
    let existing = ((try? fs.list(files.directory)) ?? []).filter {
      $0.hasPrefix(Paths.fileName(of: path) + ".damaged-")
    }
    if let same = existing.first(where: { (try? fs.readFile(files.directory + "/" + $0)) == bytes }) {
      keptAt = files.directory + "/" + same
    } else {
      let copy = files.damagedCopy(of: path, at: .now())
      if (try? fs.replaceFile(copy, with: bytes, tempTag: BoardStore.tempTag())) != nil { keptAt = copy }
    }
    return .damagedKept(path: path, detail: detail, keptAt: keptAt, backup: newestGoodBackup())
  }

  /// The newest backup that passes its checksum and decodes.
  public func newestGoodBackup() -> String? {
    for n in 1...StoreFiles.backupCount {
      let path = files.backup(n)
      if let file = try? fs.mapFile(path), (try? SnapshotCodec.decode(file, path: path)) != nil { return path }
    }
    return nil
  }

  func rotateBackups() throws(IOError) {
    guard fs.status(files.snapshot) != nil else { return }
    try fs.remove(files.backup(StoreFiles.backupCount))
    for n in stride(from: StoreFiles.backupCount - 1, through: 1, by: -1) where fs.status(files.backup(n)) != nil {
      try fs.rename(files.backup(n), files.backup(n + 1))
    }
    try fs.link(files.snapshot, files.backup(1))
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
    guard !readOnly, let file = try? fs.mapFile(files.snapshot), !file.buffer.starts(with: SnapshotCodec.prefix) else {
      return
    }
    let bytes = file.array
    let keep = files.snapshot + ".before-migration"
    if fs.status(keep) == nil { try? fs.replaceFile(keep, with: bytes, tempTag: BoardStore.tempTag()) }
    do {
      try compact()
    } catch {
      // A read-only folder: the migrated board is used in memory and saved when it can be.
    }
  }
}
