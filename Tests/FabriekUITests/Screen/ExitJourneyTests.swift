import FabriekCore
import FabriekUI
import XCTest

/// Exits on screen: agreeing the criteria from the template, ticking them, moving a card to
/// Exited with its outcome, recording a follow-up from `:alumni`; each one operation, one undo.
final class ExitJourneyTests: XCTestCase {
  let voedselbank = IdeaID(8)
  let bakkerij = IdeaID(9)

  func go(_ journey: inout Journey, _ id: IdeaID) {
    journey.press(":")
    journey.type("go " + id.code)
    journey.press("Enter")
  }

  func testCriteriaAreAgreedFromTheTemplateTickedAndEachUndone() throws {
    var journey = Journey(try ScreenFixtures.state(width: 200, height: 60))
    go(&journey, voedselbank)
    journey.press("Enter", "x")
    XCTAssertEqual(journey.state.form?.kind, .exitPlan(voedselbank))
    XCTAssertEqual(
      journey.state.form?.text("criteria"),
      "financed beyond the pilot\nown legal entity\nstructural partner\nteam of 3+")
    journey.press("Ctrl-S")
    let agreed = ["financed beyond the pilot", "own legal entity", "structural partner", "team of 3+"].map {
      ExitCriterion(text: $0)
    }
    XCTAssertEqual(journey.state.board.ideas[voedselbank]?.exitPlan?.criteria, agreed)

    // Tick the first with its evidence, drop the last.
    journey.press(":")
    journey.type("criteria")
    journey.press("Enter")
    XCTAssertEqual(journey.state.form?.kind, .exitCriteria(voedselbank))
    journey.press("→", "Tab")
    journey.type("VLAIO grant")
    journey.press("Tab", "Tab", "Tab", "Tab", "Tab", "→", "→", "Ctrl-S")
    var ticked = agreed
    ticked[0] = ExitCriterion(text: "financed beyond the pilot", state: .met, evidence: "VLAIO grant")
    ticked[3].state = .dropped
    XCTAssertEqual(journey.commits.last, .exit(voedselbank, .setCriteria(ticked)))
    XCTAssertEqual(journey.state.board.ideas[voedselbank]?.exitPlan?.readiness.met, 1)
    let text = journey.screen.lines.joined(separator: "\n")
    XCTAssertTrue(text.contains("1 of 3 met"), text)
    XCTAssertTrue(text.contains("[x] financed beyond the pilot"), text)
    XCTAssertTrue(text.contains("✓1/3"), "the card shows the criteria met:\n\(text)")

    journey.press("u")
    XCTAssertEqual(journey.state.board.ideas[voedselbank]?.exitPlan?.criteria, agreed)
    journey.press("u")
    XCTAssertNil(journey.state.board.ideas[voedselbank]?.exitPlan)
  }

  func testMovingACardToExitedAsksTheOutcomeAndSchedulesTheFollowUps() throws {
    var journey = Journey(try ScreenFixtures.state(width: 160, height: 48))
    let before = try XCTUnwrap(journey.state.board.ideas[bakkerij])
    go(&journey, bakkerij)
    journey.press("L")
    XCTAssertEqual(journey.state.form?.kind, .departure(bakkerij, index: nil))
    XCTAssertEqual(journey.state.board.ideas[bakkerij]?.stage, Stage.realisation, "nothing moves before the answer")
    journey.press("→", "Ctrl-S")
    let now = journey.state.now
    XCTAssertEqual(
      journey.commits,
      [
        .batch([
          .moveIdea(bakkerij, stage: Stage.exited, index: nil, enteredAt: now),
          .exit(bakkerij, .leave(Departure(outcome: .merged, day: now.day))),
        ])
      ])
    let plan = try XCTUnwrap(journey.state.board.ideas[bakkerij]?.exitPlan)
    XCTAssertEqual(journey.state.board.ideas[bakkerij]?.stage, Stage.exited)
    XCTAssertEqual(plan.followUps.map(\.due), [6, 12, 24].map { now.day.adding(months: $0) })
    XCTAssertEqual(journey.state.undoStack.count, 1, "one undo step")
    journey.press("u")
    XCTAssertEqual(journey.state.board.ideas[bakkerij], before)
  }

