import Foundation
import Glibc
import XCTest

@testable import FabriekCore

/// The real file system until a given number of writes, renames and removals, then as a
/// process that died there: every further change to the disk fails (so nothing the dying
/// process would still have done reaches the disk, its clean-ups included).
final class DyingFileSystem: FileSystem, @unchecked Sendable {
  private let real = PosixFileSystem()
  private let lock = NSLock()
  private var left: Int?
  private(set) var died = false

  /// Dies at the `n`th change to the disk from now.
  func die(after n: Int) { lock.withLock { left = n } }

  private func step(_ call: String, _ path: String) throws(IOError) {
    let dead: Bool = lock.withLock {
      guard let n = left else { return false }
      if n <= 0 {
        died = true
        return true
      }
      left = n - 1
      return false
    }
    if dead { throw IOError(call, path, EIO) }
  }

  func open(_ path: String, _ mode: OpenMode) throws(IOError) -> Int32 {
    if mode == .append || mode == .createNew { try step("open", path) }
    return try real.open(path, mode)
  }
  func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(IOError) -> Int {
    try step("write", "fd \(fd)")
    return try real.write(fd, bytes)
  }
  func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int) throws(IOError) -> Int {
    try step("write", "fd \(fd)")
    return try real.write(fd, bytes, at: offset)
  }
  func sync(_ fd: Int32) throws(IOError) {
    try step("fsync", "fd \(fd)")
    try real.sync(fd)
  }
  func truncate(_ fd: Int32, to size: Int) throws(IOError) {
    try step("truncate", "fd \(fd)")
    try real.truncate(fd, to: size)
  }
  func close(_ fd: Int32) { real.close(fd) }
  func rename(_ from: String, _ to: String) throws(IOError) {
    try step("rename", to)
    try real.rename(from, to)
  }
  func link(_ from: String, _ to: String) throws(IOError) {
    try step("link", to)
    try real.link(from, to)
  }
  func remove(_ path: String) throws(IOError) {
    try step("remove", path)
    try real.remove(path)
  }
  func makeDirectory(_ path: String) throws(IOError) {
    try step("mkdir", path)
    try real.makeDirectory(path)
  }
  func status(_ path: String) -> FileStatus? { real.status(path) }
  func linkStatus(_ path: String) -> FileStatus? { real.linkStatus(path) }
  func status(_ fd: Int32) -> FileStatus? { real.status(fd) }
  func realPath(_ path: String) -> String? { real.realPath(path) }
  func linkTarget(_ path: String) -> String? { real.linkTarget(path) }
  func exchange(_ a: String, _ b: String) throws(IOError) {
    try step("rename", b)
    try real.exchange(a, b)
  }
  func read(_ fd: Int32, from offset: Int, count: Int) throws(IOError) -> [UInt8] {
    try real.read(fd, from: offset, count: count)
  }
  func list(_ directory: String) throws(IOError) -> [String] { try real.list(directory) }
  func mapFile(_ path: String) throws(IOError) -> FileBytes? { try real.mapFile(path) }
  func lock(_ fd: Int32, _ kind: LockKind, nonBlocking: Bool) throws(IOError) -> Bool {
    try real.lock(fd, kind, nonBlocking: nonBlocking)
  }
}

final class ErasureInterruptionTests: XCTestCase {
  /// The erasure dies at every change it makes to the disk in turn. Afterwards, opening the
  /// board either finds it as it was (no marker: nothing was erased, and erasing again works)
  /// or finishes the erasure the marker records; either way, once erased, no file of the
  /// folder holds her e-mail, phone or name, and the board's figures are what they were.
  func testAnErasureKilledAtAnyPointIsFinishedOnTheNextOpenOrLeavesTheBoardIntact() throws {
    var finishedOnOpen = 0
    var intact = 0
    var point = 0
    while true {
      let (dir, path) = try PrivacyBoard.makeFolder()
      defer { try? FileManager.default.removeItem(atPath: dir) }
      let before = try BoardStore.open(path).board
      let fs = DyingFileSystem()
      let store = try BoardStore.open(path, fs: fs)
      fs.die(after: point)
      let erased = (try? store.erase(PrivacyBoard.sofie, reason: "gevraagd", by: "noor")) != nil
      store.close()
      if erased && !fs.died {
        XCTAssertEqual(try PrivacyBoard.hits(in: dir), [])
        break
      }
      let hadMarker = FileManager.default.fileExists(atPath: path + ".erasing")
      let reopened = try BoardStore.open(path)
      if hadMarker {
        finishedOnOpen += 1
        XCTAssertNotNil(reopened.board.erasure(of: PrivacyBoard.sofie), "point \(point)")
        XCTAssertEqual(reopened.takeNotices(), ["The interrupted erasure of P-0001 was finished."])
      } else if reopened.board.erasure(of: PrivacyBoard.sofie) != nil {
        // Died after removing the marker, the last step: the erasure was finished.
        XCTAssertTrue(erased, "point \(point): erased without a marker, yet the erasure failed")
      } else {
        intact += 1
        XCTAssertEqual(reopened.board.withoutHistory, before.withoutHistory, "point \(point)")
        try reopened.erase(PrivacyBoard.sofie, reason: "gevraagd", by: "noor")
      }
      reopened.close()
      XCTAssertEqual(try PrivacyBoard.hits(in: dir), [], "point \(point)")
      let after = try BoardStore.open(path).board
      XCTAssertEqual(after.stages.map { after.column($0.id).count }, before.stages.map { before.column($0.id).count })
      XCTAssertEqual(after.ideas.mapValues { $0.scores.count }, before.ideas.mapValues { $0.scores.count }, "point \(point)")
      point += 1
      if point > 500 { return XCTFail("the erasure never finished") }
    }
    XCTAssertGreaterThan(finishedOnOpen, 10)
    XCTAssertGreaterThan(intact, 0)
  }

  func testAReadOnlyOpenRefusesABoardWithAnUnfinishedErasure() throws {
    let (dir, path) = try PrivacyBoard.makeFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let fs = DyingFileSystem()
    let store = try BoardStore.open(path, fs: fs)
    fs.die(after: 8)
    XCTAssertThrowsError(try store.erase(PrivacyBoard.sofie, reason: "gevraagd", by: "noor"))
    store.close()
    XCTAssertTrue(FileManager.default.fileExists(atPath: path + ".erasing"))
    XCTAssertThrowsError(try BoardStore.open(path, readOnly: true)) { error in
      XCTAssertEqual(
        (error as? StoreError)?.message,
        "The erasure of P-0001 was interrupted and is not finished; open the board for writing (for instance `fabriek person erase P-0001 --reason …`) to finish it.")
    }
  }
}
