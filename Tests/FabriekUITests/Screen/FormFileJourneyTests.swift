import FabriekCore
import FabriekUI
import Foundation
import XCTest

/// The form journeys' operations written through a real board file: reopened, the file holds
/// exactly the records the journeys expect (after each save, after undo, after redo).
final class FormFileJourneyTests: XCTestCase {
  var dir = ""

  override func setUp() async throws {
    dir = NSTemporaryDirectory() + "fabriek-form-file-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  }
  override func tearDown() async throws { try? FileManager.default.removeItem(atPath: dir) }

  /// Commits the operations the journey made (saves, undos, redos) in order and reopens the file.
  func stored(_ journey: Journey, from board: Board) throws -> Board {
    let folder = dir + "/\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/board.json"
    try BoardStore.create(at: path, board: board)
    let store = try BoardStore.open(path)
    for op in journey.commits { _ = try store.commit(Change(op, by: ScreenFixtures.author, at: journey.state.now)) }
    return try BoardStore.open(path, readOnly: true).board
  }

  func testAnIdeaMadeAndEditedThroughTheFormsIsOnFileExactlyAsExpected() throws {
    let board = try ScreenFixtures.board()
    var journey = Journey(try ScreenFixtures.state())
    let id = IdeaID(board.nextIdea)
    journey.press("n")
    journey.type("Buurtkeuken 社会 — café e\u{301}")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.state.focusedID, id)
    journey.press("e", "Tab")
    journey.type("Samen koken 👍🏽")
    let tags = try journey.fieldIndex("tags")
    for _ in 1..<tags { journey.press("Tab") }
    journey.type("zorg, buurt")
    journey.press("Tab", "Tab")
    journey.type("11")
    journey.press("Space", "Ctrl-S")
    let expected = try XCTUnwrap(journey.state.board.ideas[id])
    XCTAssertEqual(expected.title, "Buurtkeuken 社会 — café e\u{301}")
    XCTAssertEqual(expected.pitch, "Samen koken 👍🏽")
    XCTAssertEqual(expected.tags, ["zorg", "buurt"])
    XCTAssertEqual(expected.sdgs, [11])
    XCTAssertEqual(try stored(journey, from: board).ideas[id], expected, "the file holds the record exactly")

    journey.press("u")
    let undone = try XCTUnwrap(journey.state.board.ideas[id])
    XCTAssertEqual(undone.tags, [])
    XCTAssertEqual(try stored(journey, from: board).ideas[id], undone, "after undo")
    journey.press("Ctrl-R")
    XCTAssertEqual(try stored(journey, from: board).ideas[id], expected, "after redo")
  }
}
