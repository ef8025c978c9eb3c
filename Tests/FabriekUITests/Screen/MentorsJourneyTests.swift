import FabriekCore
import FabriekUI
import XCTest

final class MentorsJourneyTests: XCTestCase {
  func testDump() async throws {
    var journey = Journey(try MentorFixtures.state())
    journey.press("b")
    print(journey.screen.lines.joined(separator: "\n"))
    journey.press("Tab")
    print(journey.screen.lines.joined(separator: "\n"))
    journey.press("a")
    print(journey.screen.lines.joined(separator: "\n"))
    journey.press("Esc", "j", "Enter")
    print(journey.screen.lines.joined(separator: "\n"))
    journey.press("Tab")
    print(journey.screen.lines.joined(separator: "\n"))
  }
}
