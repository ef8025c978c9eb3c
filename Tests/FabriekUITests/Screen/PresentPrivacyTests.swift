import FabriekCore
import FabriekUI
import XCTest

/// Issue 6, privacy by default: every present-mode view, at 80×24 and 160×48, for a board whose
/// people all have e-mail addresses, phone numbers and surnames mentioned in titles, pitches,
/// tags and notes, shows none of them, and no private note.
final class PresentPrivacyTests: XCTestCase {
  /// The keys that reach each view, each idea of the agenda, the summary, the capture line,
  /// the help overlay and an error message.
  static let paths: [[String]] = [
    ["Tab", "Shift-Tab"], ["Tab"], ["→"], ["→", "→"], ["→", "→", "→"], ["→", "→", "→", "→"],
    ["Tab", "Tab"], ["Tab", "Tab", "Tab"], ["S"], ["i"], ["?"], ["1", "s"], ["-", "-", "-", "-"],
  ]

  func testNoViewShowsAnEmailPhoneSurnameOrPrivateNote() throws {
    for (width, height) in [(80, 24), (160, 48)] {
      for path in Self.paths {
        var journey = Journey(try PresentFixtures.state(width: width, height: height))
        journey.press("p")
        for name in path { journey.press(name) }
        if path == ["i"] { journey.type("Karim El Amrani 0486 98 76 54") }
        if path == ["1", "s"] { journey.send(.tick(now: PresentFixtures.now.adding(seconds: 400))) }
        let screen = journey.screen.lines.joined(separator: "\n")
        XCTAssertNotNil(journey.state.present, "\(path) left present mode")
        for secret in PresentFixtures.secrets {
          XCTAssertFalse(
            screen.localizedCaseInsensitiveContains(secret),
            "“\(secret)” on screen at \(width)×\(height) after \(path):\n\(screen)")
        }
        XCTAssertFalse(screen.contains("@"), "an e-mail address at \(width)×\(height) after \(path)")
      }
    }
  }

  /// People are shown by their public name: first name and initial.
  func testPeopleAreShownByFirstNameAndInitial() throws {
    var journey = Journey(try PresentFixtures.state(width: 160, height: 48))
    journey.press("p")
    let screen = journey.screen.lines.joined(separator: "\n")
    XCTAssertTrue(screen.contains("Sofie P."), screen)
    XCTAssertTrue(screen.contains("Karim E."), screen)
  }
}

extension Timestamp {
  func adding(seconds: Int64) -> Timestamp { Timestamp(seconds: self.seconds + seconds) }
}
