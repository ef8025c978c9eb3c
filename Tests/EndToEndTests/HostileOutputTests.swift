import FabriekCore
import Foundation
import XCTest

/// Hostile text in a board file, or in its path, never reaches the terminal raw: every command
/// prints it as markers (`fabriek idea show`, `idea list`) or escapes (`fabriek export`,
/// `--json`). The assertions read the exact bytes the
/// binary wrote.
final class HostileOutputTests: XCTestCase {
  var dir = ""
  var board: String { dir + "/board.json" }

  override func setUp() async throws {
    try Binary.requireBuilt()
    dir = try Binary.temporaryDirectory()
  }
  override func tearDown() async throws { try? FileManager.default.removeItem(atPath: dir) }

  static let title = "\u{1B}]0;pwned\u{07}Title\u{1B}[2J a\u{200D}b\rhidden\tsoft\u{AD}hyphen\u{202E}"

  /// A board written straight to a file, as an attacker would: every free-text field of idea
  /// I-0001 holds escape sequences or invisible characters.
  func writeHostileBoard() throws {
    var stages = Stage.defaults
    stages[0].name = "In\u{1B}[2Jcoming\u{9B}31m"
    var b = Board(name: "Board\u{1B}]0;pwned\u{07}", stages: stages)
    let at = Timestamp(iso: "2026-03-02T09:00:00Z") ?? Timestamp(seconds: 0)
    let person = Person(id: PersonID(1), givenName: "Eve\u{1B}[8m", familyName: "Mal\u{200D}lory\u{2028}")
    try b.apply(.addPerson(person), by: "test", at: at)
    var idea = Idea(
      id: IdeaID(1), title: Self.title, created: at, pitch: "pitch\u{1B}[1A\r", description: "one\ntwo\u{1B}[K",
      tags: ["t\u{200B}ag"])
    idea.innovators = [PersonID(1)]
    idea.theoryOfChange = "toc\u{1B}[5m"
    idea.indicators = [
      Indicator(name: "\u{1B}]0;pwned\u{07}", unit: "u\u{1B}[7m", baseline: 1, target: 2),
      Indicator(name: "\u{1B}[2J", current: 3),
    ]
    idea.scores = ["rev\u{1B}[31m": ["impact": 4]]
    idea.notes = [Note(id: 1, at: at, author: "au\u{1B}[0m", text: "note\u{07}\u{FEFF}")]
    try b.apply(.addIdea(idea), by: "who\u{1B}[1m", at: at)
    try BoardStore.create(at: board, board: b)
  }

  /// No scalar of `text` may drive a terminal: nothing of `UnsafeCharacters` but line feeds.
  func assertNothingRaw(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
    let raw = text.unicodeScalars.filter { $0 != "\n" && UnsafeCharacters.contains($0) }
    XCTAssertEqual(raw.map { "U+" + String($0.value, radix: 16, uppercase: true) }, [], text, file: file, line: line)
  }

  func testIdeaShowPrintsEveryFieldIndicatorNamesAndReviewersIncludedAsMarkers() throws {
    try writeHostileBoard()
    let show = try Binary.run(["idea", "show", "--file", board, "I-0001"])
    XCTAssertEqual(show.status, 0, show.stderr)
    assertNothingRaw(show.stdout)
    for marked in [
      "␛]0;pwned␇Title␛[2J a⟨U+200D⟩b␍hidden␉soft⟨U+00AD⟩hyphen⟨U+202E⟩", "In␛[2Jcoming⟨U+009B⟩31m",
      "pitch␛[1A␍", "one␊two␛[K", "t⟨U+200B⟩ag", "Eve␛[8m Mal⟨U+200D⟩lory⟨U+2028⟩", "toc␛[5m", "␛]0;pwned␇",
      "u␛[7m", "␛[2J", "rev␛[31m", "au␛[0m", "note␇⟨U+FEFF⟩", "who␛[1m",
    ] {
      XCTAssertTrue(show.stdout.contains(marked), "\(marked) in\n\(show.stdout)")
    }
    let json = try Binary.run(["idea", "show", "--file", board, "I-0001", "--json"])
    assertNothingRaw(json.stdout)
    let idea = try JSONDecoder().decode(Idea.self, from: Data(json.stdout.utf8))
    XCTAssertEqual(idea.title, Self.title)
    XCTAssertEqual(idea.indicators.map(\.name), ["\u{1B}]0;pwned\u{07}", "\u{1B}[2J"])
  }

  func testIdeaListPrintsStageNamesAndTitlesAsMarkers() throws {
    try writeHostileBoard()
    let list = try Binary.run(["idea", "list", "--file", board])
    XCTAssertEqual(list.status, 0, list.stderr)
    assertNothingRaw(list.stdout)
    XCTAssertTrue(
      list.stdout.hasPrefix(
        "I-0001  In␛[2Jcoming⟨U+009B⟩31m  ␛]0;pwned␇Title␛[2J a⟨U+200D⟩b␍hidden␉soft⟨U+00AD⟩hyphen⟨U+202E⟩\n"),
      list.stdout)
    let json = try Binary.run(["idea", "list", "--file", board, "--json"])
    assertNothingRaw(json.stdout)
    XCTAssertEqual(try JSONDecoder().decode([Idea].self, from: Data(json.stdout.utf8)).map(\.title), [Self.title])
  }

  func testExportsToStandardOutputEscapeEveryUnsafeCharacter() throws {
    try writeHostileBoard()
    let json = try Binary.run(["export", "--file", board, "--format", "json"])
    XCTAssertEqual(json.status, 0, json.stderr)
    assertNothingRaw(json.stdout)
    XCTAssertTrue(json.stdout.contains("a\\u200db\\rhidden\\tsoft\\u00adhyphen\\u202e"), json.stdout)
    let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    XCTAssertEqual((doc["ideas"] as? [[String: Any]])?.first?["title"] as? String, Self.title)

    let md = try Binary.run(["export", "--file", board, "--format", "md"])
    XCTAssertEqual(md.status, 0, md.stderr)
    assertNothingRaw(md.stdout)
    XCTAssertTrue(
      md.stdout.contains("\\u{1B}\\]0;pwned\\u{7}Title\\u{1B}\\[2J a\\u{200D}b hidden soft\\u{AD}hyphen\\u{202E}"),
      md.stdout)

    let csv = try Binary.run(["export", "--file", board, "--format", "csv"])
    XCTAssertEqual(csv.status, 0, csv.stderr)
    let scalars = Array(csv.stdout.unicodeScalars)
    XCTAssertEqual(scalars.first, "\u{FEFF}", "the byte-order mark spreadsheets need")
    let returns = scalars.indices.filter { scalars[$0] == "\r" }
    XCTAssertEqual(returns.count, 2, "a CR only in each record's CR LF")
    XCTAssertTrue(returns.allSatisfy { $0 + 1 < scalars.count && scalars[$0 + 1] == "\n" })
    assertNothingRaw(String(String.UnicodeScalarView(scalars.dropFirst().filter { $0 != "\r" })))
    XCTAssertTrue(
      csv.stdout.contains(
        "\"\\u{1B}]0;pwned\\u{7}Title\\u{1B}[2J a\\u{200D}b\nhidden\\u{9}soft\\u{AD}hyphen\\u{202E}\""),
      csv.stdout)
  }
}
