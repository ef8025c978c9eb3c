import Foundation
import Glibc

@testable import FabriekCore

/// The real file system with faults injected: a disk that fills up after a number of bytes
/// (the write that crosses the limit is cut short, as a real one is), a read-only folder, or
/// a process that dies after a number of changes to the disk.
final class FaultyFileSystem: FileSystem, @unchecked Sendable {
  private let real = PosixFileSystem()
  private let mutex = NSLock()
  private var budget: Int?
  private var readOnly = false
  private var exchangeUnsupported = false
  private var corruptTemps = false
  private var openPaths: [Int32: String] = [:]
  /// Every write into a temp file (a snapshot being written) has one byte flipped, as a
  /// disk that goes bad under a write would leave it.
  func corruptTempFiles() { mutex.withLock { corruptTemps = true } }
  private func corrupted(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> [UInt8]? {
    let path: String? = mutex.withLock { corruptTemps ? openPaths[fd] : nil }
    guard let path, path.contains(".tmp-"), bytes.count > 200 else { return nil }
    var copy = Array(bytes)
    copy[copy.count / 2] ^= 0x01
    return copy
  }
  /// A file system that cannot swap two paths in one step (renameat2 refused).
  func refuseExchange() { mutex.withLock { exchangeUnsupported = true } }

  func fillDisk(after bytes: Int) { mutex.withLock { budget = bytes } }
  func freeSpace() { mutex.withLock { budget = nil } }
  func makeReadOnly() { mutex.withLock { readOnly = true } }

  private var changesLeft: Int?
  private var dead = false
  /// As a process that dies at the `n`th change to the disk from now (a write, fsync,
  /// truncation, rename, link, removal or new file): that change and every one after it fail,
  /// so nothing the dying process would still have done reaches the disk, its clean-ups
  /// included.
  func die(after n: Int) { mutex.withLock { changesLeft = n } }
  var died: Bool { mutex.withLock { dead } }

  /// A change to an open file: only the death counts (a read-only folder refused its open).
  private func dieHere(_ call: String, _ path: String) throws(IOError) {
    let isDead: Bool = mutex.withLock {
      if let n = changesLeft {
        if n <= 0 { dead = true } else { changesLeft = n - 1 }
      }
      return dead
    }
    if isDead { throw IOError(call, path, EIO) }
  }

  /// Every change to the disk by path passes here: it fails once the process died, or on a read-only folder.
  private func change(_ call: String, _ path: String) throws(IOError) {
    try dieHere(call, path)
    if mutex.withLock({ readOnly }) { throw IOError(call, path, EROFS) }
  }

  func open(_ path: String, _ mode: OpenMode) throws(IOError) -> Int32 {
    switch mode {
    case .append, .createNew: try change("open", path)
    case .lockFile:
      if mutex.withLock({ readOnly }) {
        if real.status(path) == nil { throw IOError("open", path, EROFS) }
        return try real.open(path, .read)
      }
    case .read, .directory: break
    }
    let fd = try real.open(path, mode)
    mutex.withLock { openPaths[fd] = path }
    return fd
  }

  func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(IOError) -> Int {
    try dieHere("write", "fd \(fd)")
    let allowed: Int? = mutex.withLock {
      guard let b = budget else { return nil }
      let n = min(b, bytes.count)
      budget = b - n
      return n
    }
    if let bad = corrupted(fd, bytes) {
      let result: Result<Int, IOError> = bad.withUnsafeBytes { raw in
        do throws(IOError) { return .success(try real.write(fd, raw)) } catch { return .failure(error) }
      }
      return try result.get()
    }
    guard let n = allowed else { return try real.write(fd, bytes) }
    if n == 0 { throw IOError("write", "fd \(fd)", ENOSPC) }
    return try real.write(fd, UnsafeRawBufferPointer(rebasing: bytes[0..<n]))
  }

  func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int) throws(IOError) -> Int {
    try dieHere("write", "fd \(fd)")
    let allowed: Int? = mutex.withLock {
      guard let b = budget else { return nil }
      let n = min(b, bytes.count)
      budget = b - n
      return n
    }
    guard let n = allowed else { return try real.write(fd, bytes, at: offset) }
    if n == 0 { throw IOError("write", "fd \(fd)", ENOSPC) }
    return try real.write(fd, UnsafeRawBufferPointer(rebasing: bytes[0..<n]), at: offset)
  }

  func sync(_ fd: Int32) throws(IOError) {
    try dieHere("fsync", "fd \(fd)")
    try real.sync(fd)
  }
  func truncate(_ fd: Int32, to size: Int) throws(IOError) {
    try dieHere("truncate", "fd \(fd)")
    try real.truncate(fd, to: size)
  }
  func close(_ fd: Int32) {
    mutex.withLock { openPaths[fd] = nil }
    real.close(fd)
  }
  func rename(_ from: String, _ to: String) throws(IOError) {
    try change("rename", to)
    try real.rename(from, to)
  }
  func link(_ from: String, _ to: String) throws(IOError) {
    try change("link", to)
    try real.link(from, to)
  }
  func remove(_ path: String) throws(IOError) {
    try change("remove", path)
    try real.remove(path)
  }
  func makeDirectory(_ path: String) throws(IOError) {
    try change("mkdir", path)
    try real.makeDirectory(path)
  }
  func status(_ path: String) -> FileStatus? { real.status(path) }
  func status(_ fd: Int32) -> FileStatus? { real.status(fd) }
  func linkStatus(_ path: String) -> FileStatus? { real.linkStatus(path) }
  func realPath(_ path: String) -> String? { real.realPath(path) }
  func linkTarget(_ path: String) -> String? { real.linkTarget(path) }
  func exchange(_ a: String, _ b: String) throws(IOError) {
    try change("rename", b)
    if mutex.withLock({ exchangeUnsupported }) { throw IOError("rename", b, EINVAL) }
    try real.exchange(a, b)
  }
  /// Every byte read through `read`, to check that a huge file is never read whole.
  private(set) var bytesRead = 0
  func read(_ fd: Int32, from offset: Int, count: Int) throws(IOError) -> [UInt8] {
    let bytes = try real.read(fd, from: offset, count: count)
    mutex.withLock { bytesRead += bytes.count }
    return bytes
  }
  func mapFile(_ path: String) throws(IOError) -> FileBytes? { try real.mapFile(path) }
  func list(_ directory: String) throws(IOError) -> [String] { try real.list(directory) }
  func lock(_ fd: Int32, _ kind: LockKind, nonBlocking: Bool) throws(IOError) -> Bool {
    try real.lock(fd, kind, nonBlocking: nonBlocking)
  }
}
