import FabriekCore
import Foundation
import XCTest

/// Hostile text in a board file, or in its path, never reaches the terminal raw: every command
/// prints it as markers (`fabriek idea show`, `idea list`, `check`, `compact`, `restore`,
/// errors) or escapes (`fabriek export`, `--json`). The assertions read the exact bytes the
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
      "pitch␛[1A␍", "  one\n  two␛[K", "t⟨U+200B⟩ag", "Eve␛[8m Mal⟨U+200D⟩lory⟨U+2028⟩", "toc␛[5m", "␛]0;pwned␇",
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

  /// A path can hold an escape sequence too: in a board's folder, or in a path given on the
  /// command line that does not exist.
  func testPathsInMessagesAndErrorsArePrintedAsMarkers() throws {
    let folder = dir + "/f\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let shown = dir + "/f␛]0;pwned␇␛[2J⟨U+009B⟩"
    let path = folder + "/board.json"

    let demo = try Binary.run(["demo-data", "--count", "3", "--out", path])
    XCTAssertEqual(demo.status, 0, demo.stderr)
    XCTAssertTrue(demo.stdout.hasPrefix("\(shown)/board.json: 3 ideas, "), demo.stdout)
    XCTAssertEqual(try Binary.run(["idea", "add", "--file", path, "--title", "x"]).status, 0)
    let check = try Binary.run(["check", "--file", path])
    XCTAssertEqual(check.status, 0, check.stderr)
    assertNothingRaw(check.stdout)
    XCTAssertTrue(check.stdout.hasPrefix("\(shown)/board.json: OK, 4 ideas"), check.stdout)
    let compact = try Binary.run(["compact", "--file", path])
    XCTAssertEqual(compact.stdout, "\(shown)/board.json: compacted at change 1\n", compact.stderr)

    var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    bytes[200] ^= 0x01
    try bytes.write(to: URL(fileURLWithPath: path))
    let damaged = try Binary.run(["check", "--file", path])
    XCTAssertEqual(damaged.status, 2)
    assertNothingRaw(damaged.stderr)
    XCTAssertTrue(damaged.stderr.hasPrefix("fabriek: \(shown)/board.json is damaged"), damaged.stderr)
    let restore = try Binary.run(["restore", "--file", path])
    XCTAssertEqual(restore.status, 0, restore.stderr)
    assertNothingRaw(restore.stdout)
    XCTAssertTrue(
      restore.stdout.hasPrefix("Restoring \(shown)/board.json from \(shown)/board.json.bak.1 (change 0)"),
      restore.stdout)
    XCTAssertTrue(
      restore.stdout.contains("\(shown)/board.json: restored from \(shown)/board.json.bak.1 up to change 1;"),
      restore.stdout)

    let missing = try Binary.run(["check", "--file", folder + "/nope\u{1B}[8m.json"])
    XCTAssertEqual(missing.status, 1)
    assertNothingRaw(missing.stderr)
    XCTAssertTrue(missing.stderr.hasPrefix("fabriek: \(shown)/nope␛[8m.json does not exist;"), missing.stderr)
    XCTAssertEqual(missing.stderr.filter { $0 == "\n" }.count, 1, "one sentence, one line")
    let compactMissing = try Binary.run(["compact", "--file", folder + "/gone\u{07}.json"])
    XCTAssertEqual(compactMissing.status, 1)
    assertNothingRaw(compactMissing.stderr)
    XCTAssertTrue(compactMissing.stderr.contains("\(shown)/gone␇.json"), compactMissing.stderr)
    try Data("Title\nRepair café\n".utf8).write(to: URL(fileURLWithPath: dir + "/one.csv"))
    let importMissing = try Binary.run(["import", "--file", folder + "/gone\u{07}.json", dir + "/one.csv"])
    XCTAssertEqual(importMissing.status, 1)
    assertNothingRaw(importMissing.stderr)
    XCTAssertTrue(importMissing.stderr.contains("\(shown)/gone␇.json"), importMissing.stderr)
  }
}