  func testAFollowUpIsRecordedFromTheAlumniListAndUndone() throws {
    var journey = Journey(try ScreenFixtures.state(width: 160, height: 48))
    go(&journey, bakkerij)
    journey.press("L", "Ctrl-S")
    journey.press(":")
    journey.type("alumni")
    journey.press("Enter")
    XCTAssertEqual(journey.state.mode, .alumni)
    assertSnapshot(journey.screen, named: "alumni-160x48")
    let codes = journey.state.alumni?.rows.map(\.idea.code)
    XCTAssertEqual(codes, ["I-0009", "I-0010"])
    journey.press("f")
    XCTAssertEqual(journey.state.form?.kind, .followUp(bakkerij))
    journey.press("Tab")
    journey.type("4")
    journey.press("Tab", "→", "→", "→", "Tab")
    journey.type("40000")
    journey.press("Tab", "Tab")
    journey.type("Tweede winkel open")
    journey.press("Ctrl-S")
    let record = FollowUpRecord(
      day: journey.state.now.day, operating: true, jobs: 4, turnover: .from50kTo250k, raised: Euro(euros: 40_000),
      note: "Tweede winkel open")
    XCTAssertEqual(journey.commits.last, .exit(bakkerij, .recordFollowUp(record)))
    XCTAssertEqual(journey.state.mode, .alumni, "back to the list")
    XCTAssertEqual(journey.state.board.ideas[bakkerij]?.exitPlan?.followUps.first?.record, record)
    journey.press("u")
    XCTAssertNil(journey.state.board.ideas[bakkerij]?.exitPlan?.followUps.first?.record)
  }

  /// The status line counts the overdue follow-ups; the count follows the clock's day and the
  /// board's changes (it is not worked out per frame).
  func testTheStatusLineCountsOverdueFollowUpsAsTheDayAndTheBoardChange() throws {
    var journey = Journey(try ScreenFixtures.state(width: 160, height: 48))
    go(&journey, bakkerij)
    journey.press("L", "Ctrl-S")
    let start = journey.state.followUpsOverdue
    func statusLine() -> String { journey.screen.lines[journey.screen.lines.count - 1] }
    XCTAssertFalse(statusLine().contains("\(start + 1) follow-up"))
    // Seven months on, the 6-month follow-up of the idea just exited is overdue.
    journey.send(.tick(now: Timestamp(seconds: journey.state.now.seconds + 213 * 86_400)))
    XCTAssertEqual(journey.state.followUpsOverdue, start + 1)
    XCTAssertTrue(statusLine().contains(start == 0 ? "1 follow-up overdue" : "\(start + 1) follow-ups overdue"), statusLine())
    journey.press(":")
    journey.type("alumni")
    journey.press("Enter")
    let row = try XCTUnwrap(journey.state.alumni?.rows.firstIndex { $0.idea.id == bakkerij })
    for _ in 0..<row { journey.press("j") }
    journey.press("f", "Ctrl-S")
    XCTAssertNotNil(journey.state.board.ideas[bakkerij]?.exitPlan?.followUps.first?.record)
    XCTAssertEqual(journey.state.followUpsOverdue, start, "recorded: no longer overdue")
  }

