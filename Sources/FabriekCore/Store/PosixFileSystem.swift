import CFabriekSystem

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real file system.
public struct PosixFileSystem: FileSystem {
  public init() {}

  public func open(_ path: String, _ mode: OpenMode) throws(IOError) -> Int32 {
    let flags: Int32
    switch mode {
    case .read: flags = O_RDONLY
    case .append: flags = O_WRONLY | O_APPEND | O_CREAT
    case .createNew: flags = O_WRONLY | O_CREAT | O_EXCL
    case .lockFile: flags = O_RDWR | O_CREAT
    case .directory: flags = O_RDONLY | O_DIRECTORY
    }
    if mode != .directory, let st = linkStatus(path), !st.isRegular {
      // Refused before opening: opening a FIFO blocks, a device may act on being opened.
      throw IOError("open", path, st.isDirectory ? EISDIR : ELOOP, found: st.isDirectory ? nil : st.kind)
    }
    // No following a link put in place meanwhile, and no blocking on a FIFO.
    let guards = mode == .directory ? 0 : O_NOFOLLOW | O_NONBLOCK
    while true {
      var fd = Glibc.open(path, flags | guards | O_CLOEXEC, 0o600)
      if fd < 0, errno == EROFS || errno == EACCES, mode == .lockFile {
        // A lock file in a read-only folder can still be opened for reading when it exists.
        fd = Glibc.open(path, O_RDONLY | guards | O_CLOEXEC)
      }
      if fd >= 0 {
        if mode != .directory, let st = status(fd), !st.isRegular {
          Glibc.close(fd)
          throw IOError("open", path, ELOOP, found: st.kind)
        }
        return fd
      }
      if errno == EINTR { continue }
      if errno == ELOOP { throw IOError("open", path, ELOOP, found: .symbolicLink) }
      throw IOError("open", path, errno)
    }
  }

  public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(IOError) -> Int {
    while true {
      let n = Glibc.write(fd, bytes.baseAddress, bytes.count)
      if n >= 0 { return n }
      if errno == EINTR { continue }
      throw IOError("write", "fd \(fd)", errno)
    }
  }

  public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int) throws(IOError) -> Int {
    while true {
      let n = pwrite(fd, bytes.baseAddress, bytes.count, off_t(offset))
      if n >= 0 { return n }
      if errno == EINTR { continue }
      throw IOError("write", "fd \(fd)", errno)
    }
  }

  public func sync(_ fd: Int32) throws(IOError) {
    if fsync(fd) != 0 && errno != EINVAL { throw IOError("fsync", "fd \(fd)", errno) }
  }

  public func truncate(_ fd: Int32, to size: Int) throws(IOError) {
    if ftruncate(fd, off_t(size)) != 0 { throw IOError("truncate", "fd \(fd)", errno) }
  }

  public func close(_ fd: Int32) { _ = Glibc.close(fd) }

  public func rename(_ from: String, _ to: String) throws(IOError) {
    if Glibc.rename(from, to) != 0 { throw IOError("rename", to, errno) }
  }

  public func link(_ from: String, _ to: String) throws(IOError) {
    if Glibc.link(from, to) != 0 { throw IOError("link", to, errno) }
  }

  public func remove(_ path: String) throws(IOError) {
    if unlink(path) != 0 && errno != ENOENT { throw IOError("remove", path, errno) }
  }

  public func makeDirectory(_ path: String) throws(IOError) {
    if mkdir(path, 0o700) != 0 && errno != EEXIST { throw IOError("mkdir", path, errno) }
  }

  public func status(_ path: String) -> FileStatus? {
    var st = stat()
    guard stat(path, &st) == 0 else { return nil }
    return FileStatus(st)
  }

  public func linkStatus(_ path: String) -> FileStatus? {
    var st = stat()
    guard lstat(path, &st) == 0 else { return nil }
    return FileStatus(st)
  }

  public func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  public func linkTarget(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let n = readlink(path, &buffer, buffer.count - 1)
    guard n >= 0 else { return nil }
    return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  public func exchange(_ a: String, _ b: String) throws(IOError) {
    if fabriek_rename_exchange(a, b) != 0 { throw IOError("rename", b, errno) }
  }

  public func status(_ fd: Int32) -> FileStatus? {
    var st = stat()
    guard fstat(fd, &st) == 0 else { return nil }
    return FileStatus(st)
  }

  public func read(_ fd: Int32, from offset: Int, count: Int) throws(IOError) -> [UInt8] {
    var out = [UInt8](repeating: 0, count: count)
    var done = 0
    var failure: Int32 = 0
    out.withUnsafeMutableBytes { buf in
      while done < count {
        let n = pread(fd, buf.baseAddress.map { $0 + done }, count - done, off_t(offset + done))
        if n > 0 {
          done += n
        } else if n == 0 {
          break
        } else if errno != EINTR {
          failure = errno
          break
        }
      }
    }
    if failure != 0 { throw IOError("read", "fd \(fd)", failure) }
    if done < count { out.removeLast(count - done) }
    return out
  }

  public func mapFile(_ path: String) throws(IOError) -> FileBytes? {
    guard let fd = try openExisting(path) else { return nil }
    defer { close(fd) }
    if let size = status(fd)?.size, let mapped = FileBytes(mapping: fd, size: size) { return mapped }
    return FileBytes(copying: try readFile(path) ?? [])
  }

  public func list(_ directory: String) throws(IOError) -> [String] {
    guard let dir = opendir(directory) else { throw IOError("list", directory, errno) }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  public func lock(_ fd: Int32, _ kind: LockKind, nonBlocking: Bool) throws(IOError) -> Bool {
    var op: Int32 =
      switch kind {
      case .shared: LOCK_SH
      case .exclusive: LOCK_EX
      case .unlock: LOCK_UN
      }
    if nonBlocking { op |= LOCK_NB }
    while true {
      if flock(fd, op) == 0 { return true }
      if errno == EINTR { continue }
      if errno == EWOULDBLOCK { return false }
      throw IOError("lock", "fd \(fd)", errno)
    }
  }
}

extension FileStatus {
  init(_ st: stat) {
    size = Int(st.st_size)
    inode = UInt64(st.st_ino)
    device = UInt64(st.st_dev)
    modified = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
    permissions = UInt32(st.st_mode) & 0o7777
    links = Int(st.st_nlink)
    kind =
      switch st.st_mode & S_IFMT {
      case S_IFREG: .regular
      case S_IFDIR: .directory
      case S_IFLNK: .symbolicLink
      case S_IFIFO: .fifo
      case S_IFCHR: .characterDevice
      case S_IFBLK: .blockDevice
      case S_IFSOCK: .socket
      default: .unknown
      }
  }
}
