import FabriekCore
import FabriekUI
import XCTest

/// `:import PATH` asks the run loop for the import's dry run (update stays pure) and shows the
/// summary of an import;
/// `:triage` opens the triage screen.
final class ImportPaletteTests: XCTestCase {
  func testImportAsksTheRunLoopAndShowsTheSummary() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press(":")
    journey.type("import ~/Downloads/web form.csv")
    journey.press("Enter")
    XCTAssertEqual(journey.effects, [.previewImport(path: "~/Downloads/web form.csv")])
    journey.send(.imported(ImportReport(file: "web form.csv", imported: 38, duplicates: 2, rejected: 0)))
    XCTAssertEqual(journey.state.message, StatusMessage("imported 38, 2 duplicates, 0 rejected"))
    XCTAssertTrue(journey.screen.lines[23].contains("imported 38, 2 duplicates, 0 rejected"))
    journey.send(.imported(ImportReport(file: "again.csv", imported: 0, duplicates: 1, rejected: 1)))
    XCTAssertEqual(journey.state.message?.text, "nothing imported from again.csv, 1 duplicate, 1 rejected")
  }

  func testImportWithoutAPathSaysWhatToWrite() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press(":")
    journey.type("import")
    journey.press("Enter")
    XCTAssertTrue(journey.effects.isEmpty)
    XCTAssertEqual(
      journey.state.message, StatusMessage("Say which CSV file to import, like import candidates.csv.", isError: true))
  }

  func testTheTriageCommandOpensTheTriageScreen() throws {
    var journey = Journey(try TriageFixtures.state())
    journey.press(":")
    journey.type("tri")
    XCTAssertEqual(journey.state.palette.completions, ["triage"])
    journey.press("Tab", "Enter")
    XCTAssertEqual(journey.state.mode, .triage)
    XCTAssertEqual(journey.state.triage?.candidate, IdeaID(2))
  }
}
