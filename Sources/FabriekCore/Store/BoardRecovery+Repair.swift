/// `fabriek check --repair`: a journal damaged in the middle keeps every change before the
/// damage; the rest is set aside in a copy, never thrown away.
extension BoardRecovery {
  public struct RepairResult: Hashable, Sendable {
    /// Changes kept in the journal.
    public var kept: Int
    /// Lines from the damage on (the damaged one included) that were set aside.
    public var setAside: Int
    /// Bytes of an unfinished last write that were set aside.
    public var unfinishedBytes: Int
    /// Where the whole journal, as it was, is kept.
    public var copy: String?
    public var nothingToRepair: Bool { setAside == 0 && unfinishedBytes == 0 }
  }

  public static func repair(_ path: String, fs: FileSystem = PosixFileSystem()) throws(StoreError) -> RepairResult {
    let files = try StoreFiles.resolve(path, fs: fs)
    let result = try repairUnderLock(files, fs: fs)
    // What is kept must open; a change that no longer applies is reported as the store would.
    if !result.nothingToRepair {
      let store = try BoardStore.open(files.snapshot, fs: fs, policy: .never, readOnly: true)
      store.close()
    }
    return result
  }

  private static func repairUnderLock(_ files: StoreFiles, fs: FileSystem) throws(StoreError) -> RepairResult {
    let lock = try lockExclusively(files, fs: fs)
    defer { fs.close(lock) }
    if fs.status(files.snapshot).map({ !$0.isWritableByOwner }) == true { throw .readOnlyBoard(path: files.snapshot) }
    let parsed: JournalCodec.Parsed
    let size: Int
    do throws(IOError) {
      let fd = try fs.open(files.journal, .read)
      defer { fs.close(fd) }
      size = fs.status(fd)?.size ?? 0
      parsed = try JournalCodec.scan(fd, from: 0, size: size, fs: fs)
    } catch {
      if let found = error.found {
        throw .unsafeFile(path: files.journal, found: found, target: fs.linkTarget(files.journal))
      }
      if error.code == 2 { return RepairResult(kept: 0, setAside: 0, unfinishedBytes: 0, copy: nil) }
      throw .io(error, nothingLost: true)
    }
    var result = RepairResult(kept: parsed.entries.count, setAside: 0, unfinishedBytes: parsed.tornBytes, copy: nil)
    if let damage = parsed.damage {
      result.setAside = countLines(files.journal, from: damage.offset, size: size, fs: fs)
      result.unfinishedBytes = 0
    }
    if result.nothingToRepair { return result }
    let copy = files.damagedCopy(of: files.journal, at: .now())
    do throws(IOError) {
      try fs.copyFile(files.journal, to: copy, tempTag: BoardStore.tempTag())
      result.copy = copy
      let fd = try fs.open(files.journal, .read)
      defer { fs.close(fd) }
      try replaceWithGoodPart(files.journal, fd: fd, parsed: parsed, fs: fs)
    } catch {
      throw .io(error, nothingLost: true)
    }
    return result
  }

  /// Lines (a last one without newline included) from `offset` to the end.
  private static func countLines(_ path: String, from offset: Int, size: Int, fs: FileSystem) -> Int {
    guard let fd = try? fs.open(path, .read) else { return 0 }
    defer { fs.close(fd) }
    var lines = 0
    var at = offset
    var last: UInt8 = 0x0A
    while at < size, let chunk = try? fs.read(fd, from: at, count: min(1 << 20, size - at)), !chunk.isEmpty {
      lines += chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
      last = chunk[chunk.count - 1]
      at += chunk.count
    }
    return lines + (last != 0x0A && at > offset ? 1 : 0)
  }
}
