import XCTest

@testable import FabriekCore

/// Exit criteria, taper, departure and follow-ups: the `.exit` operation and its rules.
final class ExitPlanTests: XCTestCase {
  var board = Board(name: "")
  override func setUp() async throws { board = try TestBoards.small() }
  let realisation = IdeaID(5)
  let exited = IdeaID(6)

  func day(_ iso: String) -> Day { Day(iso: iso) ?? Day(daysSinceEpoch: 0) }

  func testMonthsAreAddedToTheSameDayOrTheMonthsLastDay() {
    XCTAssertEqual(day("2027-08-31").adding(months: 6), day("2028-02-29"), "leap year")
    XCTAssertEqual(day("2026-08-31").adding(months: 6), day("2027-02-28"))
    XCTAssertEqual(day("2028-02-29").adding(months: 12), day("2029-02-28"))
    XCTAssertEqual(day("2028-02-29").adding(months: 48), day("2032-02-29"))
    XCTAssertEqual(day("2026-01-31").adding(months: 1), day("2026-02-28"))
    XCTAssertEqual(day("2026-03-31").adding(months: 1), day("2026-04-30"))
    XCTAssertEqual(day("2026-10-15").adding(months: 3), day("2027-01-15"), "across the year")
    XCTAssertEqual(day("2026-01-15").adding(months: -2), day("2025-11-15"))
    XCTAssertEqual(day("2026-05-31").adding(months: 24), day("2028-05-31"))
  }

  func testLeavingSchedulesTheBoardsFollowUpsAndUndoTakesThemAway() {
    let leave = BoardOperation.exit(exited, .leave(Departure(outcome: .merged, day: day("2026-08-31"))))
    assertRoundTrip(board, leave) { b in
      let plan = b.ideas[self.exited]?.exitPlan
      XCTAssertEqual(plan?.departure, Departure(outcome: .merged, day: self.day("2026-08-31")))
      XCTAssertEqual(plan?.followUps.map(\.months), [6, 12, 24])
      XCTAssertEqual(
        plan?.followUps.map(\.due), [self.day("2027-02-28"), self.day("2027-08-31"), self.day("2028-08-31")])
      XCTAssertEqual(b.history.last?.what, "I-0006 exited: merged into a partner")
    }
    var b = board
    XCTAssertNoThrow(try b.apply(.setExitSettings(ExitSettings(followUpMonths: [3, 36])), by: "t", at: TestBoards.t0))
    XCTAssertNoThrow(try b.apply(leave, by: "t", at: TestBoards.t0))
    XCTAssertEqual(b.ideas[exited]?.exitPlan?.followUps.map(\.due), [day("2026-11-30"), day("2029-08-31")])
  }

  func testCriteriaAreAgreedTickedAndCountedWithoutTheDroppedOnes() throws {
    let agreed = ["financed beyond the pilot", "own legal entity", "team of 3+"].map { ExitCriterion(text: $0) }
    assertRoundTrip(board, .exit(realisation, .setCriteria(agreed))) { b in
      XCTAssertEqual(b.ideas[self.realisation]?.exitPlan?.criteria, agreed)
      XCTAssertEqual(b.history.last?.what, "agreed 3 exit criteria for I-0005")
    }
    var b = board
    try b.apply(.exit(realisation, .setCriteria(agreed)), by: "t", at: TestBoards.t0)
    let met = ExitCriterion(text: "own legal entity", state: .met, evidence: "statuten neergelegd")
    assertRoundTrip(b, .exit(realisation, .setCriterion(index: 1, met))) { after in
      XCTAssertEqual(after.history.last?.what, "exit criterion 2 of I-0005: met")
    }
    try b.apply(.exit(realisation, .setCriterion(index: 1, met)), by: "t", at: TestBoards.t0)
    try b.apply(
      .exit(realisation, .setCriterion(index: 2, ExitCriterion(text: "team of 3+", state: .dropped))), by: "t",
      at: TestBoards.t0)
    let readiness = try XCTUnwrap(b.ideas[realisation]?.exitPlan?.readiness)
    XCTAssertEqual([readiness.met, readiness.total], [1, 2])
    assertRefused(
      b, .exit(realisation, .setCriterion(index: 3, met)),
      .conflict("I-0005 has no exit criterion 4; `fabriek exit plan I-0005` lists them."))
    assertRefused(
      b, .exit(realisation, .addCriterion(ExitCriterion(text: "  "))),
      .invalid(field: "exit criterion", reason: "a criterion needs a text"))
  }

