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
  func status(_ path: String) -> FileStatus?
  func status(_ fd: Int32) -> FileStatus?
  func read(_ fd: Int32, from offset: Int, count: Int) throws(IOError) -> [UInt8]
  func list(_ directory: String) throws(IOError) -> [String]
  /// A file's bytes for reading (mapped where possible), or nil when it does not exist.
  func mapFile(_ path: String) throws(IOError) -> FileBytes?
  /// Takes (or, with `.unlock`, gives back) an advisory lock; `false` when `nonBlocking` and held elsewhere.
  func lock(_ fd: Int32, _ kind: LockKind, nonBlocking: Bool) throws(IOError) -> Bool
}

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
  public var isDirectory: Bool
}

/// A failed system call: which, on what, and the errno, turned into a sentence a user can act on.
public struct IOError: Error, Hashable, Sendable, CustomStringConvertible {
  public var call: String
  public var path: String
  public var code: Int32

  public init(_ call: String, _ path: String, _ code: Int32) {
    self.call = call
    self.path = path
    self.code = code
  }

  public var isDiskFull: Bool { code == ENOSPC || code == EDQUOT }
  public var isReadOnly: Bool { code == EROFS || code == EACCES || code == EPERM }

  /// What went wrong with the path, without advice.
  public var reason: String {
    switch code {
    case ENOSPC, EDQUOT: "the disk is full"
    case EROFS: "the folder \(Paths.directory(of: path)) is on a read-only file system"
    case EACCES, EPERM: "you may not write to \(Paths.directory(of: path))"
    case ENOENT: "\(path) does not exist"
    case EISDIR: "\(path) is a folder, not a board file"
    case ENOTDIR: "a part of \(path) is not a folder"
    case EIO: "the disk reported an input/output error"
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
