import FabriekCore
import FabriekUI
import XCTest

/// The mentoring screens at 80×24 and 160×48, compared with reviewed snapshots: the
/// suggestions with the idea's match above them and the mentors' load in English, Dutch and
/// French; the ideas without a mentor, the pool with a dropped row, the hours form and the
/// question before breaking a capacity rule in English.
final class MentorsSnapshotTests: XCTestCase {
  static let sizes = [(80, 24), (160, 48)]

  private func snapshot(
    _ name: String, keys: [String], typed: String = "", languages: [Language] = [.en, .nl, .fr],
    file: StaticString = #filePath, line: UInt = #line
  ) throws {
    for language in languages {
      for (width, height) in Self.sizes {
        let state = try Language.$current.withValue(language) {
          let fixture = try MentorFixtures.state(width: width, height: height)
          return AppState(
            board: fixture.board, file: fixture.file, width: width, height: height, now: fixture.now, language: language)
        }
        var journey = Journey(state)
        for key in keys { journey.press(key, file: file, line: line) }
        journey.type(typed)
        let suffix = language == .en ? "" : "-" + language.rawValue
        assertSnapshot(journey.screen, named: "\(name)\(suffix)-\(width)x\(height)", file: file, line: line)
      }
    }
  }

  /// The focus on I-0013 in Enrichment, then `m`.
  static let suggest = ["l", "l", "j", "j", "m"]

  func testTheSuggestionsWithTheIdeasMatch() throws {
    try snapshot("mentors-suggestions", keys: Self.suggest + ["Enter", "a"])
  }

  func testTheMentorsAndTheirLoad() throws {
    try snapshot("mentors-people", keys: ["b"])
  }

  func testTheIdeasWithoutAMentor() throws {
    try snapshot("mentors-unmatched", keys: ["b", "Tab"], languages: [.en])
  }

  func testThePoolWithADroppedRow() throws {
    try snapshot("mentors-pool", keys: ["b", "Tab", "a", "Space"], languages: [.en])
  }

  func testTheHoursForm() throws {
    try snapshot("mentors-hours", keys: Self.suggest + ["Enter", "a", "a", "h"], typed: "2,5", languages: [.en])
  }

  func testTheQuestionBeforeBreakingACapacityRule() throws {
    try snapshot("mentors-override", keys: Self.suggest + ["G", "Enter"], typed: "Enige met horeca-ervaring", languages: [.en, .fr])
  }
}
