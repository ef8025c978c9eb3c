import FabriekCore
import XCTest

/// The pure rules behind triage: suspected duplicates, reviewers' consensus, revisit dates.
final class TriageRulesTests: XCTestCase {
  let t0 = Timestamp(seconds: 1_793_523_600)  // 2026-11-01

  func testSuspectedDuplicatesShareAnEmailAndANearIdenticalTitleDeclinedOnesIncluded() throws {
    var board = Board(name: "b")
    try board.apply(
      .addPerson(Person(id: PersonID(1), givenName: "A", familyName: "B", email: "Sofie@Mail.example")), by: "t", at: t0
    )
    try board.apply(
      .addPerson(Person(id: PersonID(2), givenName: "C", familyName: "D", email: "sofie@mail.example")), by: "t", at: t0
    )
    try board.apply(
      .addPerson(Person(id: PersonID(3), givenName: "E", familyName: "F", email: "other@mail.example")), by: "t", at: t0
    )
    let ideas: [(String, Int)] = [
      ("Soepbar met voedseloverschotten", 1), ("Soepbar met voedseloverschotten (Leuven)", 2),
      ("Soepbar met voedseloverschotten", 3), ("Taalcafé", 1), ("Soepbar met voedseloverschoten", 1),
    ]
    for (n, (title, person)) in ideas.enumerated() {
      var idea = Idea(id: IdeaID(n + 1), title: title, created: t0)
      idea.innovators = [PersonID(person)]
      try board.apply(.addIdea(idea), by: "t", at: t0)
    }
    try board.apply(
      .decide(IdeaID(5), Decision(kind: .decline(reason: .incomplete, text: "x"), by: "t", at: t0)), by: "t", at: t0)
    XCTAssertEqual(board.suspectedDuplicates(of: IdeaID(1)), [IdeaID(2), IdeaID(5)])
    XCTAssertEqual(board.suspectedDuplicates(of: IdeaID(3)), [], "another e-mail address")
    XCTAssertEqual(board.suspectedDuplicates(of: IdeaID(4)), [])
  }

  func testConsensusGivesMeanAndSpreadAndFlagsASpreadOfTwo() {
    let rubric = Rubric.default
    let scores = ["an": ["impact": 5, "team": 3], "bo": ["impact": 3, "team": 4], "cy": ["impact": 4]]
    let c = rubric.consensus(scores)
    XCTAssertEqual(c.map(\.count), [3, 0, 0, 2, 0])
    XCTAssertEqual(c[0].mean, 4)
    XCTAssertEqual(c[0].spread, 2)
    XCTAssertTrue(c[0].isDisagreement)
    XCTAssertEqual(c[3].mean, 3.5)
    XCTAssertFalse(c[3].isDisagreement)
    XCTAssertNil(c[1].mean)
    XCTAssertEqual(rubric.largestSpread(scores), 2)
    XCTAssertNil(rubric.largestSpread(["an": ["impact": 5]]), "one reviewer has no spread")
  }

  func testRevisitDatesAreISOOrRelativeAndInTheFuture() throws {
    let today = try XCTUnwrap(Day(year: 2027, month: 1, day: 31))
    XCTAssertEqual(RevisitDate.parse("2027-03-01", today: today), .success(try XCTUnwrap(Day(iso: "2027-03-01"))))
    XCTAssertEqual(RevisitDate.parse(" +10d ", today: today), .success(today.adding(days: 10)))
    XCTAssertEqual(RevisitDate.parse("+3w", today: today), .success(today.adding(days: 21)))
    XCTAssertEqual(RevisitDate.parse("+1m", today: today), .success(try XCTUnwrap(Day(iso: "2027-02-28"))))
    XCTAssertEqual(RevisitDate.parse("+2M", today: today), .success(try XCTUnwrap(Day(iso: "2027-03-31"))))
    XCTAssertEqual(RevisitDate.parse("+1y", today: today), .success(try XCTUnwrap(Day(iso: "2028-01-31"))))
    XCTAssertEqual(RevisitDate.parse("2027-01-31", today: today), .failure(.notInFuture(today)))
    XCTAssertEqual(RevisitDate.parse("+0d", today: today), .failure(.notInFuture(today)))
    for bad in ["", "soon", "+3", "+w", "3w", "+-2d", "+3x", "2027-02-30"] {
      XCTAssertEqual(
        RevisitDate.parse(bad, today: today), .failure(.unreadable(bad.trimmingCharactersInWhitespace())), bad)
    }
  }
}
