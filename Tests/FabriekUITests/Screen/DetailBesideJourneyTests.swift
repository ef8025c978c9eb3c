import FabriekCore
import FabriekUI
import XCTest

/// With the detail beside the board (from 140 columns) j/k move the board's focus and the
/// detail follows it; J/K, Space and the page keys scroll the detail.
final class DetailBesideJourneyTests: XCTestCase {
  func testJAndKMoveTheFocusAndTheDetailFollows() throws {
    var journey = Journey(try ScreenFixtures.state(width: 200, height: 60))
    journey.press("Enter")
    let first = try XCTUnwrap(journey.state.focusedID)
    XCTAssertEqual(journey.state.detail?.id, first)
    XCTAssertEqual(journey.state.keyLayer, .detailBeside)
    journey.press("j")
    let second = try XCTUnwrap(journey.state.focusedID)
    XCTAssertNotEqual(second, first, "j moved the board's focus")
    XCTAssertEqual(journey.state.detail?.id, second, "and the detail follows it")
    XCTAssertEqual(journey.state.mode, .detail)
    journey.press("k")
    XCTAssertEqual(journey.state.detail?.id, first)
  }

  func testJKAndSpaceScrollTheDetailBeside() throws {
    var journey = Journey(try ScreenFixtures.state(width: 200, height: 30))
    journey.press("Enter")
    let id = journey.state.detail?.id
    journey.press("J")
    XCTAssertEqual(journey.state.detail?.scroll, 1)
    journey.press("K")
    XCTAssertEqual(journey.state.detail?.scroll, 0)
    journey.press("Space")
    XCTAssertGreaterThan(journey.state.detail?.scroll ?? 0, 1)
    XCTAssertEqual(journey.state.detail?.id, id, "scrolling keeps the idea")
  }

  func testBelow140ColumnsJStillScrollsTheFullScreenDetail() throws {
    var journey = Journey(try ScreenFixtures.state(width: 80, height: 24))
    journey.press("Enter")
    let id = journey.state.detail?.id
    journey.press("j")
    XCTAssertEqual(journey.state.detail?.id, id)
    XCTAssertEqual(journey.state.detail?.scroll, 1)
  }

  func testTheBoardsFooterShowsNewEditTriageAndPresent() throws {
    let journey = Journey(try ScreenFixtures.state(width: 160, height: 40))
    let footer = journey.screen.lines[38]
    for hint in ["n new", "e edit", "t triage", "p present"] {
      XCTAssertTrue(footer.contains(hint), footer)
    }
  }
}
