import FabriekCore
import FabriekUI
import XCTest

/// Triage over candidates decided already: shown as decided, a new decision asked about
/// first (y/n); at the end of the queue the skipped candidates are offered again.
final class TriageDecidedJourneyTests: XCTestCase {
  func text(_ journey: Journey) -> String { journey.screen.lines.joined(separator: "\n") }

  func testWalkingBackOntoAnAcceptedCandidateShowsItAndDecliningAsksFirst() throws {
    var journey = Journey(try TriageFixtures.state())
    journey.press("t", "a")
    XCTAssertEqual(journey.state.triage?.candidate, IdeaID(4))
    journey.press("←")
    XCTAssertEqual(journey.state.triage?.candidate, IdeaID(2))
    XCTAssertTrue(text(journey).contains("Decided: accepted into Idea"), text(journey))
    XCTAssertTrue(text(journey).contains("generation, by an on 1 Nov 2026"), text(journey))
    let commits = journey.commits.count
    journey.press("d")
    XCTAssertNil(journey.state.triage?.prompt, "no decline prompt yet")
    XCTAssertEqual(journey.state.message?.text.hasSuffix("Change the decision? y/n"), true)
    journey.press("x")
    XCTAssertNotNil(journey.state.triage?.question, "a stray key neither answers nor decides")
    journey.press("n")
    XCTAssertNil(journey.state.triage?.question)
    XCTAssertEqual(journey.commits.count, commits, "nothing decided")
    XCTAssertEqual(journey.stage(of: "I-0002"), Stage.ideaGeneration)
    journey.press("d", "y")
    guard case .decline = journey.state.triage?.prompt else { return XCTFail("y opens the decline prompt") }
  }

  func testAnUndecidedCandidateSaysNothingOfADecision() throws {
    var journey = Journey(try TriageFixtures.state())
    journey.press("t")
    XCTAssertFalse(text(journey).contains("Decided:"))
    journey.press("a")
    XCTAssertNil(journey.state.triage?.question, "deciding an undecided candidate asks nothing")
  }

  func testAtTheEndOfTheQueueTheSkippedCandidatesAreOfferedAgain() throws {
    var journey = Journey(try TriageFixtures.state())
    journey.press("t", "a", "s", "s", "s")
    XCTAssertEqual(journey.state.triage?.isFinished, true)
    XCTAssertEqual(journey.state.message?.text, "3 skipped — go back to them? y/n")
    journey.press("y")
    XCTAssertEqual(journey.state.triage?.queue, [IdeaID(4), IdeaID(1), IdeaID(3)])
    XCTAssertEqual(journey.state.triage?.candidate, IdeaID(4))
    XCTAssertTrue(text(journey).contains("1 / 3"), text(journey))
  }
}
