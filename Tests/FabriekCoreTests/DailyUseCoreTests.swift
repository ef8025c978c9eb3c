import XCTest

@testable import FabriekCore

/// Dates as typed in Belgium, parked ideas coming back, and words matched against closed lists.
final class DailyUseCoreTests: XCTestCase {
  func testBelgianDatesAreReadAsWellAsISO() {
    let end = Day(year: 2027, month: 12, day: 31)
    XCTAssertEqual(Day(typed: "31/12/2027"), end)
    XCTAssertEqual(Day(typed: "31-12-2027"), end)
    XCTAssertEqual(Day(typed: "31.12.2027"), end)
    XCTAssertEqual(Day(typed: " 2027-12-31 "), end)
    XCTAssertEqual(Day(typed: "1/3/2027"), Day(year: 2027, month: 3, day: 1), "day first")
    XCTAssertNil(Day(typed: "31/02/2027"))
    XCTAssertNil(Day(typed: "12/31/2027"), "month 31 does not exist: never read month first")
    XCTAssertNil(Day(typed: "31/12/27"))
    let today = Day(year: 2026, month: 12, day: 2) ?? Day(daysSinceEpoch: 0)
    XCTAssertEqual(try RevisitDate.parse("31/12/2027", today: today).get(), end)
  }

  func testParkedIdeasWhoseRevisitDateHasComeGoBackToIncomingWithAReason() throws {
    var board = Board(name: "x")
    let t = Timestamp(iso: "2026-12-02T09:00:00Z") ?? Timestamp(seconds: 0)
    for (n, revisit) in [(1, "2026-12-01"), (2, "2026-12-02"), (3, "2027-01-10")] {
      try board.apply(.addIdea(Idea(id: IdeaID(n), title: "Idee \(n)", created: t)), by: "t", at: t)
      let day = try XCTUnwrap(Day(iso: revisit))
      let before = Timestamp(seconds: t.seconds - 60 * 86_400)
      try board.apply(.decide(IdeaID(n), Decision(kind: .park(revisit: day), by: "t", at: before)), by: "t", at: before)
    }
    let change = try XCTUnwrap(board.revisitsDue(at: t))
    XCTAssertEqual(change.why, "its revisit date has come")
    try board.apply(change)
    XCTAssertEqual(board.column(Stage.incoming).map(\.id), [IdeaID(1), IdeaID(2)])
    XCTAssertEqual(board.parked.map(\.id), [IdeaID(3)])
    XCTAssertEqual(board.history.last?.why, "its revisit date has come")
    XCTAssertNil(board.revisitsDue(at: t))
  }

  func testAWordMatchesAnIdANameAWordOrAnUnambiguousBeginning() {
    let board = Board(name: "x")
    func place(_ s: String) -> Board.Place? { try? board.place(named: s, field: "--stage", includingOutcomes: true) }
    XCTAssertEqual(place("gen"), .stage(Stage.ideaGeneration))
    XCTAssertEqual(place("generation"), .stage(Stage.ideaGeneration))
    XCTAssertEqual(place("GÉNÉRATION D'IDÉES"), .stage(Stage.ideaGeneration))
    XCTAssertEqual(place("verrijking"), .stage(Stage.enrichment))
    XCTAssertEqual(place("Sorti"), .stage(Stage.exited))
    XCTAssertEqual(place("afgewezen"), .declined)
    XCTAssertEqual(place("en attente"), .parked)
    XCTAssertNil(place("re"), "realisation or refusé")
    XCTAssertNil(place("zz"))
  }
}
