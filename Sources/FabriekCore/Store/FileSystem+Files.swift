import Glibc

/// Whole-file helpers built on the protocol's calls, so that injected faults reach them too.
extension FileSystem {
  /// The file opened for reading, or nil when it does not exist.
  func openExisting(_ path: String) throws(IOError) -> Int32? {
    do {
      return try open(path, .read)
    } catch {
      if error.code == ENOENT { return nil }
      throw error
    }
  }

  /// The file's bytes, or nil when it does not exist.
  public func readFile(_ path: String) throws(IOError) -> [UInt8]? {
    guard let fd = try openExisting(path) else { return nil }
    defer { close(fd) }
    let size = status(fd)?.size ?? 0
    var bytes = try read(fd, from: 0, count: size)
    // The file may have grown since fstat (another process appending).
    while true {
      let more = try read(fd, from: bytes.count, count: 65_536)
      if more.isEmpty { break }
      bytes += more
    }
    return bytes
  }

  /// Writes every byte, looping over short writes; at `offset` when given, else appending.
  public func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int? = nil) throws(IOError) {
    var done = 0
    while done < bytes.count {
      let rest = UnsafeRawBufferPointer(rebasing: bytes[done...])
      let n = try offset == nil ? write(fd, rest) : write(fd, rest, at: (offset ?? 0) + done)
      if n == 0 { throw IOError("write", "fd \(fd)", ENOSPC) }
      done += n
    }
  }

  public func writeAll(_ fd: Int32, _ bytes: [UInt8], at offset: Int? = nil) throws(IOError) {
    var failure: IOError?
    bytes.withUnsafeBytes { raw in
      do throws(IOError) { try writeAll(fd, raw, at: offset) } catch { failure = error }
    }
    if let f = failure { throw f }
  }

  /// Replaces `path` so that, whenever the process dies, the path holds either the old
  /// bytes or the new ones: temp file (0600) in the same folder, write, fsync, rename, fsync
  /// the folder. The temp file is removed when anything fails.
  public func replaceFile(_ path: String, with bytes: [UInt8], tempTag: String) throws(IOError) {
    try replaceFile(path, tempTag: tempTag) { fd throws(IOError) in try writeAll(fd, bytes) }
  }

  /// The same, with the contents written by `write` into the temp file's descriptor.
  public func replaceFile(_ path: String, tempTag: String, write: (Int32) throws(IOError) -> Void) throws(IOError) {
    let dir = Paths.directory(of: path)
    let temp = dir + "/" + StoreFiles.tempPrefix(for: path) + tempTag
    let fd = try open(temp, .createNew)
    do throws(IOError) {
      try write(fd)
      try sync(fd)
      close(fd)
    } catch {
      close(fd)
      try? remove(temp)
      throw IOError(error.call, path, error.code)
    }
    do throws(IOError) {
      try rename(temp, path)
    } catch {
      try? remove(temp)
      throw error
    }
    try syncDirectory(dir)
  }

  /// Copies `path` to `destination` crash-safely (as `replaceFile`), a megabyte at a time,
  /// so that a large file is never held in memory whole.
  public func copyFile(_ path: String, to destination: String, tempTag: String) throws(IOError) {
    let source = try open(path, .read)
    defer { close(source) }
    let size = status(source)?.size ?? 0
    try replaceFile(destination, tempTag: tempTag) { fd throws(IOError) in
      var at = 0
      while at < size {
        let chunk = try read(source, from: at, count: min(1 << 20, size - at))
        if chunk.isEmpty { break }
        try writeAll(fd, chunk)
        at += chunk.count
      }
    }
  }

  /// Whether two files hold the same bytes (compared a megabyte at a time).
  public func sameContents(_ a: String, _ b: String, size: Int) -> Bool {
    guard status(a)?.size == size, status(b)?.size == size else { return false }
    guard let fa = try? open(a, .read) else { return false }
    defer { close(fa) }
    guard let fb = try? open(b, .read) else { return false }
    defer { close(fb) }
    var at = 0
    while at < size {
      let n = min(1 << 20, size - at)
      guard let x = try? read(fa, from: at, count: n), let y = try? read(fb, from: at, count: n), x == y, !x.isEmpty
      else { return false }
      at += n
    }
    return true
  }

  public func syncDirectory(_ dir: String) throws(IOError) {
    let d = try open(dir, .directory)
    defer { close(d) }
    try sync(d)
  }
}
