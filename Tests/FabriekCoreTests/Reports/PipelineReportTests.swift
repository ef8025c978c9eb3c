import XCTest

@testable import FabriekCore

/// The pipeline figures on a board whose every change is dated by hand, each expected figure
/// worked out in the comments: ideas that moved back, were reopened, or entered and left within
/// the period.
final class PipelineReportTests: XCTestCase {
  func day(_ d: Int) -> Timestamp { Timestamp(seconds: Int64(d) * 86_400 + 9 * 3_600) }

  /// Day 0 is 1970-01-01; the period is days 10 to 40.
  func board() throws -> Board {
    var b = Board(name: "Rapport")
    func add(_ n: Int, at d: Int) throws {
      try b.apply(.addIdea(Idea(id: IdeaID(n), title: "Idee \(n)", created: day(d))), by: "t", at: day(d))
    }
    func move(_ n: Int, _ stage: String, at d: Int) throws {
      try b.apply(.moveIdea(IdeaID(n), stage: stage, index: nil, enteredAt: day(d)), by: "t", at: day(d))
    }
    func accept(_ n: Int, at d: Int) throws {
      try b.apply(.decide(IdeaID(n), Decision(kind: .accept(stage: Stage.ideaGeneration), by: "t", at: day(d))), by: "t", at: day(d))
    }
    // 1: added before the period (day 5), accepted on 12, to Enrichment on 20, back to Idea
    //    generation on 30: entered IG (12, 30) once, Enrichment once; ends in IG.
    try add(1, at: 5)
    try accept(1, at: 12)
    try move(1, Stage.enrichment, at: 20)
    try move(1, Stage.ideaGeneration, at: 30)
    // 2: added on 15, declined (out of scope) on 18: entered Incoming, one decline.
    try add(2, at: 15)
    try b.apply(.decide(IdeaID(2), Decision(kind: .decline(reason: .outOfScope, text: "nee"), by: "t", at: day(18))), by: "t", at: day(18))
    // 3: added on 20, parked on 25 until day 100, reopened on 35 into Incoming.
    try add(3, at: 20)
    try b.apply(.decide(IdeaID(3), Decision(kind: .park(revisit: Day(daysSinceEpoch: 100)), by: "t", at: day(25))), by: "t", at: day(25))
    try b.apply(.reopen(IdeaID(3), stage: Stage.incoming, at: day(35)), by: "t", at: day(35))
    // 4: added on 50, after the period: counts nowhere.
    try add(4, at: 50)
    return b
  }

  func testTheFunnelCountsEachIdeaOncePerStageEnteredAndWhereItIsAtTheEnd() throws {
    let r = PipelineReport(board: try board(), from: day(10), to: day(40))
    let byStage = Dictionary(uniqueKeysWithValues: r.stages.map { ($0.stage, $0) })
    // Incoming: 2 (day 15) and 3 (days 20 and 35, once); 1 entered before the period.
    XCTAssertEqual(byStage[Stage.incoming]?.entered, 2)
    // At day 40: 3 is in Incoming (reopened), 1 in Idea generation, 2 declined.
    XCTAssertEqual(byStage[Stage.incoming]?.now, 1)
    XCTAssertEqual(byStage[Stage.ideaGeneration]?.entered, 1)
    XCTAssertEqual(byStage[Stage.ideaGeneration]?.now, 1)
    XCTAssertEqual(byStage[Stage.enrichment]?.entered, 1)
    XCTAssertEqual(byStage[Stage.enrichment]?.now, 0)
    XCTAssertEqual(byStage[Stage.realisation]?.entered, 0)
    XCTAssertEqual(r.declined, [.outOfScope: 1])
    XCTAssertEqual(r.parked, 1)
  }

  func testStaysAreMeasuredInDaysAndTheirMedianAndNinetiethPercentile() throws {
    let r = PipelineReport(board: try board(), from: day(10), to: day(40))
    let byStage = Dictionary(uniqueKeysWithValues: r.stages.map { ($0.stage, $0) })
    // Incoming stays overlapping days 10–40: 1 (5→12) 7, 2 (15→18) 3, 3 (20→25) 5, 3 (35→40) 5.
    XCTAssertEqual(byStage[Stage.incoming]?.stays, [3, 5, 5, 7])
    XCTAssertEqual(byStage[Stage.incoming]?.medianDays, 5)
    XCTAssertEqual(byStage[Stage.incoming]?.p90Days, 7)
    // Idea generation: 1 (12→20) 8, 1 (30→40) 10.
    XCTAssertEqual(byStage[Stage.ideaGeneration]?.stays, [8, 10])
    XCTAssertEqual(byStage[Stage.ideaGeneration]?.medianDays, 9)
    XCTAssertEqual(byStage[Stage.ideaGeneration]?.p90Days, 10)
    XCTAssertEqual(byStage[Stage.enrichment]?.stays, [10])
    XCTAssertNil(byStage[Stage.realisation]?.medianDays)
  }

  func testAPeriodBeforeAnythingHappenedIsEmpty() throws {
    let r = PipelineReport(board: try board(), from: day(0), to: day(4))
    XCTAssertTrue(r.stages.allSatisfy { $0.entered == 0 && $0.now == 0 && $0.stays.isEmpty })
    XCTAssertEqual(r.parked, 0)
  }
}

/// A board written before history lines carried stage events is counted from each idea's
/// creation, its entry into its current stage and its decision.
final class PipelineReportLegacyTests: XCTestCase {
  func testIdeasWithoutStageEventsCountFromTheirOwnDates() throws {
    let t = { (d: Int) in Timestamp(seconds: Int64(d) * 86_400) }
    var b = Board(name: "Oud")
    var moved = Idea(id: IdeaID(1), title: "Een", stage: Stage.enrichment, created: t(10))
    moved.enteredStage = t(20)
    var declined = Idea(id: IdeaID(2), title: "Twee", created: t(12))
    declined.outcome = .declined(reason: .withdrawn, text: "weg")
    declined.decision = Decision(kind: .decline(reason: .withdrawn, text: "weg"), by: "t", at: t(15))
    for idea in [moved, declined] { try b.apply(.addIdea(idea), by: "t", at: t(30)) }
    b.history.removeAll()  // as an old board: no lines with events
    let r = PipelineReport(board: b, from: t(0), to: t(40))
    let byStage = Dictionary(uniqueKeysWithValues: r.stages.map { ($0.stage, $0) })
    XCTAssertEqual(byStage[Stage.incoming]?.entered, 2)
    XCTAssertEqual(byStage[Stage.incoming]?.stays, [3, 10])
    XCTAssertEqual(byStage[Stage.enrichment]?.entered, 1)
    XCTAssertEqual(byStage[Stage.enrichment]?.now, 1)
    XCTAssertEqual(byStage[Stage.enrichment]?.stays, [20])
    XCTAssertEqual(r.declined, [.withdrawn: 1])
  }
}
