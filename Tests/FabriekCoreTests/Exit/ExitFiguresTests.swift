import XCTest

@testable import FabriekCore

/// The exit figures on a small board worked out by hand.
final class ExitFiguresTests: XCTestCase {
  func day(_ iso: String) -> Day { Day(iso: iso) ?? Day(daysSinceEpoch: 0) }

  /// I-0005 in Realisation with a plan; I-0006 left 10 Jan 2024 (independent) and was followed
  /// up three times; I-0004 (stopped) and I-0003 (merged) left on TestBoards.t0 (2 Mar 2026).
  func crafted() throws -> Board {
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
    return b
  }

  func testFiguresCountedByHand() throws {
    let f = ExitFigures.compute(try crafted())
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

  /// The report's exits page: departures of its period by outcome, follow-ups due by its end,
  /// and the alumni figures of the ideas it counts.
  func testTheReportCountsDeparturesOfItsPeriodAndFollowUpsDueByItsEnd() throws {
    let b = try crafted()
    let y2024 = BoardReport(board: b, from: day("2024-01-01"), to: day("2024-12-31"))
    XCTAssertEqual(y2024.alumni.leftInPeriod, [.independent: 1])
    // I-0006's 6-month follow-up (due 10 Jul 2024) is recorded; 12 and 24 months fall later.
    XCTAssertEqual(y2024.alumni.followUpsDue, 0)
    let y2026 = BoardReport(board: b, from: day("2026-01-01"), to: day("2026-12-31"))
    XCTAssertEqual(y2026.alumni.leftInPeriod, [.stopped: 1, .merged: 1])
    // By 31 Dec 2026: I-0003's 6-month follow-up (2 Sep 2026) is due, its 12 and 24 are not;
    // I-0004 recorded two of its three follow-ups (6 and 12 months), the third is not due.
    XCTAssertEqual(y2026.alumni.followUpsDue, 1)
    XCTAssertEqual(y2026.alumni.figures, ExitFigures.compute(b))
    let only = BoardReport(board: b, from: day("2026-01-01"), to: day("2026-12-31"), only: [IdeaID(4)])
    XCTAssertEqual(only.alumni.leftInPeriod, [.stopped: 1])
    XCTAssertEqual(only.alumni.figures.alumni, 1)
    XCTAssertEqual(only.alumni.figures.jobs, 0)
  }

  /// Hours used per mentor are the hours logged on their mentor matches with the ideas counted.
  func testTheReportsMentorLoadCountsLoggedHours() throws {
    typealias B = MatchBoards
    let b = try B.applying(
      B.board(),
      [
        .proposeMatch(B.proposal(1, B.idea, B.koen)), B.move(1, .active), B.hours(1, minutes: 90),
        B.hours(1, minutes: 45), .proposeMatch(B.proposal(2, B.other, B.koen)), B.move(2, .active),
        B.hours(2, minutes: 30),
      ])
    let all = BoardReport(board: b, from: day("2026-01-01"), to: day("2026-12-31"))
    XCTAssertEqual(all.mentors.mentors.first { $0.person == B.koen }?.hoursUsed, 2.75)
    XCTAssertEqual(all.mentors.mentors.first { $0.person == B.koen }?.active, 2)
    let one = BoardReport(board: b, from: day("2026-01-01"), to: day("2026-12-31"), only: [B.other])
    XCTAssertEqual(one.mentors.mentors.first { $0.person == B.koen }?.hoursUsed, 0.5)
  }
}
