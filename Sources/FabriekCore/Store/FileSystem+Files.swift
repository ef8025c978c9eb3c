import Glibc

/// Whole-file helpers built on the protocol's calls, so that injected faults reach them too.
extension FileSystem {
  /// The file's bytes, or nil when it does not exist.
  public func readFile(_ path: String) throws(IOError) -> [UInt8]? {
    let fd: Int32
    do {
      fd = try open(path, .read)
    } catch {
      if error.code == ENOENT { return nil }
      throw error
    }
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

  /// Writes every byte, looping over short writes.
  public func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws(IOError) {
    var failure: IOError?
    bytes.withUnsafeBytes { raw in
      var done = 0
      while done < raw.count {
        do throws(IOError) {
          let n = try write(fd, UnsafeRawBufferPointer(rebasing: raw[done...]))
          if n == 0 {
            failure = IOError("write", "fd \(fd)", ENOSPC)
            return
          }
          done += n
        } catch {
          failure = error
          return
        }
      }
    }
    if let f = failure { throw f }
  }

  /// Replaces `path` so that, whenever the process dies, the path holds either the old
  /// bytes or the new ones: temp file (0600) in the same folder, write, fsync, rename, fsync
  /// the folder. The temp file is removed when anything fails.
  public func replaceFile(_ path: String, with bytes: [UInt8], tempTag: String) throws(IOError) {
    let dir = Paths.directory(of: path)
    let temp = dir + "/" + StoreFiles.tempPrefix(for: path) + tempTag
    let fd = try open(temp, .createNew)
    do {
      try writeAll(fd, bytes)
      try sync(fd)
      close(fd)
    } catch {
      close(fd)
      try? remove(temp)
      throw IOError(error.call, path, error.code)
    }
    do {
      try rename(temp, path)
    } catch {
      try? remove(temp)
      throw error
    }
    try syncDirectory(dir)
  }

  public func syncDirectory(_ dir: String) throws(IOError) {
    let d = try open(dir, .directory)
    defer { close(d) }
    try sync(d)
  }
}

