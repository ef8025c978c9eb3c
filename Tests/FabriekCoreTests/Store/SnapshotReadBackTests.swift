import XCTest

@testable import FabriekCore

/// A snapshot just written is read back and compared with the board record by record, ideas,
/// people and history lines one at a time as they are read (none of them kept a second time),
/// and the first difference is named.
final class SnapshotReadBackTests: XCTestCase {
  private func expectDifference(_ board: Board, _ written: Board, _ detail: String, line: UInt = #line) throws {
    let bytes = try SnapshotCodec.encode(written, journalSeq: 7)
    XCTAssertThrowsError(try SnapshotCodec.verify(FileBytes(copying: bytes), path: "b", matches: board, journalSeq: 7)) {
      XCTAssertEqual(($0 as? StoreError)?.message.contains(detail), true, "\($0)", line: line)
    }
  }

  func testTheSameBoardReadsBack() throws {
    let board = try TestBoards.small()
    let bytes = try SnapshotCodec.encode(board, journalSeq: 7)
    XCTAssertNoThrow(try SnapshotCodec.verify(FileBytes(copying: bytes), path: "b", matches: board, journalSeq: 7))
  }

  func testAPersonThatDiffersIsFound() throws {
    let board = try TestBoards.small()
    var written = board
    let id = try XCTUnwrap(written.people.keys.min())
    written.people[id]?.email = "someone.else@example.be"
    try expectDifference(board, written, "the people read back differently")
  }

  func testAMissingPersonIsFound() throws {
    let board = try TestBoards.small()
    var written = board
    let id = try XCTUnwrap(written.people.keys.max())
    written.people[id] = nil
    try expectDifference(board, written, "the people read back differently")
  }

  func testAHistoryLineThatDiffersIsFound() throws {
    var board = try TestBoards.small()
    let idea = try XCTUnwrap(board.ideas.keys.min())
    try board.apply(.addNote(idea, Note(id: Note.nextFreeID, at: TestBoards.t0, author: "noor", text: "eerste")), by: "noor", at: TestBoards.t0)
    var written = board
    written.history[written.history.count - 1].what = "iets anders"
    try expectDifference(board, written, "the history read back differently")
    written = board
    written.history.removeLast()
    try expectDifference(board, written, "the history read back differently")
  }

  func testAChangeNumberThatDiffersIsFound() throws {
    let board = try TestBoards.small()
    let bytes = try SnapshotCodec.encode(board, journalSeq: 8)
    XCTAssertThrowsError(try SnapshotCodec.verify(FileBytes(copying: bytes), path: "b", matches: board, journalSeq: 7))
  }
}
