import XCTest

@testable import FabriekCore

final class MatchPrivacyTests: XCTestCase {
  typealias B = MatchBoards

  /// Els mentors the idea with hours logged; Koen's hours note names her.
  static func board() throws -> Board {
    try B.applying(
      B.board(),
      [
        .proposeMatch(B.proposal(1, B.idea, B.els)), B.move(1, .active, override: "Els Maes asked for it"),
        B.hours(1, minutes: 90, note: "intro with els@example.be"),
        .proposeMatch(B.proposal(2, B.other, B.koen)), B.move(2, .introduced),
        B.hours(2, minutes: 30, note: "call with Els Maes about the budget"),
      ])
  }

  func testTheDossierListsTheirMatchesWithHoursAndMatchesWhoseTextsNameThem() throws {
    let d = try PersonDossier(B.els, on: Self.board())
    XCTAssertEqual(d.matches.map(\.code), ["M-0001", "M-0002"])
    XCTAssertEqual(d.matches.map(\.theirs), [true, false])
    XCTAssertEqual(d.matches.first?.hours.map(\.minutes), [90])
    XCTAssertTrue(d.markdown().contains("- M-0001 I-0001, mentor, active: 1.5 h ("), d.markdown())
    XCTAssertTrue(d.json().contains("\"matches\""))
    XCTAssertTrue(d.history.contains { $0.what == "proposed Els Maes as mentor for I-0001 (M-0001)" })
  }

  func testAnErasureKeepsMatchesAndHoursButScrubsTheTextsThatNameThem() throws {
    var b = try Self.board()
    try b.apply(.erasePerson(PersonErasure(person: B.els, at: B.t2, by: "Noor", reason: "asked")), by: "Noor", at: B.t2)
    XCTAssertEqual(b.matches.count, 2)
    XCTAssertEqual(b.matches.map(\.minutes), [90, 30], "the figures stay")
    XCTAssertEqual(b.match(MatchID(1))?.state, .active)
    XCTAssertEqual(b.match(MatchID(1))?.hours.first?.note, "intro with Erased person P-0003")
    XCTAssertEqual(b.match(MatchID(1))?.overrideReason, "Erased person P-0003 asked for it")
    XCTAssertEqual(b.match(MatchID(2))?.hours.first?.note, "call with Erased person P-0003 about the budget")
    XCTAssertEqual(b.idea(B.idea)?.mentors, [B.els], "still the idea's mentor")
    XCTAssertNil(b.consistencyProblem())
  }
}
