import FabriekCore
import Foundation
import XCTest

/// `fabriek report --format json` on a board built by CLI commands: the funnel and the days in
/// stage in the documented shape.
final class ReportEndToEndTests: EndToEndTestCase {
  func testTheFunnelOfABoardBuiltByCommands() throws {
    try BoardStore.create(at: board, board: Board(name: "Rapport"))
    XCTAssertEqual(try Binary.run(["idea", "add", "--file", board, "--title", "Repair café"]).status, 0)
    XCTAssertEqual(try Binary.run(["idea", "add", "--file", board, "--title", "Taalcafé"]).status, 0)
    XCTAssertEqual(try Binary.run(["idea", "add", "--file", board, "--title", "Buurtkeuken"]).status, 0)
    XCTAssertEqual(try Binary.run(["idea", "move", "I-0001", "--to", "idea-generation", "--file", board]).status, 0)
    XCTAssertEqual(try Binary.run(["idea", "move", "I-0001", "--to", "enrichment", "--file", board]).status, 0)
    XCTAssertEqual(try Binary.run(["idea", "move", "I-0002", "--to", "idea-generation", "--file", board]).status, 0)
    let result = try Binary.run(["report", "--file", board, "--format", "json"])
    XCTAssertEqual(result.status, 0, result.stderr)
    let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let funnel = try XCTUnwrap(json["funnel"] as? [[String: Any]])
    XCTAssertEqual(funnel.map { $0["stage"] as? String }, ["incoming", "idea-generation", "enrichment", "realisation", "exited"])
    XCTAssertEqual(funnel.map { $0["entered"] as? Int }, [3, 2, 1, 0, 0])
    XCTAssertEqual(funnel.map { $0["now"] as? Int }, [1, 1, 1, 0, 0])
    let time = try XCTUnwrap(json["timeInStage"] as? [[String: Any]])
    XCTAssertEqual(time.map { $0["stage"] as? String }, ["incoming", "idea-generation", "enrichment", "realisation", "exited"])
    // Everything happened within a second: every stay is 0 days; stages nobody entered have none.
    XCTAssertEqual(time.first?["medianDays"] as? Double, 0)
    XCTAssertTrue(time.last?["medianDays"] is NSNull)
    XCTAssertEqual(json["parked"] as? Int, 0)
  }

  func testAWrongDateOrFormatIsOneSentence() throws {
    try createBoard()
    let bad = try Binary.run(["report", "--file", board, "--from", "gisteren"])
    XCTAssertEqual(bad.status, 1)
    XCTAssertEqual(bad.stderr, "fabriek: --from: “gisteren” is not a date (2026-12-31 or 31/12/2026).\n")
    let format = try Binary.run(["--lang", "fr", "report", "--file", board, "--format", "pdf"])
    XCTAssertEqual(format.status, 1)
    XCTAssertEqual(format.stderr, "fabriek: --format : « pdf » n'est ni text, ni md, ni csv, ni json, ni html.\n")
  }
}
