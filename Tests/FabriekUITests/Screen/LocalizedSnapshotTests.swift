import FabriekCore
import FabriekUI
import XCTest

/// The screens in Dutch and in French at 80×24 and 160×48, compared with reviewed snapshots
/// (`*-nl-*.txt`, `*-fr-*.txt`): the board (default stage names in the language), the detail,
/// the edit-idea form, triage, present's spotlight and the status line after a move. The
/// English snapshots of the same screens are in ScreenSnapshotTests and did not change.
final class LocalizedSnapshotTests: XCTestCase {
  static let sizes = [(80, 24), (160, 48)]
  static let languages: [Language] = [.nl, .fr]

  private func screenState(_ language: Language, _ width: Int, _ height: Int) throws -> AppState {
    AppState(
      board: try ScreenFixtures.board(), file: "/home/coach/.local/share/fabriek/board.json", width: width,
      height: height, now: ScreenFixtures.now, language: language)
  }

  /// Every language and size: the keys pressed on the board fixture, then the snapshot.
  private func snapshot(
    _ name: String, keys: [String], state: (Language, Int, Int) throws -> AppState, file: StaticString = #filePath,
    line: UInt = #line
  ) throws {
    for language in Self.languages {
      for (width, height) in Self.sizes {
        var journey = Journey(try state(language, width, height))
        for key in keys { journey.press(key, file: file, line: line) }
        assertSnapshot(
          journey.screen, named: "\(name)-\(language.rawValue)-\(width)x\(height)", file: file, line: line)
      }
    }
  }

  func testTheBoard() throws {
    try snapshot("board", keys: [], state: screenState)
  }

  func testTheStatusLineAfterAMove() throws {
    try snapshot("board-after-move", keys: ["j", "L"], state: screenState)
  }

  func testTheDetail() throws {
    try snapshot("detail", keys: ["l", "l", "j", "Enter"], state: screenState)
  }

  func testTheEditIdeaForm() throws {
    try snapshot("form-edit-idea", keys: ["l", "l", "j", "e"], state: screenState)
  }

  func testTriage() throws {
    try snapshot("triage", keys: ["t", "s", "4", "3"]) { language, width, height in
      AppState(
        board: try TriageFixtures.board(), file: "/home/an/board.json", width: width, height: height,
        now: TriageFixtures.now, user: TriageFixtures.reviewer, language: language)
    }
  }

  func testPresentSpotlight() throws {
    try snapshot("present-spotlight", keys: ["p"]) { language, width, height in
      AppState(
        board: try PresentFixtures.board(), file: "/home/coach/board.json", width: width, height: height,
        now: PresentFixtures.now, language: language)
    }
  }

  func testPresentBoard() throws {
    try snapshot("present-board", keys: ["p", "Shift-Tab"]) { language, width, height in
      AppState(
        board: try PresentFixtures.board(), file: "/home/coach/board.json", width: width, height: height,
        now: PresentFixtures.now, language: language)
    }
  }

  func testTheSessionsList() throws {
    try snapshot("sessions", keys: [":", "s", "e", "s", "s", "i", "o", "n", "s", "Enter"]) { language, width, height in
      AppState(
        board: try PeopleFixtures.board(), file: "/home/coach/.local/share/fabriek/board.json", width: width,
        height: height, now: ScreenFixtures.now, language: language)
    }
  }

  func testThePeopleList() throws {
    try snapshot("people", keys: [":", "p", "e", "o", "p", "l", "e", "Enter"]) { language, width, height in
      AppState(
        board: try PeopleFixtures.board(), file: "/home/coach/.local/share/fabriek/board.json", width: width,
        height: height, now: ScreenFixtures.now, language: language)
    }
  }

  func testTheSessionForm() throws {
    try snapshot("session-form", keys: [":", "s", "e", "s", "s", "i", "o", "n", "s", "Enter", "j", "Enter"]) {
      language, width, height in
      AppState(
        board: try PeopleFixtures.board(), file: "/home/coach/.local/share/fabriek/board.json", width: width,
        height: height, now: ScreenFixtures.now, language: language)
    }
  }
}
