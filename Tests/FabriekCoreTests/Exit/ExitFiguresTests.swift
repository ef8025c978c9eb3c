import XCTest

@testable import FabriekCore

/// The exit figures on a small board worked out by hand.
final class ExitFiguresTests: XCTestCase {
  func day(_ iso: String) -> Day { Day(iso: iso) ?? Day(daysSinceEpoch: 0) }

  func testFiguresCountedByHand() throws {
    var b = try TestBoards.small()
    let t = TestBoards.t0
    // Realisation: I-0005 with a plan. Exited: I-0006, plus I-0004 and I-0003 moved there.
    try b.apply(.exit(IdeaID(5), .addCriterion(ExitCriterion(text: "a"))), by: "t", at: t)
    try b.apply(b.exitMove(IdeaID(4), outcome: .stopped, at: t), by: "t", at: t)
    try b.apply(b.exitMove(IdeaID(3), outcome: .merged, at: t), by: "t", at: t)
    // I-0006: 3 criteria, 2 met, 1 dropped → 2 of 2, ready; followed up at 6, 12 and 24 months.
    try b.apply(
      .exit(
        IdeaID(6),
        .setCriteria([
          ExitCriterion(text: "a", state: .met), ExitCriterion(text: "b", state: .met),
          ExitCriterion(text: "c", state: .dropped),
        ])), by: "t", at: t)
    try b.apply(.exit(IdeaID(6), .leave(Departure(outcome: .independent, day: day("2024-01-10")))), by: "t", at: t)
    for (d, jobs, raised) in [("2024-07-10", 2, 10_000), ("2025-01-10", 3, 25_000), ("2026-01-12", 5, 60_000)] {
      try b.apply(
        .exit(
          IdeaID(6),
          .recordFollowUp(FollowUpRecord(day: day(d), operating: true, jobs: jobs, raised: Euro(euros: Int64(raised))))),
        by: "t", at: t)
    }
    // I-0004 (stopped): 1 of 2 met; its 12-month follow-up says it no longer operates.
    try b.apply(
      .exit(IdeaID(4), .setCriteria([ExitCriterion(text: "a", state: .met), ExitCriterion(text: "b")])), by: "t", at: t)
    try b.apply(
      .exit(IdeaID(4), .recordFollowUp(FollowUpRecord(day: t.day, operating: true, jobs: 1))), by: "t", at: t)
    try b.apply(
      .exit(IdeaID(4), .recordFollowUp(FollowUpRecord(day: t.day, operating: false, jobs: 0))), by: "t", at: t)
    // I-0003 (merged): no criteria, no follow-up recorded.

    let f = ExitFigures.compute(b)
    XCTAssertEqual(
      f.coverage.map { "\($0.stage) \($0.withPlan)/\($0.ideas)" },
      ["incoming 0/2", "idea-generation 0/0", "enrichment 0/0", "realisation 1/1", "exited 3/3"])
    XCTAssertEqual(f.alumni, 3)
    XCTAssertEqual([f.criteriaMet, f.criteriaAgreed, f.leftReady], [3, 4, 1])
    XCTAssertEqual(f.outcomes, [.independent: 1, .stopped: 1, .merged: 1])
    // 12 months: I-0006 operating, I-0004 not → 1 of 2; 24 months: only I-0006, operating.
    XCTAssertEqual(f.survival.map { [$0.months, $0.recorded, $0.operating] }, [[12, 2, 1], [24, 1, 1]])
    XCTAssertEqual(f.survival.map(\.share), [0.5, 1.0])
    // Latest follow-ups: I-0006 5 jobs and € 60,000; I-0004 0 jobs.
    XCTAssertEqual(f.jobs, 5)
    XCTAssertEqual(f.raised, Euro(euros: 60_000))
  }
}
