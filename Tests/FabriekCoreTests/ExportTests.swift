import XCTest

@testable import FabriekCore

/// JSON export (complete, stable, safe in a terminal) and Markdown export (a readable report
/// with Markdown and control characters escaped).
final class ExportTests: XCTestCase {
  static let ideaKeys = [
    "applicantKind", "coach", "code", "created", "decision", "description", "enrichment", "enteredStage", "exitPlan",
    "financing", "id", "indicators", "innovators", "mentors", "notes", "origin", "outcome", "pitch", "readiness",
    "region", "scores", "sdgs", "stage", "stageName", "tags", "theoryOfChange", "title", "valueModel",
  ]

  func testJSONHasEveryIdeaFieldAndThePeopleItNames() throws {
    let board = try TestBoards.small()
    let json = BoardExport(board: board).json()
    let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    XCTAssertEqual(doc.keys.sorted(), ["board", "ideas", "people", "personalData", "rubric", "scope", "stages"])
    let ideas = try XCTUnwrap(doc["ideas"] as? [[String: Any]])
    XCTAssertEqual(
      ideas.map { $0["code"] as? String }, ["I-0001", "I-0002", "I-0003", "I-0004", "I-0005", "I-0006", "I-0007"])
    for idea in ideas { XCTAssertEqual(idea.keys.sorted(), Self.ideaKeys) }
    XCTAssertTrue(ideas[0]["coach"] is NSNull, "absent values are null, not left out")
    XCTAssertEqual(ideas[0]["innovators"] as? [Int], [1])
    let people = try XCTUnwrap(doc["people"] as? [[String: Any]])
    XCTAssertEqual(people.map { $0["code"] as? String }, ["P-0001"])
    XCTAssertEqual(people[0]["familyName"] as? String, "Van den Broeck")
    XCTAssertTrue(people[0]["mentorCapacity"] is NSNull)
    XCTAssertEqual(doc["scope"] as? String, "all")
  }

  func testJSONIsStableWhateverTheOrderTheBoardWasBuiltIn() throws {
    let board = try TestBoards.small()
    let rebuilt = try JSONDecoder().decode(Board.self, from: JSONEncoder().encode(board))
    XCTAssertEqual(BoardExport(board: board).json(), BoardExport(board: rebuilt).json())
    let text = BoardExport(board: board, scope: .stage(Stage.incoming)).json()
    let keys = text.split(separator: "\n").filter { $0.hasPrefix("      \"") }.compactMap {
      $0.split(separator: "\"").dropFirst().first
    }
    XCTAssertEqual(Array(keys.prefix(Self.ideaKeys.count)).map(String.init), Self.ideaKeys, "keys are sorted")
  }

  func testJSONEscapesWhatCouldDriveATerminalAndStillDecodesToTheSameText() throws {
    var board = Board(name: "Test")
    let title =
      "\u{1B}]0;pwned\u{07} \u{9B}31m \u{202E}drow\u{202C} \u{7F} a\u{200D}b 👨\u{200D}👧 soft\u{AD}hyphen \u{E0041}"
    try board.apply(.addIdea(Idea(id: IdeaID(1), title: title, created: TestBoards.t0)), by: "t", at: TestBoards.t0)
    let json = BoardExport(board: board).json()
    XCTAssertFalse(json.unicodeScalars.contains { $0 != "\n" && UnsafeCharacters.contains($0) })
    let escaped =
      "\\u001b]0;pwned\\u0007 \\u009b31m \\u202edrow\\u202c \\u007f a\\u200db 👨\\u200d👧 soft\\u00adhyphen \\udb40\\udc41"
    XCTAssertTrue(json.contains(escaped), json)
    let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    XCTAssertEqual((doc["ideas"] as? [[String: Any]])?.first?["title"] as? String, title)
  }

  func testMarkdownIsAReportWithASectionPerStage() throws {
    var board = try TestBoards.small()
    try board.apply(
      .editIdea(IdeaID(2), [.region(.brussels), .applicantKind(.civilSociety)]), by: "t", at: TestBoards.t0)
    XCTAssertEqual(
      BoardExport(board: board, scope: .stage(Stage.incoming)).markdown(),
      """
      # Testfabriek

      | Section | Ideas |
      | --- | ---: |
      | Incoming | 2 |

      ## Incoming (2)

      | Code | Title | Innovators | Applicant | Region | Origin | Themes | Score | In stage since |
      | --- | --- | --- | --- | --- | --- | --- | --- | --- |
      | I-0001 | Buurtrestaurant voor senioren | Sofie Van den Broeck |  |  |  | zorg |  | 2026-03-02 |
      | I-0002 | Café Solidaire à Molenbeek | Sofie Van den Broeck | civil-society group | Brussels |  | zorg |  | 2026-03-02 |

      """)
    let all = BoardExport(board: board).markdown()
    XCTAssertTrue(all.contains("\n## Declined (1)\n"), all)
    XCTAssertTrue(
      all.contains("| I-0007 | Te vroeg |  |  |  |  |  | Incoming | declined: incomplete, no team yet |"), all)
    XCTAssertTrue(all.contains("\n## Parked (0)\n\n_No ideas._\n"), all)
  }

  func testMarkdownEscapesMarkupLineBreaksAndControlCharacters() {
    XCTAssertEqual(
      MarkdownText.escape(
        "*vet* | pijp <b>x</b> [link](y) `code` #1 _o_ ~s~ &amp; \\ \nregel2\r\nregel3\u{1B}[2J\u{202E}"),
      "\\*vet\\* \\| pijp \\<b\\>x\\</b\\> \\[link\\](y) \\`code\\` \\#1 \\_o\\_ \\~s\\~ \\&amp; \\\\  regel2 regel3"
        + "\\u{1B}\\[2J\\u{202E}")
    XCTAssertEqual(
      MarkdownText.escape("a\u{200D}b 👨\u{200D}👧 soft\u{AD}hyphen tag\u{E0041} \u{7F}\u{85}\u{FFFF} 👍🏽 🇧🇪"),
      "a\\u{200D}b 👨\\u{200D}👧 soft\\u{AD}hyphen tag\\u{E0041} \\u{7F}\\u{85}\\u{FFFF} 👍🏽 🇧🇪")
  }

  func testMarkdownReportHoldsNoUnsafeCharacterButLineFeeds() throws {
    var board = try TestBoards.small()
    let title = "\u{1B}]0;pwned\u{07}\r\u{1B}[2J a\u{200D}b\u{2028}\u{AD}"
    try board.apply(.editIdea(IdeaID(1), [.title(title), .tags(["t\u{200B}ag"])]), by: "t", at: TestBoards.t0)
    let md = BoardExport(board: board).markdown()
    XCTAssertFalse(md.unicodeScalars.contains { $0 != "\n" && UnsafeCharacters.contains($0) }, md)
    XCTAssertTrue(md.contains("| \\u{1B}\\]0;pwned\\u{7} \\u{1B}\\[2J a\\u{200D}b\\u{2028}\\u{AD} |"), md)
    XCTAssertTrue(md.contains("| t\\u{200B}ag |"), md)
  }
}
