import FabriekCore
import FabriekUI
import XCTest

/// Each present-mode view at 80×24 and 160×48 (the projector theme's slots), with titles in
/// accents, CJK and a very long word; compared with the reviewed files in Snapshots/.
final class PresentSnapshotTests: XCTestCase {
  static let sizes = [(80, 24), (160, 48)]

  private func snapshot(_ keys: [String], named name: String) throws {
    for (width, height) in Self.sizes {
      var journey = Journey(try PresentFixtures.state(width: width, height: height))
      journey.press("p")
      journey.send(.themeChanged(name: "projector"))
      for key in keys { journey.press(key) }
      assertSnapshot(journey.screen, named: "present-\(name)-\(width)x\(height)")
    }
  }

  func testBoard() throws { try snapshot(["Shift-Tab"], named: "board") }
  func testSpotlightWithAccents() throws { try snapshot([], named: "spotlight-accents") }
  func testSpotlightCJK() throws { try snapshot(["→"], named: "spotlight-cjk") }
  func testSpotlightLongWord() throws { try snapshot(["→", "→"], named: "spotlight-long") }
  func testVotes() throws { try snapshot(["Tab"], named: "votes") }
  func testTimer() throws { try snapshot(["3"], named: "timer") }
  func testCapture() throws { try snapshot(["i", "J", "a", "!"], named: "capture") }

  func testTimeIsUp() throws {
    for (width, height) in Self.sizes {
      var journey = Journey(try PresentFixtures.state(width: width, height: height))
      journey.press("p", "1", "-", "-", "-", "-", "s")
      journey.send(.tick(now: PresentFixtures.now.adding(seconds: 1)))
      journey.send(.tick(now: PresentFixtures.now.adding(seconds: 100)))
      assertSnapshot(journey.screen, named: "present-time-up-\(width)x\(height)")
      XCTAssertEqual(journey.screen[width / 2, height / 2].style, .badgeWarning)
    }
  }
}
