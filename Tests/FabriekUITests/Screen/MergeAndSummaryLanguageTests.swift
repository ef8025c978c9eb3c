import FabriekCore
import FabriekUI
import XCTest

/// The merge prompt and present mode's summary screen in Dutch and French at 80×24 and
/// 160×48 (their words run longer), compared with reviewed snapshots.
final class MergeAndSummaryLanguageTests: XCTestCase {
  private func snapshot(_ name: String, keys: [String], typed: String = "", board: () throws -> Board) throws {
    for language in [Language.nl, .fr] {
      for (width, height) in [(80, 24), (160, 48)] {
        var journey = Journey(
          AppState(
            board: try board(), file: "/home/an/board.json", width: width, height: height, now: ScreenFixtures.now,
            user: TriageFixtures.reviewer, language: language))
        for key in keys { journey.press(key) }
        journey.type(typed)
        assertSnapshot(journey.screen, named: "\(name)-\(language.rawValue)-\(width)x\(height)")
      }
    }
  }

  func testTheMergePrompt() throws {
    try snapshot("triage-merge", keys: ["t", "s", "s", "m"], typed: "soep", board: TriageFixtures.board)
  }

  func testThePresentSummary() throws {
    try snapshot("present-summary", keys: ["p", "S"], board: PresentFixtures.board)
  }
}
