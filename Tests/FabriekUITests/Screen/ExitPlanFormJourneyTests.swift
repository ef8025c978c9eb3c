import FabriekCore
import FabriekUI
import XCTest

/// The exit-plan form on `x` in the detail: one `.editIdea(id, [.exitPlan(plan)])`, one undo step.
final class ExitPlanFormJourneyTests: XCTestCase {
  func testTheExitPlanIsSavedAsOneOperationAndUndone() throws {
    var journey = Journey(try ScreenFixtures.state())
    let id = try XCTUnwrap(journey.state.focusedID)
    let original = try XCTUnwrap(journey.state.board.ideas[id])
    journey.press("Enter", "x")
    XCTAssertEqual(journey.state.mode, .form)
    XCTAssertEqual(journey.state.form?.kind, .exitPlan(id))
    XCTAssertEqual(journey.state.form?.title, "Exit plan of \(id.code)")
    journey.press("Ctrl-U")
    journey.type("Break-even — é 社")
    journey.press("Enter")
    journey.type("four trainees")
    journey.press("Tab", "Ctrl-U")
    journey.type("+2w")
    journey.press("Tab", "Home", "→", "→", "Tab", "Ctrl-U")
    journey.type("Taken over 👍🏽")
    journey.press("Ctrl-S")

    let plan = ExitPlan(
      criteria: "Break-even — é 社\nfour trainees", targetDate: journey.state.now.day.adding(days: 14),
      status: .executing, outcome: "Taken over 👍🏽")
    XCTAssertEqual(journey.commits, [.editIdea(id, [.exitPlan(plan)])])
    XCTAssertEqual(journey.state.mode, .detail)
    var expected = original
    expected.exitPlan = plan
    XCTAssertEqual(journey.state.board.ideas[id], expected)
    XCTAssertEqual(journey.state.undoStack.count, 1, "one undo step")
    journey.press("u")
    XCTAssertEqual(journey.state.board.ideas[id], original)
  }

  func testAnUnreadableDateAndEmptyCriteriaAreRefusedBesideTheFields() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("Enter", "x", "Ctrl-U", "Tab", "Ctrl-U")
    journey.type("soon")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.commits, [])
    XCTAssertEqual(journey.state.mode, .form)
    XCTAssertEqual(
      journey.state.form?.errors,
      [0: "Criteria is required", 1: "“soon” is not a date (use 2027-03-01, today, +3d, +2w or +1m)"])
    XCTAssertEqual(journey.state.form?.focus, 0, "the cursor goes to the first invalid field")
    journey.type("Break-even")
    journey.press("Tab", "Ctrl-U")
    journey.type("2027-03-01")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.state.mode, .detail)
    XCTAssertEqual(journey.commits.count, 1)
    let id = try XCTUnwrap(journey.state.detail?.id)
    XCTAssertEqual(journey.state.board.ideas[id]?.exitPlan?.targetDate, Day(iso: "2027-03-01"))
  }
}
