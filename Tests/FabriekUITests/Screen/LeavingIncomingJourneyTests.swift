import FabriekCore
import FabriekUI
import XCTest

/// A card leaves Incoming only as a triage decision: moved on the board it is accepted (who,
/// when, into which stage), one undo step with the move; it may skip to Enrichment at most.
final class LeavingIncomingJourneyTests: XCTestCase {
  func testMovingACardOutOfIncomingOnTheBoardRecordsTheAcceptanceAsOneUndoStep() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("L")
    let idea = try XCTUnwrap(journey.state.board.ideas[IdeaID(1)])
    XCTAssertEqual(idea.stage, Stage.ideaGeneration)
    XCTAssertEqual(
      idea.decision, Decision(kind: .accept(stage: Stage.ideaGeneration), by: "fabriek", at: ScreenFixtures.now))
    XCTAssertEqual(journey.state.undoStack.count, 1)
    journey.press("u")
    XCTAssertEqual(journey.stage(of: "I-0001"), Stage.incoming)
    XCTAssertNil(journey.state.board.ideas[IdeaID(1)]?.decision)
    XCTAssertEqual(journey.state.undoStack.count, 0, "the decision and the move went back together")
  }

  func testAMoveWithinTheLaterStagesIsAMoveOnly() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("L", "L")
    guard case .moveIdea(IdeaID(1), Stage.enrichment, _, _) = journey.commits.last else {
      return XCTFail("\(journey.commits)")
    }
  }

  func testTriageOffersOnlyTheStagesACandidateMaySkipTo() throws {
    var journey = Journey(try TriageFixtures.state())
    journey.press("t", "A")
    let screen = journey.screen.lines.joined(separator: "\n")
    XCTAssertTrue(screen.contains("▸ Idea generation"), screen)
    XCTAssertTrue(screen.contains("  Enrichment"), screen)
    XCTAssertFalse(screen.contains("Realisation"), screen)
    XCTAssertFalse(screen.contains("  Exited"), screen)
    journey.press("↓", "↓", "Enter")
    XCTAssertEqual(journey.stage(of: "I-0002"), Stage.ideaGeneration, "the choice wraps round the two stages")
  }
}
