import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// An erasure under way: written beside the board (`board.json.erasing`, 0600) before
/// anything changes and removed once every file is clean, so that a process that dies
/// half-way leaves a note of what is left to do. It holds the texts searched for, which is
/// why it is removed last.
struct PendingErasure: Hashable, Codable, Sendable {
  var erasure: PersonErasure
  var scrub: PersonScrub
}

/// What an erasure did, and what a byte search of the board's folder still finds afterwards.
public struct ErasureResult: Hashable, Sendable {
  public var erasure: PersonErasure
  /// The board's other files (backups, their journals, damaged copies) rewritten without the data.
  public var rewritten: [String]
  /// Temporary files of unfinished writes that were removed.
  public var removed: [String]
  /// Files in the folder that still hold some of the data (files fabriek did not write, such
  /// as exports, are never touched).
  public var remaining: [FileMention]
  /// The erasure was one a process left unfinished, finished now.
  public var resumed: Bool
}

/// Erasure under the exclusive lock, held from the first write to the last:
///
/// 1. the marker `board.json.erasing` is written (replaced in one step);
/// 2. `erasePerson` is appended to the journal like any change (it holds no personal data);
/// 3. the board is compacted at once: the new snapshot holds no personal data and the
///    journal that held it moves beside the old snapshot as `bak.1.journal`;
/// 4. every other file of the board (backups, their journals, damaged, unverified and
///    pre-migration copies) that holds the data is rewritten without it, each replaced in one
///    step: a backup or journal that reads stays one that reads (a restore from it replays to
///    the erased board); a damaged one has the bytes replaced; temporary files are removed;
/// 5. the marker is removed.
///
/// A process killed anywhere leaves the old board (the journal append was not finished) or
/// the erased one, plus the marker: the next open for writing finishes steps 2–5 (each is
/// skipped when done), and an open for reading only refuses the board, naming the person,
/// until then.
extension BoardStore {
  public var erasureMarker: String { files.snapshot + ".erasing" }

  @discardableResult
  public func erase(_ id: PersonID, reason: String, by who: String, at: Timestamp = .now()) throws(StoreError)
    -> ErasureResult
  {
    if readOnly { throw .internalFailure("a store opened read-only was asked to erase a person") }
    if boardReadOnly || fs.status(files.snapshot).map({ !$0.isWritableByOwner }) == true {
      throw .readOnlyBoard(path: files.snapshot)
    }
    var result: ErasureResult?
    try withLock(.exclusive) { () throws(StoreError) in
      try catchUp()
      guard let p = board.people[id] else { throw .rejected(.noPerson(id)) }
      if let done = board.erasure(of: id) {
        throw .rejected(.conflict(tr("privacy.store.erasedAlready", ["code": id.code, "day": CoreText.day(done.at.day)])))
      }
      let scrub = board.scrub(for: p)
      let pending = PendingErasure(
        erasure: PersonErasure(person: id, at: at, by: scrub.text(who), reason: scrub.text(reason)), scrub: scrub)
      guard let bytes = try? JSONEncoder().encode(pending) else {
        throw .internalFailure("could not write down the erasure of \(id.code)")
      }
      do throws(IOError) {
        try fs.replaceFile(erasureMarker, with: Array(bytes), tempTag: BoardStore.tempTag())
      } catch {
        throw .io(error, nothingLost: true)
      }
      result = try finish(pending, resumed: false)
    }
    guard let result else { throw .internalFailure("the erasure finished without a result") }
    return result
  }

  /// The erasure a process left unfinished, if any: finished now when the store may write,
  /// refused with a sentence when it may only read.
  func finishInterruptedErasure() throws(StoreError) {
    guard fs.linkStatus(erasureMarker) != nil else { return }
    guard let pending = try readMarker() else { return }
    if readOnly || boardReadOnly {
      throw .rejected(
        .conflict(tr("privacy.store.interrupted", ["code": pending.erasure.person.code])))
    }
    try withLock(.exclusive) { () throws(StoreError) in
      guard fs.linkStatus(erasureMarker) != nil, let pending = try readMarker() else { return }
      try catchUp()
      _ = try finish(pending, resumed: true)
      notices.append(tr("privacy.store.finished", ["code": pending.erasure.person.code]))
    }
  }

