import FabriekCore
import FabriekUI
import XCTest

/// Forms from triage: `e` edits the candidate, `N` notes on it, the palette's forms open on
/// it too, and closing any of them goes back to triage on the same candidate.
final class TriageFormJourneyTests: XCTestCase {
  func testECorrectsTheCandidatesTitleAndTriageGoesOnWithIt() throws {
    var journey = Journey(try TriageFixtures.state())
    journey.press("t", "s")
    let candidate = try XCTUnwrap(journey.state.triage?.candidate)
    XCTAssertNotEqual(candidate, journey.state.focusedID, "the board's focus is elsewhere")
    journey.press("e")
    XCTAssertEqual(journey.state.form?.kind, .editIdea(candidate))
    journey.press("End")
    journey.type(" (gecorrigeerd)")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.state.mode, .triage, "back to triage")
    XCTAssertEqual(journey.state.triage?.candidate, candidate, "on the same candidate")
    XCTAssertTrue(journey.state.board.ideas[candidate]?.title.hasSuffix(" (gecorrigeerd)") == true)
    XCTAssertTrue(journey.screen.lines.joined().contains("(gecorrigeerd)"), "the record shows it")
  }

  func testNAndThePalettesFormsOpenOnTheCandidateAndEscGoesBackToTriage() throws {
    var journey = Journey(try TriageFixtures.state())
    journey.press("t")
    let candidate = try XCTUnwrap(journey.state.triage?.candidate)
    journey.press("N")
    XCTAssertEqual(journey.state.form?.kind, .note(candidate))
    journey.type("Gebeld met de aanvrager")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.state.mode, .triage)
    XCTAssertEqual(journey.state.board.ideas[candidate]?.notes.last?.text, "Gebeld met de aanvrager")
    journey.press(":")
    journey.type("financing")
    journey.press("Enter")
    XCTAssertEqual(journey.state.form?.kind, .financing(candidate))
    journey.press("Esc")
    XCTAssertEqual(journey.state.mode, .triage, "nothing changed: straight back to triage")
  }
}
