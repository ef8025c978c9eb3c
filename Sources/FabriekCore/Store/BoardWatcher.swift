#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Notices that a process (this one or another) wrote the board's snapshot or journal, so a
/// screen that nobody types into, such as present mode, can call `BoardStore.refresh()` within
/// a second.
///
/// On Linux it uses inotify on the board's folder (the snapshot and the journal are replaced
/// by rename, so watching the files themselves would lose them after a compaction); a run loop
/// puts `fileDescriptor` in its `poll()` set and calls `hasChanged()` when it is readable.
/// Where inotify is unavailable (other systems, the per-user watch limit reached, or
/// `polling: true`), `fileDescriptor` is nil and `hasChanged()` compares the size, inode and
/// modification time of both files with what it saw last; the run loop then calls it every
/// `pollInterval` milliseconds. Either way `hasChanged()` never blocks.
///
/// A change may be reported that `refresh()` then finds to be the caller's own commit; that
/// costs one cheap refresh and is never wrong the other way.
public final class BoardWatcher {
  public let files: StoreFiles
  /// How often a polling run loop should call `hasChanged()`, in milliseconds.
  public let pollInterval: Int32 = 250
  private var inotifyFD: Int32?
  private var seen: [FileStatus?]
  private let names: Set<String>

  public init(files: StoreFiles, polling: Bool = false) {
    self.files = files
    names = [Paths.fileName(of: files.snapshot), Paths.fileName(of: files.journal)]
    seen = []
    if !polling { inotifyFD = BoardWatcher.openInotify(directory: files.directory) }
    seen = statuses()
  }

  deinit {
    if let fd = inotifyFD { _ = close(fd) }
  }

  /// The descriptor to wait on for readability, or nil when the watcher polls.
  public var fileDescriptor: Int32? { inotifyFD }

  /// Whether the watcher uses inotify rather than polling.
  public var isEventDriven: Bool { inotifyFD != nil }

  /// Whether the snapshot or the journal changed since the last call; drains pending events.
  public func hasChanged() -> Bool {
    if let fd = inotifyFD { return drain(fd) }
    let now = statuses()
    defer { seen = now }
    return now != seen
  }

  private func statuses() -> [FileStatus?] {
    [files.snapshot, files.journal].map { path in
      var st = stat()
      return stat(path, &st) == 0 ? FileStatus(st) : nil
    }
  }

  private static func openInotify(directory: String) -> Int32? {
    #if os(Linux)
      let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
      guard fd >= 0 else { return nil }
      let mask = UInt32(IN_MODIFY | IN_MOVED_TO | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE)
      guard inotify_add_watch(fd, directory, mask) >= 0 else {
        _ = close(fd)
        return nil
      }
      return fd
    #else
      return nil
    #endif
  }

  /// Reads every queued event; true when one names the snapshot or the journal, or when the
  /// queue overflowed (events were lost, so assume a change).
  private func drain(_ fd: Int32) -> Bool {
    #if os(Linux)
      var changed = false
      var buffer = [UInt8](repeating: 0, count: 8192)
      while true {
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n < 0 && errno == EINTR { continue }
        guard n > 0 else { break }
        changed = parse(buffer[0..<n]) || changed
      }
      return changed
    #else
      return false
    #endif
  }

  #if os(Linux)
    private func parse(_ bytes: ArraySlice<UInt8>) -> Bool {
      let header = MemoryLayout<inotify_event>.size
      var offset = bytes.startIndex
      var changed = false
      while offset + header <= bytes.endIndex {
        let (mask, length) = bytes.withUnsafeBytes { raw in
          let event = raw.loadUnaligned(fromByteOffset: offset - bytes.startIndex, as: inotify_event.self)
          return (event.mask, Int(event.len))
        }
        let start = offset + header
        let end = min(start + length, bytes.endIndex)
        let name = String(decoding: bytes[start..<end].prefix { $0 != 0 }, as: UTF8.self)
        if mask & UInt32(IN_Q_OVERFLOW) != 0 || names.contains(name) { changed = true }
        offset = start + length
      }
      return changed
    }
  #endif
}
