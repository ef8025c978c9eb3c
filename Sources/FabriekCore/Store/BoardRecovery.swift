/// Putting a damaged board back from its newest good backup, keeping the damaged files.
public enum BoardRecovery {
  public static func restore(
    _ path: String, from chosen: String? = nil, fs: FileSystem = PosixFileSystem()
  ) throws(StoreError) -> (backup: String, keptAside: [String]) {
    let files = StoreFiles(snapshot: path)
    let lock: Int32
    do {
      lock = try fs.open(files.lock, .lockFile)
      _ = try fs.lock(lock, .exclusive, nonBlocking: false)
    } catch {
      throw .io(error, nothingLost: true)
    }
    defer { fs.close(lock) }
    let probe = BoardStore(files: files, board: Board(name: ""), fs: fs, policy: .never)
    guard let backup = chosen ?? probe.newestGoodBackup() else {
      throw .rejected(.notFound("A good backup of \(path)"))
    }
    guard let bytes = try? fs.readFile(backup) else { throw .missing(path: backup) }
    _ = try SnapshotCodec.decode(bytes, path: backup)
    var kept: [String] = []
    let now = Timestamp.now()
    do throws(IOError) {
      for damaged in [files.snapshot, files.journal] {
        guard let old = try fs.readFile(damaged), !old.isEmpty else { continue }
        let copy = files.damagedCopy(of: damaged, at: now)
        try fs.replaceFile(copy, with: old, tempTag: BoardStore.tempTag())
        kept.append(copy)
      }
      try fs.replaceFile(files.snapshot, with: bytes, tempTag: BoardStore.tempTag())
      try fs.replaceFile(files.journal, with: [], tempTag: BoardStore.tempTag())
    } catch {
      throw .io(error, nothingLost: true)
    }
    return (backup, kept)
  }
}
