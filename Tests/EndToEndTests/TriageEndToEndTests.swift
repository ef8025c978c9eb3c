import FabriekCore
import Foundation
import XCTest

/// Issue 5 end to end: `fabriek import` a CSV, `fabriek triage --as an` in tmux, score and
/// accept the oldest candidate, quit; the board file has the scores, the decision and the stage.
/// And `:import` in the TUI, undone in one step.
final class TriageEndToEndTests: EndToEndTestCase {
  func writeCSV(_ name: String, _ rows: [String]) throws -> String {
    let path = dir + "/" + name
    let text = (["Tijdstempel;Titel van je idee;Korte pitch;Naam;E-mailadres"] + rows).joined(separator: "\r\n")
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  func waitUntil(_ what: String, _ condition: () throws -> Bool) throws {
    let deadline = Date().addingTimeInterval(5)
    while try !condition(), Date() < deadline { usleep(50_000) }
    XCTAssertTrue(try condition(), what)
  }

  func testImportThenTriageScoreAndAcceptOneCandidate() throws {
    let csv = try writeCSV(
      "candidates.csv",
      [
        "03/09/2026 08:03:19;Soepbar met voedseloverschotten;Gezonde soep.;Jérôme Leclercq;jerome@mail.example",
        "01/09/2026 09:12:44;Buurtrestaurant in Laken;Een warme maaltijd.;Sofie Van den Bossche;sofie@mail.example",
      ])
    try BoardStore.create(at: board, board: Board(name: "Testfabriek"))
    let imported = try Binary.run(["import", "--file", board, csv, "--as", "intake"])
    XCTAssertEqual(imported.status, 0, imported.stderr)
    let oldest = try XCTUnwrap(try stored().ideasInOrder.first { $0.title == "Buurtrestaurant in Laken" })

    let tmux = try Tmux([Binary.path, "triage", "--file", board, "--as", "an"], width: 100, height: 30)
    try tmux.waitFor(text: "Triage · 1 / 2 · \(oldest.code)")
    try tmux.waitFor(text: "reviewer: an")
    try tmux.send("4", "3", "5", "4", "2")
    try tmux.waitFor(text: "all 1 reviewer: 3.8")  // (4×3 + 3×2 + 5×2 + 4×2 + 2) / 10
    try tmux.send("a")
    try tmux.waitFor(text: "Triage · 2 / 2")
    try tmux.send("q")  // back to the board
    try tmux.waitFor(text: "BOARD")
    try tmux.send("q")  // quit
    XCTAssertEqual(try tmux.waitForExit(), 0)

    let idea = try XCTUnwrap(try stored().ideas[oldest.id])
    XCTAssertEqual(
      idea.scores,
      ["an": ["impact": 4, "innovativeness": 3, "feasibility": 5, "team": 4, "sustainability": 2]])
    XCTAssertEqual(idea.decision?.kind, .accept(stage: Stage.ideaGeneration))
    XCTAssertEqual(idea.decision?.by, "an")
    XCTAssertEqual(idea.stage, Stage.ideaGeneration)
    XCTAssertNil(idea.outcome)
    let other = try XCTUnwrap(try stored().ideasInOrder.first { $0.title == "Soepbar met voedseloverschotten" })
    XCTAssertEqual(other.stage, Stage.incoming, "the other candidate is untouched")
    XCTAssertNil(other.decision)
  }

  func testImportFromThePaletteShowsTheDryRunThenIsOneUndoStep() throws {
    let csv = try writeCSV(
      "web.csv",
      [
        "01/09/2026 09:12:44;Repair café Gent;Samen herstellen.;Karim El Amrani;karim@mail.example",
        "02/09/2026 10:00:00;Taalcafé;Praten.;Noor Aerts;noor@mail.example",
        "02/09/2026 11:00:00;Repair café Gent;Dubbel.;Karim El Amrani;karim@mail.example",
      ])
    let tmux = try Tmux([Binary.path, "--file", board, "--as", "an"], width: 100, height: 30)
    try tmux.waitFor(text: "BOARD")
    try tmux.send(":")
    try tmux.type("import " + csv)
    try tmux.send("Enter")
    // The dry run first: nothing is imported until Enter.
    try tmux.waitFor(text: "2 rows will land in Incoming")
    XCTAssertEqual(try stored().ideas.count, 0)
    try tmux.send("Enter")
    try tmux.waitFor(text: "imported 2, 1 duplicate, 0 rejected")
    XCTAssertEqual(try stored().ideas.count, 2)
    XCTAssertEqual(try stored().people.count, 2)
    try tmux.send("u")
    try tmux.waitFor(text: "Undone")
    try waitUntil("the whole import is undone") { try stored().ideas.isEmpty && stored().people.isEmpty }
    try tmux.send("q")
    XCTAssertEqual(try tmux.waitForExit(), 0)
  }
}
