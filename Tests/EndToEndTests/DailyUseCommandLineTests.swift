import FabriekCore
import Foundation
import XCTest

/// The command line as staff use it every day: exit codes, abbreviations in three languages,
/// readable `idea show`, reopening, exports that never overwrite by surprise.
final class DailyUseCommandLineTests: XCTestCase {
  var dir = ""
  var board: String { dir + "/board.json" }
  var demo: String { dir + "/demo.json" }

  override func setUp() async throws {
    try Binary.requireBuilt()
    dir = try Binary.temporaryDirectory()
    XCTAssertEqual(try Binary.run(["demo-data", "--count", "60", "--seed", "4", "--out", demo]).status, 0)
  }
  override func tearDown() async throws { try? FileManager.default.removeItem(atPath: dir) }

  func fabriek(_ args: String...) throws -> Binary.Result { try Binary.run(args) }

  func testABadOptionOrAnUnknownSubcommandExitsOneAndVersionWorks() throws {
    let bad = try fabriek("--bogus")
    XCTAssertEqual(bad.status, 1)
    XCTAssertTrue(bad.stderr.hasPrefix("Error: Unknown option '--bogus'\nUsage: fabriek"), bad.stderr)
    XCTAssertEqual(try fabriek("nosuch").status, 1)
    XCTAssertEqual(try fabriek("idea", "list", "--file", demo, "--nope").status, 1)
    let version = try fabriek("--version")
    XCTAssertEqual(version.status, 0)
    XCTAssertEqual(version.stdout, "0.2.0\n")
  }

  func testWithoutATerminalNothingIsCreatedAndOnlyRealSubcommandsAreNamed() throws {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: Binary.path)
    p.arguments = ["--file", board]
    p.standardInput = FileHandle.nullDevice
    let err = Pipe()
    p.standardError = err
    p.standardOutput = FileHandle.nullDevice
    try p.run()
    let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    XCTAssertEqual(p.terminationStatus, 2)
    XCTAssertFalse(FileManager.default.fileExists(atPath: board), "no board was created")
    XCTAssertTrue(text.contains("`fabriek idea list` or `fabriek export`"), text)
    XCTAssertFalse(text.contains("fabriek report"), text)
    let missing = try fabriek("check", "--file", board)
    XCTAssertEqual(
      missing.stderr,
      "fabriek: \(board) does not exist; `fabriek --file \(board)` creates an empty board there, and `fabriek demo-data --out \(board)` a sample one.\n"
    )
  }

  func testStagesAcceptPrefixesWordsAndTheirDutchAndFrenchNames() throws {
    let generation = try fabriek("idea", "list", "--file", demo, "--stage", "generation")
    XCTAssertEqual(generation.status, 0, generation.stderr)
    XCTAssertEqual(try fabriek("idea", "list", "--file", demo, "--stage", "gen").stdout, generation.stdout)
    XCTAssertEqual(try fabriek("idea", "list", "--file", demo, "--stage", "Ideevorming").stdout, generation.stdout)
    let enrichment = try fabriek("idea", "list", "--file", demo, "--stage", "enrichment").stdout
    XCTAssertEqual(try fabriek("idea", "list", "--file", demo, "--stage", "verrijking").stdout, enrichment)
    XCTAssertEqual(try fabriek("idea", "list", "--file", demo, "--stage", "enrichissement").stdout, enrichment)
    let ambiguous = try fabriek("idea", "list", "--file", demo, "--stage", "re")
    XCTAssertEqual(ambiguous.status, 1)
    XCTAssertEqual(ambiguous.stderr, "fabriek: --stage: “re” could be realisation or declined; type more of it.\n")
    let code = try fabriek("idea", "add", "--file", demo, "--title", "Prefix", "--stage", "verr").stdout
      .trimmingCharacters(in: .whitespacesAndNewlines)
    XCTAssertTrue(try fabriek("idea", "show", "--file", demo, code).stdout.contains("Enrichment since"))
    XCTAssertEqual(try fabriek("export", "--file", demo, "--format", "mark", "--stage", "enr").status, 0)
  }

  func testShellCompletionOffersTheBoardsStagesAndIdeaCodes() throws {
    let stages = try fabriek("---completion", "idea", "move", "--", "--to", "6", "0", "fabriek", "idea", "move", "--file", demo, "I-0001", "--to", "")
    XCTAssertEqual(stages.stdout.split(separator: "\n"), ["incoming", "idea-generation", "enrichment", "realisation", "exited"])
    let codes = try fabriek("---completion", "idea", "show", "--", "positional@0", "5", "6", "fabriek", "idea", "show", "--file", demo, "I-005")
    XCTAssertEqual(codes.stdout.split(separator: "\n").first, "I-0050")
  }

  func testIdeaShowLinesUpItsLabelsAndJSONCarriesTheCode() throws {
    let show = try fabriek("idea", "show", "--file", demo, "I-0001")
    XCTAssertEqual(show.status, 0, show.stderr)
    var section: [String] = []
    for line in show.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.isEmpty || !line.hasPrefix("  ") {
        // Every value of a section starts in one column.
        let starts = Set(section.compactMap { row -> Int? in
          let body = row.dropFirst(2)
          guard let gap = body.range(of: "  ") else { return nil }
          return body.distance(from: body.startIndex, to: body[gap.upperBound...].firstIndex { $0 != " " } ?? gap.upperBound)
        })
        XCTAssertLessThanOrEqual(starts.count, 1, "\(section)")
        section = []
      } else if !line.hasPrefix("    ") {
        section.append(line)
      }
    }
    let json = try fabriek("idea", "show", "--file", demo, "I-0001", "--json")
    XCTAssertTrue(json.stdout.contains("\"code\" : \"I-0001\""), json.stdout)
  }

  func testDeclinedIdeasAreListedAsDeclinedAndCanBeReopened() throws {
    let declined = try fabriek("idea", "list", "--file", demo, "--stage", "declined")
    let first = try XCTUnwrap(declined.stdout.split(separator: "\n").first)
    XCTAssertTrue(first.contains("  declined (from "), String(first))
    let code = String(first.prefix(6))
    let reopen = try fabriek("idea", "reopen", "--file", demo, code, "--to", "incoming")
    XCTAssertEqual(reopen.status, 0, reopen.stderr)
    XCTAssertEqual(reopen.stdout, "\(code) is in Incoming\n")
    XCTAssertFalse(try fabriek("idea", "list", "--file", demo, "--stage", "declined").stdout.contains(code))
  }

  func testExportNeverOverwritesWithoutForceAndWritesSemicolonsForBelgianSpreadsheets() throws {
    let out = dir + "/ideas.csv"
    try Data("keep me".utf8).write(to: URL(fileURLWithPath: out))
    let refused = try fabriek("export", "--file", demo, "--format", "csv", "--out", out)
    XCTAssertEqual(refused.status, 1)
    XCTAssertTrue(refused.stderr.contains("exists already; nothing was written: give --force"), refused.stderr)
    XCTAssertEqual(try String(contentsOfFile: out, encoding: .utf8), "keep me")
    let forced = try fabriek("export", "--file", demo, "--format", "csv", "--out", out, "--force", "--delimiter", ";")
    XCTAssertEqual(forced.status, 0, forced.stderr)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
    XCTAssertTrue(bytes.starts(with: Data("\u{FEFF}Code;Title;Pitch;".utf8)), String(decoding: bytes.prefix(40), as: UTF8.self))
  }
}
