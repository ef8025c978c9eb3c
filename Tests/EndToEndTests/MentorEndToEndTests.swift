import FabriekCore
import Foundation
import XCTest

/// `fabriek mentor suggest` on the demo board: the JSON shape scripts rely on, best first, and
/// never a person the idea already has or one of an innovator's organisation.
final class MentorEndToEndTests: EndToEndTestCase {
  func testSuggestPrintsTheStableJSONBestFirstWithoutTheIdeasOwnPeople() throws {
    let demo = dir + "/demo.json"
    XCTAssertEqual(try Binary.run(["demo-data", "--out", demo]).status, 0)
    let b = try BoardStore.open(demo, readOnly: true).board
    let idea = try XCTUnwrap(b.ideas.values.filter { $0.stage == Stage.enrichment }.min { $0.id < $1.id })
    let result = try Binary.run(["mentor", "suggest", idea.code, "--file", demo, "--json", "--limit", "50"])
    XCTAssertEqual(result.status, 0, result.stderr)
    let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    XCTAssertFalse(rows.isEmpty)
    let scores = rows.compactMap { $0["score"] as? Double }
    XCTAssertEqual(scores.count, rows.count, "every row has a numeric score")
    XCTAssertEqual(scores, scores.sorted(by: >), "best first")
    let own = Set((idea.innovators + idea.mentors + (idea.coach.map { [$0] } ?? [])).map(\.code))
    for row in rows {
      let code = try XCTUnwrap(row["person"] as? String)
      XCTAssertFalse(own.contains(code), "\(code) is linked to \(idea.code) already")
      let person = try XCTUnwrap(PersonID(code: code).flatMap { b.people[$0] })
      XCTAssertTrue(person.roles.contains(.mentor))
      XCTAssertEqual(row["name"] as? String, person.fullName)
      XCTAssertNotNil(row["reasons"] as? [String])
    }
    // The same numbers as the library computes, in the same order.
    let expected = b.mentorSuggestions(for: idea.id, limit: 50)
    XCTAssertEqual(rows.compactMap { $0["person"] as? String }, expected.map(\.person.code))
    XCTAssertEqual(scores, expected.map(\.score))
  }

  func testSuggestInDutchAndAnUnknownIdeaRefused() throws {
    try createBoard()
    let missing = try Binary.run(["mentor", "suggest", "I-0999", "--file", board])
    XCTAssertEqual(missing.status, 1)
    let none = try Binary.run(["--lang", "nl", "mentor", "suggest", "I-0001", "--file", board])
    XCTAssertEqual(none.status, 0, none.stderr)
    XCTAssertEqual(
      none.stdout,
      "Geen mentor voor te stellen voor I-0001: niemand op het bord heeft de rol mentor, of ze zijn er al allemaal aan gekoppeld.\n")
  }
}