  /// The erasure a process left unfinished, as its marker says (nil when there is none).
  func pendingErasure() -> PersonID? { (try? readMarker())??.erasure.person }

  private func readMarker() throws(StoreError) -> PendingErasure? {
    let bytes: [UInt8]?
    do throws(IOError) { bytes = try fs.readFile(erasureMarker) } catch {
      if let e = unsafe(error, erasureMarker) { throw e }
      throw .io(error, nothingLost: true)
    }
    guard let bytes else { return nil }
    guard let pending = try? JSONDecoder().decode(PendingErasure.self, from: Data(bytes)) else {
      throw .damaged(path: erasureMarker, detail: tr("privacy.store.markerUnreadable"))
    }
    return pending
  }

  /// Steps 2–5, each skipped when it is done already. Called holding the exclusive lock.
  private func finish(_ pending: PendingErasure, resumed: Bool) throws(StoreError) -> ErasureResult {
    let e = pending.erasure
    let name = Paths.fileName(of: files.snapshot)
    var removed: [String] = []
    for entry in ((try? fs.list(files.directory)) ?? []).sorted() where entry.hasPrefix("." + name + ".") && entry.contains(".tmp-") {
      // Unfinished writes of dead processes (the lock is held: no live one is writing).
      let path = files.directory + "/" + entry
      if fs.linkStatus(path)?.isRegular == true, (try? fs.remove(path)) != nil { removed.append(path) }
    }
    if !board.erasures.contains(e), board.people[e.person] != nil {
      _ = try append(Change(.erasePerson(e), by: e.by, at: e.at, why: e.reason))
    }
    try compactHoldingLock()
    var rewritten: [String] = []
    let skip: Set<String> = [files.snapshot, files.lock, files.presence, erasureMarker]
    for entry in ((try? fs.list(files.directory)) ?? []).sorted() {
      let path = files.directory + "/" + entry
      guard fs.linkStatus(path)?.isRegular == true else { continue }
      guard entry.hasPrefix(name + "."), !skip.contains(path),
        !FolderScan.needles(in: path, pending.scrub, fs: fs).isEmpty
      else { continue }
      do throws(IOError) {
        try scrubFile(path, pending.scrub)
      } catch {
        throw .io(IOError(error.call, path, error.code), nothingLost: true)
      }
      rewritten.append(path)
    }
    do throws(IOError) {
      try fs.remove(erasureMarker)
    } catch {
      throw .io(error, nothingLost: true)
    }
    // The marker is gone: the erasure is done even if the folder's flush fails now.
    try? fs.syncDirectory(files.directory)
    // The live journal may have been rewritten: read everything again.
    try reload()
    let remaining = FolderScan.files(in: files.directory, holding: pending.scrub, fs: fs)
    return ErasureResult(erasure: e, rewritten: rewritten, removed: removed, remaining: remaining, resumed: resumed)
  }

  /// Rewrites one of the board's files without the person's data, replacing it in one step:
  /// a snapshot that reads is written again from its scrubbed board (same change number); a
  /// journal line whose checksum is right is written again from its scrubbed change; any
  /// other bytes have the data replaced in place.
  private func scrubFile(_ path: String, _ scrub: PersonScrub) throws(IOError) {
    guard let file = try fs.mapFile(path) else { return }
    let isSnapshot = file.buffer.starts(with: SnapshotCodec.prefix) || Migration.legacyVersion(file.array) != nil
    if isSnapshot, let decoded = try? SnapshotCodec.decode(file, path: path) {
      var b = decoded.board
      b.scrub(scrub)
      try fs.replaceFile(path, tempTag: BoardStore.tempTag()) { fd throws(IOError) in
        try SnapshotCodec.write(b, journalSeq: decoded.journalSeq, to: fd, fs: fs)
      }
      return
    }
    let bytes = file.array
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    for (k, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
      if k > 0 { out.append(0x0A) }
      if var entry = JournalCodec.entry(line: line) {
        entry.change = scrub.change(entry.change)
        if let rewritten = try? JournalCodec.line(entry) {
          out += rewritten.dropLast()
          continue
        }
      }
      out += scrub.replacingBytes(line)
    }
    try fs.replaceFile(path, with: out, tempTag: BoardStore.tempTag())
  }
}
