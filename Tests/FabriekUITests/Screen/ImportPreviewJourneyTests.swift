import FabriekCore
import FabriekUI
import Foundation
import XCTest

/// `:import PATH` shows the dry run first: the mapping, the rows that will land with their
/// codes, the duplicates and the refused rows with their lines. Enter imports them as one
/// change; Esc leaves the board as it was.
final class ImportPreviewJourneyTests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("fabriek-preview-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  /// Three rows: two new ideas, one without a title (refused, on line 4).
  private func writeExport() throws -> String {
    let csv = """
      Naam,E-mailadres,Titel van je idee,Korte pitch
      Lotte Peeters,lotte@example.be,Repair café Gent,Samen herstellen in de buurt
      Karim El Amrani,karim@example.be,Buurtkeuken Molenbeek,Koken met en voor de wijk
      Anna Claes,anna@example.be,,Geen titel
      """
    let path = folder.appendingPathComponent("formulier.csv").path
    try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  func testTheDryRunShowsTheMappingTheRowsAndTheProblemsAndEnterImports() async throws {
    var journey = Journey(try ScreenFixtures.state(width: 120, height: 40))
    let before = journey.state.board.ideas.count
    let next = journey.state.board.nextIdea
    let path = try writeExport()
    journey.press(":")
    journey.type("import " + path)
    journey.press("Enter")
    XCTAssertEqual(journey.state.mode, .importPreview)
    XCTAssertEqual(journey.state.board.ideas.count, before, "a dry run changes nothing")
    let text = journey.screen.lines.joined(separator: "\n")
    XCTAssertTrue(text.contains("Import formulier.csv: dry run"), text)
    XCTAssertTrue(text.contains("Would import 2 of 3 rows of formulier.csv into Incoming"), text)
    XCTAssertTrue(text.contains("→ title"), text)
    XCTAssertTrue(text.contains("2 rows will land in Incoming"), text)
    XCTAssertTrue(text.contains("line 2: \(IdeaID(next).code) “Repair café Gent”"), text)
    XCTAssertTrue(text.contains("line 3: \(IdeaID(next + 1).code) “Buurtkeuken Molenbeek”"), text)
    XCTAssertTrue(text.contains("1 row refused"), text)
    XCTAssertTrue(text.contains("line 4:"), text)
    journey.press("Enter")
    XCTAssertEqual(journey.state.mode, .board)
    XCTAssertEqual(journey.state.board.ideas.count, before + 2)
    XCTAssertEqual(journey.state.board.ideas[IdeaID(next)]?.title, "Repair café Gent")
    XCTAssertEqual(journey.state.message?.text, "imported 2, 0 duplicates, 1 rejected")
    journey.press("u")
    XCTAssertEqual(journey.state.board.ideas.count, before, "one undo takes the whole import back")
  }

  func testEscapeLeavesTheBoardUnchanged() async throws {
    var journey = Journey(try ScreenFixtures.state(width: 120, height: 40))
    let board = journey.state.board
    journey.press(":")
    journey.type("import " + (try writeExport()))
    journey.press("Enter")
    XCTAssertEqual(journey.state.mode, .importPreview)
    journey.press("j", "G", "g")
    journey.press("Esc")
    XCTAssertEqual(journey.state.mode, .board)
    XCTAssertEqual(journey.state.board, board)
    XCTAssertFalse(journey.commits.contains { _ in true }, "nothing was sent to the store")
    XCTAssertEqual(journey.state.message?.text, "Nothing imported from formulier.csv; the board is unchanged.")
  }

  func testTheDryRunSpeaksTheBoardsLanguage() async throws {
    var journey = Journey(try ScreenFixtures.state(width: 120, height: 40))
    journey.press(":")
    journey.type("lang nl")
    journey.press("Enter")
    journey.press(":")
    journey.type("import " + (try writeExport()))
    journey.press("Enter")
    let text = journey.screen.lines.joined(separator: "\n")
    XCTAssertTrue(text.contains("Zou 2 van 3 rijen uit formulier.csv importeren in Binnengekomen"), text)
    XCTAssertTrue(text.contains("1 rij geweigerd"), text)
  }

  func testAFileThatCannotBeReadSaysSoAndOpensNothing() async throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press(":")
    journey.type("import " + folder.appendingPathComponent("missing.csv").path)
    journey.press("Enter")
    XCTAssertEqual(journey.state.mode, .board)
    XCTAssertEqual(journey.state.message?.isError, true)
    XCTAssertTrue(journey.state.message?.text.hasPrefix("Cannot read ") ?? false)
  }
}
