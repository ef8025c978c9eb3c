import FabriekCore
import FabriekUI
import XCTest

/// The triage screen at 80×24 and 120×40, compared with the reviewed files in Snapshots/.
final class TriageSnapshotTests: XCTestCase {
  /// The second candidate, scored by two reviewers who disagree on social impact.
  func testTheTriageScreenAt80x24() throws {
    var journey = Journey(try TriageFixtures.state())
    journey.press("t", "s", "4", "3")
    assertSnapshot(journey.screen, named: "triage-80x24")
  }

  /// The third candidate with its suspected duplicates, one of them declined.
  func testTheTriageScreenWithDuplicatesAt120x40() throws {
    var journey = Journey(try TriageFixtures.state(width: 120, height: 40))
    journey.press("t", "s", "s", "5")
    assertSnapshot(journey.screen, named: "triage-120x40")
  }

  func testTheDeclinePromptAt80x24() throws {
    var journey = Journey(try TriageFixtures.state())
    journey.press("t", "d", "↓")
    journey.type("geen sociale doelstelling")
    assertSnapshot(journey.screen, named: "triage-decline-80x24")
  }

  func testTheEndOfTheQueueAt80x24() throws {
    var journey = Journey(try TriageFixtures.state())
    journey.press("t", "a", "s", "s", "s")
    assertSnapshot(journey.screen, named: "triage-done-80x24")
  }
}
