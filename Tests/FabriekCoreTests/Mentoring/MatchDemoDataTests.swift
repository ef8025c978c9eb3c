import XCTest

@testable import FabriekCore

final class MatchDemoDataTests: XCTestCase {
  let now = Timestamp(seconds: 1_772_445_600)

  func testTheDemoBoardHasMatchesInEveryStateWithHoursTheSameForTheSameSeed() throws {
    let a = DemoData.board(count: 400, seed: 3, now: now)
    XCTAssertEqual(Set(a.matches.map(\.state)), Set(MatchState.allCases))
    XCTAssertEqual(Set(a.matches.map(\.kind)), [.mentor, .partner])
    XCTAssertTrue(a.matches.contains { !$0.hours.isEmpty && $0.state == .active })
    XCTAssertTrue(a.matches.contains { !$0.hours.isEmpty && $0.state == .ended })
    XCTAssertEqual(
      Set(a.matches.compactMap { $0.state == .ended ? $0.endReason?.kind : nil }).isSuperset(of: [.goalReached, .noFit]), true)
    XCTAssertGreaterThan(a.minutesLogged().values.reduce(0, +), 60 * 100)
    XCTAssertNil(a.consistencyProblem())
    for m in a.matches {
      XCTAssertLessThanOrEqual(m.transitions.last?.at ?? m.proposedAt, now, "nothing happens after now")
      XCTAssertEqual(m.transitions.map(\.at), m.transitions.map(\.at).sorted(), m.code)
    }
    XCTAssertEqual(DemoData.board(count: 400, seed: 3, now: now), a)
    XCTAssertEqual(DemoData.generate(count: 400, seed: 3, now: now).refused, [])
    // Every person's hours stay within their budget: the demo never needs an override.
    for p in a.people.values {
      if let budget = p.hoursBudget { XCTAssertLessThanOrEqual(a.minutesLogged(by: p.id), budget * 60, p.id.code) }
    }
    XCTAssertFalse(a.matches.contains { $0.overrideReason != nil })
  }
}
