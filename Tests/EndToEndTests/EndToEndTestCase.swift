import FabriekCore
import Foundation
import XCTest

/// What every end-to-end test starts from: the built binary (a test fails, rather than skips,
/// without it), a temporary folder of its own that is removed afterwards, and the path of a
/// board file in it. Most tests open the one-idea board `createBoard()` writes.
class EndToEndTestCase: XCTestCase {
  var dir = ""
  var board: String { dir + "/board.json" }
  /// When the board's ideas were created.
  let t0 = Timestamp(iso: "2026-03-02T09:00:00Z") ?? Timestamp(seconds: 0)

  override func setUp() async throws {
    try await super.setUp()
    try Binary.requireBuilt()
    dir = try Binary.temporaryDirectory()
  }

  override func tearDown() async throws {
    try? FileManager.default.removeItem(atPath: dir)
    try await super.tearDown()
  }

  /// Writes the board "Testfabriek" with I-0001 “Alpha buurtrestaurant”, after `more` is done
  /// to it (more records, by "test" at `t0`).
  func createBoard(_ more: (inout Board) throws -> Void = { _ in }) throws {
    var b = Board(name: "Testfabriek")
    try b.apply(.addIdea(Idea(id: IdeaID(1), title: "Alpha buurtrestaurant", created: t0)), by: "test", at: t0)
    try more(&b)
    try BoardStore.create(at: board, board: b)
  }

  /// The board as its file holds it now.
  func stored() throws -> Board { try BoardStore.open(board, readOnly: true).board }
}
