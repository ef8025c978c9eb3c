import Foundation
import XCTest

@testable import FabriekCore

final class BoardWatcherTests: XCTestCase {
  var dir = ""
  var path: String { dir + "/board.json" }
  let t = TestBoards.t0

  override func setUp() async throws { dir = try TestBoards.temporaryDirectory() }
  override func tearDown() async throws { try? FileManager.default.removeItem(atPath: dir) }

  /// Waits up to a second for `watcher` to report a change, the way a run loop would.
  func changeSeen(_ watcher: BoardWatcher, within seconds: Double = 1) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    repeat {
      if let fd = watcher.fileDescriptor {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        _ = poll(&p, 1, 50)
      } else {
        usleep(UInt32(watcher.pollInterval) * 1000 / 5)
      }
      if watcher.hasChanged() { return true }
    } while Date() < deadline
    return false
  }

  func addNote(_ store: BoardStore, _ text: String) throws {
    try store.commit(Change(.addNote(IdeaID(1), Note(id: 0, at: t, author: "b", text: text)), by: "b", at: t))
  }

  func checkSeesAnotherStoresCommitAndCompaction(polling: Bool) throws {
    try BoardStore.create(at: path, board: try TestBoards.small())
    let presenter = try BoardStore.open(path)
    let watcher = BoardWatcher(files: presenter.files, polling: polling)
    XCTAssertEqual(watcher.isEventDriven, !polling)
    XCTAssertFalse(changeSeen(watcher, within: 0.3), "nothing was written yet")

    let other = try BoardStore.open(path)
    try addNote(other, "from the other terminal")
    XCTAssertTrue(changeSeen(watcher), "a journal append is seen within a second")
    XCTAssertTrue(try presenter.refresh())
    XCTAssertEqual(presenter.board.idea(IdeaID(1))?.notes.last?.text, "from the other terminal")
    XCTAssertFalse(watcher.hasChanged(), "events are drained: one change is reported once")

    try other.compact()
    XCTAssertTrue(changeSeen(watcher), "a compaction replaces the snapshot and the journal")
    XCTAssertFalse(changeSeen(watcher, within: 0.3))
  }

  func testInotifySeesAnotherStoresCommitAndCompaction() throws {
    try checkSeesAnotherStoresCommitAndCompaction(polling: false)
  }

  func testPollingSeesAnotherStoresCommitAndCompaction() throws {
    try checkSeesAnotherStoresCommitAndCompaction(polling: true)
  }

  func testOtherFilesInTheFolderAreIgnored() throws {
    try BoardStore.create(at: path, board: Board(name: "x"))
    let watcher = BoardWatcher(files: StoreFiles(snapshot: path))
    try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/notes.txt"))
    try Data("y".utf8).write(to: URL(fileURLWithPath: dir + "/board.json.lock"))
    XCTAssertFalse(changeSeen(watcher, within: 0.3))
  }

  func testAMissingFolderFallsBackToPollingWithoutFailing() {
    let watcher = BoardWatcher(files: StoreFiles(snapshot: dir + "/nowhere/board.json"))
    XCTAssertNil(watcher.fileDescriptor)
    XCTAssertFalse(watcher.hasChanged())
  }
}