  func testATaperStepIsDueWhenItsEndHasComeAndOnlyTheLastMayBeOpenEnded() throws {
    let steps = [
      TaperStep(support: .biweekly, until: day("2026-04-30"), done: true),
      TaperStep(support: .monthly, until: day("2026-09-30")),
      TaperStep(support: .alumni),
    ]
    assertRoundTrip(board, .exit(realisation, .setTaper(steps)))
    let plan = ExitPlan(criteria: [], taper: steps)
    XCTAssertEqual(plan.nextTaperStep?.index, 1)
    XCTAssertFalse(plan.taperDue(on: day("2026-09-29")))
    XCTAssertTrue(plan.taperDue(on: day("2026-09-30")))
    var finished = plan
    finished.taper[1].done = true
    XCTAssertFalse(finished.taperDue(on: day("2030-01-01")), "the alumni step has no end")
    assertRefused(
      board, .exit(realisation, .setTaper([TaperStep(support: .monthly), TaperStep(support: .alumni)])),
      .invalid(field: "taper plan", reason: "only the last step may go on without an end date"))
    assertRefused(
      board,
      .exit(
        realisation,
        .setTaper([
          TaperStep(support: .biweekly, until: day("2026-09-30")),
          TaperStep(support: .monthly, until: day("2026-04-30")),
        ])),
      .invalid(field: "taper plan", reason: "step 2 must end after the step before it"))
  }

  func testAFollowUpFillsTheEarliestOpenOneAndIsRefusedBeforeLeaving() throws {
    let record = FollowUpRecord(
      day: day("2027-03-03"), operating: true, jobs: 4, turnover: .from50kTo250k, raised: Euro(euros: 40_000),
      note: "Tweede vestiging")
    assertRefused(
      board, .exit(exited, .recordFollowUp(record)),
      .conflict("I-0006 has not exited yet: move it to Exited with an outcome first"))
    var b = board
    try b.apply(
      .exit(exited, .leave(Departure(outcome: .independent, day: day("2026-08-31")))), by: "t", at: TestBoards.t0)
    assertRoundTrip(b, .exit(exited, .recordFollowUp(record))) { after in
      XCTAssertEqual(after.ideas[self.exited]?.exitPlan?.followUps.map(\.record), [record, nil, nil])
    }
    var early = record
    early.day = day("2026-08-30")
    assertRefused(
      b, .exit(exited, .recordFollowUp(early)),
      .invalid(field: "follow-up", reason: "a follow-up cannot be before the idea left, on 2026-08-31"))
    let plan = try XCTUnwrap(b.ideas[exited]?.exitPlan)
    XCTAssertEqual(plan.followUps[0].state(on: day("2027-02-28")), .due)
    XCTAssertEqual(plan.followUps[0].state(on: day("2027-03-01")), .overdue)
    XCTAssertEqual(plan.followUps[1].state(on: day("2027-03-01")), .scheduled)
    XCTAssertTrue(plan.followUpOverdue(on: day("2027-03-01")))
    XCTAssertFalse(plan.followUpOverdue(on: day("2027-02-28")))
  }

