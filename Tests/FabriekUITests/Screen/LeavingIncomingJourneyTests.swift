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
    journey.press("L", "L", "y")
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

  func testAMoveIntoAColumnAtItsWIPLimitAsksFirst() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("L", "L")
    XCTAssertEqual(journey.stage(of: "I-0001"), Stage.ideaGeneration, "not moved yet")
    XCTAssertEqual(journey.state.keyLayer, .overLimit)
    XCTAssertEqual(
      journey.state.message?.text, "Enrichment is at its WIP limit (2/1) — move I-0001 there anyway? y/n")
    journey.press("L")
    XCTAssertEqual(journey.state.keyLayer, .overLimit, "a stray key neither answers nor moves")
    journey.press("n")
    XCTAssertEqual(journey.stage(of: "I-0001"), Stage.ideaGeneration)
    XCTAssertEqual(journey.state.keyLayer, .board)
    journey.press("L", "y")
    XCTAssertEqual(journey.stage(of: "I-0001"), Stage.enrichment)
  }

  func testTheHeaderOfAColumnOverItsLimitIsMarked() throws {
    let journey = Journey(try ScreenFixtures.state(width: 120, height: 40))
    let header = journey.screen.lines[0]
    XCTAssertTrue(header.contains("! 2/1"), header)
    XCTAssertFalse(header.contains("! 2/12"), "a column under its limit is not marked")
  }

  func testAcceptingIntoAColumnAtItsLimitInTriageAsksFirst() throws {
    var journey = Journey(try TriageFixtures.state())
    journey.press("t", "A", "↓", "Enter")
    XCTAssertEqual(journey.stage(of: "I-0002"), Stage.enrichment, "the first fills Enrichment to its limit of 1")
    XCTAssertEqual(journey.state.triage?.candidate, IdeaID(4))
    journey.press("A", "↓", "Enter")
    XCTAssertEqual(journey.state.keyLayer, .overLimit)
    XCTAssertEqual(journey.stage(of: "I-0004"), Stage.incoming)
    journey.press("y")
    XCTAssertEqual(journey.stage(of: "I-0004"), Stage.enrichment)
    XCTAssertEqual(journey.state.triage?.candidate, IdeaID(1), "and on to the next candidate")
  }
}

