import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Compaction: the journal folded into a new snapshot, in an order that loses nothing
/// wherever the process dies.
///
/// 1. Nothing to fold (the snapshot already holds every change): nothing is written and the
///    backups are not rotated, so idle compactions never push a real backup out.
/// 2. The new snapshot is written to a temp file, flushed, and read back: its checksum, its
///    change number and every record are compared with the board in memory. One that does
///    not read back is set aside (`board.json.unverified-…`) and the old snapshot and the
///    journal stay as they were.
/// 3. The new snapshot is swapped in with the old one in one step (`renameat2` exchange; a
///    copy of the old one where the file system cannot swap), so `board.json` always exists.
/// 4. Only then the backups rotate: the old snapshot becomes `bak.1`, and the journal that
///    was folded moves beside it as `bak.1.journal`. Backups are never hard links.
extension BoardStore {
  public func compact() throws(StoreError) {
    if readOnly { throw .internalFailure(tr("store.readOnlyCompact")) }
    try withLock(.exclusive) { () throws(StoreError) in try compactHoldingLock() }
  }

  /// The compaction itself, for a caller that holds the exclusive lock already (an erasure).
  func compactHoldingLock() throws(StoreError) {
    do {
      try catchUp()
      if boardReadOnly || fs.status(files.snapshot).map({ !$0.isWritableByOwner }) == true {
        throw .readOnlyBoard(path: files.snapshot)
      }
      sweepTemporaryFiles()
      // Nothing to fold. A journal that still holds folded changes (a compaction that died
      // before moving it) is left alone: they are skipped on reading, and they are the link
      // between bak.1 and this snapshot until the next compaction moves them beside bak.1.
      if lastSeq == known.snapshotSeq && known.snapshotCurrent { return }
      let temp = files.directory + "/" + StoreFiles.tempPrefix(for: files.snapshot) + BoardStore.tempTag()
      do throws(IOError) {
        let fd = try fs.open(temp, .createNew)
        do throws(IOError) {
          try SnapshotCodec.write(board, journalSeq: lastSeq, to: fd, fs: fs)
          try fs.sync(fd)
          fs.close(fd)
        } catch {
          fs.close(fd)
          throw error
        }
      } catch {
        try? fs.remove(temp)
        throw .io(IOError(error.call, files.snapshot, error.code), nothingLost: true)
      }
      try verify(temp)
      do throws(IOError) {
        try swapIn(temp)
      } catch {
        try? fs.remove(temp)
        throw .io(IOError(error.call, files.snapshot, error.code), nothingLost: true)
      }
      known.snapshot = fs.status(files.snapshot)
      known.snapshotSeq = lastSeq
      known.snapshotCurrent = true
      known.journalInode = fs.status(files.journal)?.inode
      known.journalEnd = fs.status(files.journal)?.size ?? 0
      known.journalEntries = 0
      known.journalUnterminated = false
    }
  }

  /// Reads the new snapshot back and compares it with the board in memory; one that differs
  /// is set aside and the compaction stops with nothing changed.
  private func verify(_ temp: String) throws(StoreError) {
    var problem: String?
    do throws(StoreError) {
      guard let file = try? fs.mapFile(temp) else { throw .damaged(path: temp, detail: tr("store.cannotReadBack")) }
      try SnapshotCodec.verify(file, path: temp, matches: board, journalSeq: lastSeq)
    } catch {
      switch error {
      case .damaged(_, let d): problem = d
      default: problem = error.message
      }
    }
    guard let problem else { return }
    let aside = files.snapshot + ".unverified-" + Timestamp.now().description.filter { $0 != "-" && $0 != ":" }
    let kept: String? = (try? fs.rename(temp, aside)) != nil ? aside : nil
    if kept == nil { try? fs.remove(temp) }
    throw .snapshotNotVerified(path: files.snapshot, detail: problem, setAside: kept)
  }

  /// Puts the verified snapshot in place, then rotates the backups.
  private func swapIn(_ temp: String) throws(IOError) {
    guard fs.status(files.snapshot) != nil else {
      try fs.rename(temp, files.snapshot)
      try fs.syncDirectory(files.directory)
      return
    }
    // `old` holds the previous snapshot once the new one is in place.
    let old: String
    do {
      try fs.exchange(temp, files.snapshot)
      old = temp
    } catch  where error.code == EINVAL || error.code == ENOSYS || error.code == ENOTSUP {
      old = files.directory + "/" + StoreFiles.tempPrefix(for: files.snapshot) + BoardStore.tempTag()
      try fs.copyFile(files.snapshot, to: old, tempTag: BoardStore.tempTag())
      try fs.rename(temp, files.snapshot)
    }
    try fs.syncDirectory(files.directory)
    try rotateBackups(keeping: old)
  }

  /// bak.2 → bak.3, bak.1 → bak.2 (each with its journal), then the previous snapshot
  /// becomes bak.1 and the journal folded into the new snapshot `bak.1.journal`.
  private func rotateBackups(keeping old: String) throws(IOError) {
    let live = fs.status(files.snapshot)
    let n = StoreFiles.backupCount
    try fs.remove(files.backup(n))
    try fs.remove(files.backupJournal(n))
    for k in stride(from: n - 1, through: 1, by: -1) {
      if let st = fs.linkStatus(files.backup(k)) {
        // A backup that is only another name of the live snapshot (an older fabriek made
        // them with hard links) is no backup: it is dropped, not rotated.
        if let live, st.inode == live.inode, st.device == live.device {
          try fs.remove(files.backup(k))
        } else {
          try fs.rename(files.backup(k), files.backup(k + 1))
        }
      }
      if fs.linkStatus(files.backupJournal(k)) != nil {
        try fs.rename(files.backupJournal(k), files.backupJournal(k + 1))
      } else {
        try fs.remove(files.backupJournal(k + 1))
      }
    }
    try fs.rename(old, files.backup(1))
    if fs.linkStatus(files.journal) != nil {
      try fs.rename(files.journal, files.backupJournal(1))
    }
    try fs.replaceFile(files.journal, with: [], tempTag: BoardStore.tempTag())
  }
}