  /// The count is kept across changes that do not concern follow-ups and worked out again by
  /// those that do: moving another idea, undoing the exit, redoing it. After each step it is
  /// the count of the whole board.
  func testTheOverdueCountFollowsChangesThatConcernFollowUpsOnly() throws {
    var journey = Journey(try ScreenFixtures.state(width: 160, height: 48))
    func counted() -> Int { journey.state.board.followUpsOverdue(today: journey.state.now.day) }
    go(&journey, bakkerij)
    journey.press("L", "Ctrl-S")
    let start = journey.state.followUpsOverdue
    journey.send(.tick(now: Timestamp(seconds: journey.state.now.seconds + 213 * 86_400)))
    XCTAssertEqual(journey.state.followUpsOverdue, start + 1)
    // Another idea moved: a change that concerns no follow-up.
    go(&journey, IdeaID(1))
    let stage = journey.state.board.ideas[IdeaID(1)]?.stage
    journey.press("L")
    XCTAssertNotEqual(journey.state.board.ideas[IdeaID(1)]?.stage, stage, "moved")
    XCTAssertEqual(journey.state.followUpsOverdue, start + 1)
    XCTAssertEqual(journey.state.followUpsOverdue, counted())
    journey.press("u", "u")
    XCTAssertEqual(journey.state.followUpsOverdue, start, "the exit undone: its follow-ups are gone")
    XCTAssertEqual(journey.state.followUpsOverdue, counted())
    journey.press("Ctrl-R")
    XCTAssertEqual(journey.state.followUpsOverdue, counted())
  }

  func testTheAlumniListAt80x24() throws {
    var journey = Journey(try ScreenFixtures.state())
    go(&journey, bakkerij)
    journey.press("L", "Ctrl-S")
    journey.press(":")
    journey.type("alumni")
    journey.press("Enter")
    assertSnapshot(journey.screen, named: "alumni-80x24")
  }
}

/// `:alumni` in Dutch and French at 80×24: their words run longer.
final class AlumniLanguageTests: XCTestCase {
  func alumni(_ language: Language) throws -> Grid {
    try Language.$current.withValue(language) {
      var journey = Journey(try ScreenFixtures.state())
      journey.press(":")
      journey.type("lang " + language.rawValue)
      journey.press("Enter", ":")
      journey.type("go I-0009")
      journey.press("Enter", "L", "→", "→", "→", "Ctrl-S", ":")
      journey.type("alumni")
      journey.press("Enter")
      XCTAssertEqual(journey.state.mode, .alumni)
      return journey.screen
    }
  }

  func testTheAlumniListInDutchAndFrenchAt80x24() throws {
    assertSnapshot(try alumni(.nl), named: "alumni-nl-80x24")
    assertSnapshot(try alumni(.fr), named: "alumni-fr-80x24")
  }
}

/// The outcome asked on a move to Exited and the follow-up form, at 80×24.
final class ExitFormSnapshotTests: XCTestCase {
  func testTheOutcomePromptAndTheFollowUpFormAt80x24() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press(":")
    journey.type("go I-0009")
    journey.press("Enter", "L")
    assertSnapshot(journey.screen, named: "exit-outcome-80x24")
    journey.press("Ctrl-S", ":")
    journey.type("followup")
    journey.press("Enter")
    XCTAssertEqual(journey.state.form?.kind, .followUp(IdeaID(9)))
    assertSnapshot(journey.screen, named: "exit-followup-80x24")
  }
}

/// `:taper` marks the current step done, one undo step.
final class TaperJourneyTests: XCTestCase {
  func testTheCurrentTaperStepIsDoneAndUndone() throws {
    var board = try ScreenFixtures.board()
    let id = IdeaID(9)
    let today = ScreenFixtures.now.day
    let steps = [TaperStep(support: .biweekly, until: today.adding(days: -1)), TaperStep(support: .alumni)]
    try board.apply(.exit(id, .setTaper(steps)), by: "t", at: ScreenFixtures.now)
    var journey = Journey(
      AppState(board: board, file: "/tmp/board.json", width: 120, height: 40, now: ScreenFixtures.now))
    journey.press(":")
    journey.type("go I-0009")
    journey.press("Enter")
    XCTAssertTrue(journey.screen.lines.joined().contains("taper"), "the badge says the step is due")
    journey.press(":")
    journey.type("taper")
    journey.press("Enter")
    var done = steps
    done[0].done = true
    XCTAssertEqual(journey.commits, [.exit(id, .setTaper(done))])
    XCTAssertFalse(journey.state.board.ideas[id]?.exitPlan?.taperDue(on: today) ?? true)
    journey.press("u")
    XCTAssertEqual(journey.state.board.ideas[id]?.exitPlan?.taper, steps)
  }
}
