import XCTest

@testable import FabriekCore

/// CSV export: formulas neutralised (OWASP), invisible characters visible, RFC 4180 quoting,
/// one stage or all, and every neutralised cell read back exactly by import.
final class ExportCSVTests: XCTestCase {
  func testCellsASpreadsheetWouldRunAsAFormulaGetAQuoteInFront() {
    let cases: [(String, String)] = [
      ("=1+1", "'=1+1"), ("+32 470 12 34 56", "'+32 470 12 34 56"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"),
      ("\t=1", "'\\u{9}=1"), ("\nx", "'\nx"), ("'=x", "''=x"), ("''-x", "'''-x"), ("'plain", "'plain"),
      ("'\t", "''\\u{9}"), ("a=b", "a=b"), ("", ""), (" =1", " =1"),
    ]
    for (text, cell) in cases {
      XCTAssertEqual(CSVCell.export(text), cell, text.debugDescription)
      XCTAssertEqual(CSVCell.import(cell), text, cell.debugDescription)
    }
    XCTAssertEqual(CSVCell.import("'\t=1"), "\t=1", "as fabriek wrote a leading tab before")
    XCTAssertEqual(CSVCell.import("'\rx"), "\rx", "as fabriek wrote a leading carriage return before")
  }

  /// A carriage return in a cell sends a terminal back to the start of the line, where what
  /// follows hides what came before (the cell's `'` among it), so cells hold line feeds only.
  func testCarriageReturnsBecomeLineFeedsAndALeadingOneStaysNeutralised() throws {
    XCTAssertEqual(CSVCell.export("a\r\nb\rc\n\rd"), "a\nb\nc\n\nd")
    XCTAssertEqual(CSVCell.export("\r=1+1"), "'\n=1+1")
    XCTAssertEqual(CSVCell.export("\r\n@SUM(A1)"), "'\n@SUM(A1)")
    XCTAssertEqual(CSVCell.import(CSVCell.export("\r=1+1")), "\n=1+1")
    var board = try TestBoards.small()
    try board.apply(
      .editIdea(IdeaID(1), [.title("\r=cmd|' /C calc'!A0"), .pitch("one\rtwo\r\nthree\tfour")]), by: "test",
      at: TestBoards.t0)
    let csv = BoardExport(board: board, scope: .stage(Stage.incoming)).csv()
    XCTAssertTrue(csv.contains("I-0001,\"'\n=cmd|' /C calc'!A0\",\"one\ntwo\nthree\\u{9}four\","), csv)
    let scalars = Array(csv.unicodeScalars)
    let returns = scalars.indices.filter { scalars[$0] == "\r" }
    XCTAssertEqual(returns.count, 3, "one per record: the header and two ideas")
    XCTAssertTrue(returns.allSatisfy { $0 + 1 < scalars.count && scalars[$0 + 1] == "\n" })
    XCTAssertFalse(scalars.contains("\t"))
  }

  func testInvisibleAndTerminalDrivingCharactersAreWrittenVisiblyAndReadBack() {
    let cases: [(String, String)] = [
      ("\u{1B}[31mrood", "\\u{1B}[31mrood"), ("a\u{202E}b\u{202C}", "a\\u{202E}b\\u{202C}"),
      ("\u{9B}2J", "\\u{9B}2J"), ("nul\u{0}", "nul\\u{0}"), ("\u{7F}", "\\u{7F}"), ("\u{FEFF}x", "\\u{FEFF}x"),
      ("letterlijk \\u{41}", "letterlijk \\u{5C}u{41}"), ("C:\\temp\\", "C:\\temp\\"),
      ("regel\nregel\ttab", "regel\nregel\\u{9}tab"), ("👩\u{200D}👩\u{200D}👧", "👩\\u{200D}👩\\u{200D}👧"),
      ("a\u{200D}b soft\u{AD}hyphen", "a\\u{200D}b soft\\u{AD}hyphen"), ("tag\u{E0041}", "tag\\u{E0041}"),
      ("\u{FFF9}\u{FFFF}", "\\u{FFF9}\\u{FFFF}"), ("👍🏽 🇧🇪 ❤\u{FE0F}", "👍🏽 🇧🇪 ❤\u{FE0F}"),
    ]
    for (text, cell) in cases {
      XCTAssertEqual(CSVCell.export(text), cell, text.debugDescription)
      XCTAssertEqual(CSVCell.import(cell), text, cell.debugDescription)
    }
  }

  func testOneStageExportsExactly() throws {
    var board = try TestBoards.small()
    let idea = try XCTUnwrap(board.idea(IdeaID(2)))
    try board.apply(
      .editIdea(
        idea.id,
        [.title("=HYPERLINK(\"http://evil.example\")"), .pitch("Eten, drinken\nen praten"), .region(.brussels)]),
      by: "test", at: TestBoards.t0)
    try board.apply(.linkPerson(idea.id, PersonID(2), .innovator), by: "test", at: TestBoards.t0)
    let csv = BoardExport(board: board, scope: .stage(Stage.incoming)).csv()
    XCTAssertEqual(
      csv,
      "\u{FEFF}Code,Title,Pitch,Description,Stage,Outcome,Applicant type,Region,Origin,Themes,SDGs,Value model,"
        + "Readiness,Created,Entered stage,Given name,Family name,Email,Phone,Organisation,Co-innovators,Coach,"
        + "Mentors,Mean score,Decision\r\n"
        + "I-0001,Buurtrestaurant voor senioren,Pitch 1,,Incoming,,,,,zorg,,,,2026-03-02T09:00:00Z,"
        + "2026-03-02T09:00:00Z,Sofie,Van den Broeck,sofie@example.be,,,,,,,\r\n"
        + "I-0002,\"'=HYPERLINK(\"\"http://evil.example\"\")\",\"Eten, drinken\nen praten\",,Incoming,,,Brussels,,zorg,,,,"
        + "2026-03-02T09:00:00Z,2026-03-02T09:00:00Z,Sofie,Van den Broeck,sofie@example.be,,,"
        + "Jérôme Dubois <jerome@example.be>,,,,\r\n")
  }

  func testScoresDecisionsAndOutcomesAreWrittenForPeople() throws {
    var board = try TestBoards.small()
    try board.apply(.score(IdeaID(3), reviewer: "noor", scores: ["impact": 4, "team": 3]), by: "t", at: TestBoards.t0)
    try board.apply(.score(IdeaID(3), reviewer: "jef", scores: ["impact": 5]), by: "t", at: TestBoards.t0)
    let row = BoardExport(board: board).csvRow(try XCTUnwrap(board.idea(IdeaID(3))))
    XCTAssertEqual(row[BoardExport.csvHeaders.firstIndex(of: "Mean score") ?? 0], "4.3")
    let declined = BoardExport(board: board, scope: .declined).csv().components(separatedBy: "\r\n")
    XCTAssertEqual(declined.count, 3)
    XCTAssertTrue(
      declined[1].hasPrefix("I-0007,Te vroeg,,,Incoming,\"declined: incomplete, no team yet\","), declined[1])
  }

  func testScopesByStageIdNameAndOutcomeInThreeLanguages() throws {
    let board = try TestBoards.small()
    XCTAssertEqual(BoardExport.Scope("Idea generation", board: board), .stage(Stage.ideaGeneration))
    XCTAssertEqual(BoardExport.Scope("enrichment", board: board), .stage(Stage.enrichment))
    XCTAssertEqual(BoardExport.Scope("Afgewezen", board: board), .declined)
    XCTAssertEqual(BoardExport.Scope("parked", board: board), .parked)
    XCTAssertNil(BoardExport.Scope("heaven", board: board))
    XCTAssertEqual(BoardExport(board: board).ideas.map(\.id.rawValue), [1, 2, 3, 4, 5, 6, 7])
    XCTAssertEqual(BoardExport(board: board, scope: .stage(Stage.incoming)).ideas.map(\.id.rawValue), [1, 2])
    XCTAssertEqual(BoardExport(board: board, scope: .declined).ideas.map(\.id.rawValue), [7])
    XCTAssertEqual(BoardExport(board: board, scope: .parked).ideas, [])
    XCTAssertEqual(BoardExport.Format(name: "Markdown"), .md)
    XCTAssertNil(BoardExport.Format(name: "xlsx"))
  }
}
