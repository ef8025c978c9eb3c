#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few file-system calls the store makes, behind a protocol so that tests can inject
/// faults (a full disk, a read-only folder) at any one of them.
public protocol FileSystem: Sendable {
  func open(_ path: String, _ mode: OpenMode) throws(IOError) -> Int32
  /// Writes some of the bytes and says how many; may write fewer than asked.
  func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(IOError) -> Int
  /// Writes some of the bytes at an offset, without moving the file position.
  func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int) throws(IOError) -> Int
  func sync(_ fd: Int32) throws(IOError)
  func truncate(_ fd: Int32, to size: Int) throws(IOError)
  func close(_ fd: Int32)
  func rename(_ from: String, _ to: String) throws(IOError)
  func link(_ from: String, _ to: String) throws(IOError)
  func remove(_ path: String) throws(IOError)
  func makeDirectory(_ path: String) throws(IOError)
  /// What `path` leads to (links followed), or nil when nothing is there.
  func status(_ path: String) -> FileStatus?
  /// What is at `path` itself: a link is reported as a link (`lstat`).
  func linkStatus(_ path: String) -> FileStatus?
  func status(_ fd: Int32) -> FileStatus?
  /// The absolute path with every link and `.`/`..` resolved, or nil when it leads nowhere.
  func realPath(_ path: String) -> String?
  /// Where a symbolic link points, as written in the link.
  func linkTarget(_ path: String) -> String?
  /// Swaps two existing paths in one step (both exist before and after); throws with EINVAL
  /// or ENOSYS where the file system cannot.
  func exchange(_ a: String, _ b: String) throws(IOError)
  func read(_ fd: Int32, from offset: Int, count: Int) throws(IOError) -> [UInt8]
  func list(_ directory: String) throws(IOError) -> [String]
  /// A file's bytes for reading (mapped where possible), or nil when it does not exist.
  func mapFile(_ path: String) throws(IOError) -> FileBytes?
  /// Takes (or, with `.unlock`, gives back) an advisory lock; `false` when `nonBlocking` and held elsewhere.
  func lock(_ fd: Int32, _ kind: LockKind, nonBlocking: Bool) throws(IOError) -> Bool
}

/// Every mode but `.directory` refuses a symbolic link at the path itself, and every mode
/// refuses what is not a regular file (a FIFO, a device, a socket) before reading or writing
/// a byte: such a file beside a board could hang fabriek or feed it without end.
public enum OpenMode: Sendable {
  case read
  /// Creates (0600) or opens for appending.
  case append
  /// Creates a new file (0600); fails if it exists.
  case createNew
  /// Opens or creates (0600) a file used only for locking.
  case lockFile
  /// A directory, to sync it after a rename.
  case directory
}

public enum LockKind: Sendable { case shared, exclusive, unlock }

public struct FileStatus: Hashable, Sendable {
  public var size: Int
  public var inode: UInt64
  public var device: UInt64
  public var modified: Int64
  public var kind: FileKind
  /// The permission bits (`0o644`).
  public var permissions: UInt32
  /// How many names the file has (hard links).
  public var links: Int

  public var isDirectory: Bool { kind == .directory }
  public var isRegular: Bool { kind == .regular }
  /// Whether the owner's write bit is set: a board file made read-only (`chmod a-w`) is
  /// respected even by root, who could write it anyway.
  public var isWritableByOwner: Bool { permissions & 0o200 != 0 }
}

public enum FileKind: Hashable, Sendable {
  case regular, directory, symbolicLink, fifo, characterDevice, blockDevice, socket, unknown

  /// In words, for a sentence: "is a FIFO (named pipe)".
  public var words: String {
    switch self {
    case .regular: tr("file.regular")
    case .directory: tr("file.directory")
    case .symbolicLink: tr("file.symbolicLink")
    case .fifo: tr("file.fifo")
    case .characterDevice: tr("file.characterDevice")
    case .blockDevice: tr("file.blockDevice")
    case .socket: tr("file.socket")
    case .unknown: tr("file.unknown")
    }
  }
}

/// A failed system call: which, on what, and the errno, turned into a sentence a user can act on.
public struct IOError: Error, Hashable, Sendable, CustomStringConvertible {
  public var call: String
  public var path: String
  public var code: Int32
  /// What was found at the path instead of a regular file, when that is why it failed.
  public var found: FileKind?

  public init(_ call: String, _ path: String, _ code: Int32, found: FileKind? = nil) {
    self.call = call
    self.path = path
    self.code = code
    self.found = found
  }

  /// Whether the path holds a link, FIFO, device or socket where a regular file belongs.
  public var isNotARegularFile: Bool { found != nil }

  public var isDiskFull: Bool { code == ENOSPC || code == EDQUOT }
  public var isReadOnly: Bool { code == EROFS || code == EACCES || code == EPERM }

  /// What went wrong with the path, without advice.
  public var reason: String {
    if let found { return tr("io.notRegular", ["path": path, "found": found.words]) }
    return switch code {
    case ENOSPC, EDQUOT: tr("io.diskFull")
    case EROFS: tr("io.readOnlyFileSystem", ["folder": Paths.directory(of: path)])
    case EACCES, EPERM: tr("io.mayNotWrite", ["folder": Paths.directory(of: path)])
    case ENOENT: tr("io.doesNotExist", ["path": path])
    case EISDIR: tr("io.isFolder", ["path": path])
    case ENOTDIR: tr("io.partNotFolder", ["path": path])
    case EIO: tr("io.inputOutput")
    default: String(cString: strerror(code)).lowercased()
    }
  }

  public var description: String { "\(call) \(path): \(reason)" }
}

public enum Paths {
  public static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let d = String(path[..<slash])
    return d.isEmpty ? "/" : d
  }

  public static func fileName(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }
}
