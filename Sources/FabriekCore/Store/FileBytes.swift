#if canImport(Glibc)
  import Glibc
#endif

/// A whole file's bytes for reading: mapped into memory when the file system allows it, so
/// that the pages already read can be handed back (`release`) while a large board is being
/// decoded, and the file never costs its full size in memory on top of the board.
public final class FileBytes: @unchecked Sendable {
  public let buffer: UnsafeBufferPointer<UInt8>
  private let mapping: UnsafeMutableRawPointer?
  private let owned: UnsafeMutableBufferPointer<UInt8>?

  /// Maps `fd` (`size` bytes), or returns nil when it cannot be mapped.
  init?(mapping fd: Int32, size: Int) {
    guard size > 0, let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else { return nil }
    _ = madvise(p, size, MADV_SEQUENTIAL)
    mapping = p
    owned = nil
    buffer = UnsafeBufferPointer(start: p.assumingMemoryBound(to: UInt8.self), count: size)
  }

  public init(copying bytes: [UInt8]) {
    let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, bytes.count))
    _ = copy.initialize(from: bytes)
    owned = copy
    mapping = nil
    buffer = UnsafeBufferPointer(start: copy.baseAddress, count: bytes.count)
  }

  deinit {
    if let mapping { munmap(mapping, buffer.count) }
    owned?.deallocate()
  }

  public var count: Int { buffer.count }
  public var array: [UInt8] { Array(buffer) }

  /// Hands the whole pages inside `range` back to the system; reading them again later still
  /// works (they come back from the page cache).
  func release(_ range: Range<Int>) {
    guard let mapping else { return }
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    let start = (range.lowerBound + page - 1) / page * page
    let end = min(range.upperBound, buffer.count) / page * page
    if end > start { _ = madvise(mapping + start, end - start, MADV_DONTNEED) }
  }
}
