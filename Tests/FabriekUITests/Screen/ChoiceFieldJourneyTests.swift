import FabriekCore
import FabriekUI
import XCTest

/// A choice field shows its options as a list under it while focused, the chosen one marked,
/// and a typed letter jumps to the next option starting with it.
final class ChoiceFieldJourneyTests: XCTestCase {
  func newSessionForm(width: Int = 80, height: Int = 24) throws -> Journey {
    var journey = Journey(try PeopleFixtures.state(width: width, height: height))
    journey.press(":")
    journey.type("sessions")
    journey.press("Enter", "n")
    return journey
  }

  func testAFocusedChoiceListsItsOptionsAndALetterJumpsToTheMatchingOne() throws {
    var journey = try newSessionForm()
    XCTAssertEqual(journey.state.form?.focus, 0, "the kind comes first")
    let screen = journey.screen.lines.joined(separator: "\n")
    for option in ["vision session", "co-creation", "idea campaign", "competition round", "training", "networking"] {
      XCTAssertTrue(screen.contains(option), "\(option) is listed:\n\(screen)")
    }
    journey.type("t")
    XCTAssertEqual(journey.state.form?.choice("kind"), 4, "training")
    journey.type("c")
    XCTAssertEqual(journey.state.form?.choice("kind"), 1, "co-creation")
    journey.type("C")
    XCTAssertEqual(journey.state.form?.choice("kind"), 3, "the same letter again: competition round")
    journey.type("c")
    XCTAssertEqual(journey.state.form?.choice("kind"), 1, "and around again")
    journey.type("x")
    XCTAssertEqual(journey.state.form?.choice("kind"), 1, "a letter no option starts with changes nothing")
    XCTAssertTrue(journey.screen.lines.contains { $0.contains("‹ co-creation ›") })
    journey.press("Tab")
    XCTAssertFalse(
      journey.screen.lines.joined().contains("competition round"), "the list closes when the focus leaves the field")
  }

  func testTheOptionsListAt80x24And160x48() throws {
    for (width, height) in [(80, 24), (160, 48)] {
      var journey = try newSessionForm(width: width, height: height)
      journey.type("c")
      assertSnapshot(journey.screen, named: "form-choice-list-\(width)x\(height)")
    }
  }
}