  func testTemplatesComeFromTheBoardOrTheCatalogueInEachLanguage() throws {
    XCTAssertEqual(
      board.exitTemplate(for: .socialOnly, in: .en),
      ["financed beyond the pilot", "own legal entity", "structural partner", "team of 3+"])
    XCTAssertEqual(board.exitTemplate(for: .financialAndSocial, in: .nl).last, "inkomsten dekken de kosten")
    XCTAssertEqual(board.exitTemplate(for: nil, in: .fr).first, "financé au-delà du projet pilote")
    let own = ExitSettings(templates: [.socialOnly: ["eigen vzw", "structurele subsidie"]])
    assertRoundTrip(board, .setExitSettings(own)) { b in
      XCTAssertEqual(b.exitTemplate(for: .socialOnly), ["eigen vzw", "structurele subsidie"])
      XCTAssertEqual(b.exitTemplate(for: .financialAndSocial, in: .en).count, 5)
    }
    assertRefused(
      board, .setExitSettings(ExitSettings(followUpMonths: [6, 6])),
      .invalid(field: "follow-up schedule", reason: "give distinct months from 1 to 240, such as 6 12 24"))
  }

  func testTheOldCriteriaTextBecomesOneOpenCriterionPerLine() {
    XCTAssertEqual(
      Migration.exitCriteria(fromText: "Break-even\n\n- eigen vzw\r\n  • team van 3  \n"),
      [ExitCriterion(text: "Break-even"), ExitCriterion(text: "eigen vzw"), ExitCriterion(text: "team van 3")])
  }

  func testAJournalledExitPlanOfTheOldShapeIsReadOnePerLine() throws {
    let old = #"{"criteria":"A\nB","outcome":"","status":"agreed","targetDate":"2027-01-01"}"#
    let plan = try JSONDecoder().decode(ExitPlan.self, from: Data(old.utf8))
    XCTAssertEqual(plan, ExitPlan(criteria: "A\nB", targetDate: day("2027-01-01"), status: .agreed))
    let full = ExitPlan(
      criteria: [ExitCriterion(text: "x", state: .met, evidence: "e")], taper: [TaperStep(support: .alumni)],
      departure: Departure(outcome: .handedOver, day: day("2026-01-01")),
      followUps: [
        FollowUp(months: 6, due: day("2026-07-01"), record: FollowUpRecord(day: day("2026-07-02"), operating: false))
      ])
    XCTAssertEqual(try JSONDecoder().decode(ExitPlan.self, from: try JSONEncoder().encode(full)), full)
  }
}

/// `is:taper-due` and `is:followup-due`, in every language.
final class ExitQueryTests: XCTestCase {
  func day(_ iso: String) -> Day { Day(iso: iso) ?? Day(daysSinceEpoch: 0) }

  func testTaperDueAndFollowUpDueFindTheirIdeas() throws {
    var b = try TestBoards.small()
    let t = TestBoards.t0  // 2026-03-02
    try b.apply(
      .exit(IdeaID(5), .setTaper([TaperStep(support: .biweekly, until: day("2026-03-01")), TaperStep(support: .alumni)])),
      by: "t", at: t)
    try b.apply(
      .exit(IdeaID(4), .setTaper([TaperStep(support: .monthly, until: day("2026-06-01")), TaperStep(support: .alumni)])),
      by: "t", at: t)
    try b.apply(.exit(IdeaID(6), .leave(Departure(outcome: .independent, day: day("2025-08-31")))), by: "t", at: t)
    for text in ["is:taper-due", "is:afbouw-te-doen", "is:retrait"] {
      XCTAssertEqual(try IdeaQuery(parsing: text, board: b).matches(in: b, user: "t", now: t), [IdeaID(5)], text)
    }
    // The 6-month follow-up was due on 28 Feb 2026.
    for text in ["is:followup-due", "is:opvolging", "is:suivi-en-retard"] {
      XCTAssertEqual(try IdeaQuery(parsing: text, board: b).matches(in: b, user: "t", now: t), [IdeaID(6)], text)
    }
    XCTAssertEqual(b.followUpsOverdue(today: t.day), 1)
    XCTAssertEqual(b.alumni(today: t.day).map(\.state), [.overdue])
    XCTAssertEqual(
      try IdeaQuery(parsing: "is:followup-due", board: b).matches(in: b, user: "t", now: t.adding(days: -2)), [])
  }
}
