import XCTest

@testable import FabriekCore

final class SavedViewTests: XCTestCase {
  func testSavingAViewAndUndoingItGivesTheBoardBack() throws {
    let board = try TestBoards.small()
    assertRoundTrip(board, .setView(name: "Coop Gent", query: "coop gent")) { b in
      XCTAssertEqual(b.views, ["Coop Gent": "coop gent"])
    }
    var b = board
    try b.apply(.setView(name: "Coop Gent", query: "coop gent"), by: "noor", at: TestBoards.t0)
    assertRoundTrip(b, .setView(name: "coop gent", query: "coop -gent")) { b in
      XCTAssertEqual(b.views, ["Coop Gent": "coop -gent"], "the first spelling of the name stays")
    }
    assertRoundTrip(b, .setView(name: " COOP GENT ", query: nil)) { b in XCTAssertEqual(b.views, [:]) }
    XCTAssertEqual(b.history.last?.what, "saved the view “Coop Gent”: coop gent")
  }

  func testAViewNeedsANameAndRemovingAMissingOneIsRefused() throws {
    let board = try TestBoards.small()
    assertRefused(board, .setView(name: "  ", query: "x"), .invalid(field: "view", reason: "a view needs a name"))
    assertRefused(board, .setView(name: "nothing", query: nil), .notFound("The view “nothing”"))
  }

  func testTheBuiltInViewsAreFoundByTheirNameInEveryLanguageAndByABeginning() throws {
    var board = try TestBoards.small()
    func find(_ name: String) -> SavedView? {
      if case .found(let v) = ViewLookup.find(name, on: board) { return v }
      return nil
    }
    XCTAssertEqual(find("unscored")?.query, "stage:incoming score:none")
    XCTAssertEqual(find("no exit plan")?.query, "stage:realisation exit:none")
    XCTAssertEqual(find("no-mentor")?.query, "stage:enrichment mentor:none")
    XCTAssertEqual(find("van mij")?.query, "coach:me or mentor:me")
    XCTAssertEqual(find("les miens")?.query, "coach:me or mentor:me")
    XCTAssertEqual(find("park")?.query, "outcome:parked is:due")
    XCTAssertEqual(find("stale")?.query, "is:stale")
    XCTAssertEqual(find("declined")?.query, "outcome:declined")
    XCTAssertEqual(ViewLookup.find("no", on: board), .ambiguous(["no exit plan", "no mentor"]))
    XCTAssertEqual(ViewLookup.find("zzz", on: board), .unknown)
    try board.apply(.setView(name: "Mine", query: "coach:me"), by: "noor", at: TestBoards.t0)
    XCTAssertEqual(find("mine")?.query, "coach:me", "the board's own view replaces the built-in one")
    XCTAssertEqual(
      ViewLookup.all(on: board).map(\.name),
      ["Mine", "unscored", "stale", "no exit plan", "no mentor", "declined", "parked due"])
    for view in BuiltInView.allCases {
      XCTAssertNoThrow(try IdeaQuery(parsing: view.query, board: board), view.rawValue)
    }
  }

  func testSavedViewsSurviveTheStoreAndAReload() throws {
    let dir = try TestBoards.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/board.json"
    try BoardStore.create(at: path, board: try TestBoards.small())
    let store = try BoardStore.open(path)
    _ = try store.commit(Change(.setView(name: "coop", query: "coop gent"), by: "noor"))
    XCTAssertEqual(try BoardStore.open(path, readOnly: true).board.views, ["coop": "coop gent"])
    try store.compact()
    XCTAssertEqual(try BoardStore.open(path, readOnly: true).board.views, ["coop": "coop gent"])
  }
}
