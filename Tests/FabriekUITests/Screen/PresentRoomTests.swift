import FabriekCore
import FabriekUI
import XCTest

/// Present mode as the room reads it: the board without a session in aligned columns each
/// under its header, vote titles over two lines, the summary as a screen, and the summary on
/// screen and the exported one naming the same people the same way.
final class PresentRoomTests: XCTestCase {
  func text(_ journey: Journey) -> String { journey.screen.lines.joined(separator: "\n") }

  func testTheBoardWithoutASessionHasEveryColumnUnderItsOwnHeaderInOneRow() throws {
    var journey = Journey(try ScreenFixtures.state(width: 160, height: 48))
    journey.press("p", "Shift-Tab")
    XCTAssertNil(journey.state.present?.sessionID)
    XCTAssertEqual(journey.state.present?.view, .board)
    let row = journey.screen.lines[2]
    let headers = ["Incoming (", "Idea generation (", "Enrichment (", "Realisation ("]
    let columns = headers.compactMap { header in
      row.range(of: header).map { row.distance(from: row.startIndex, to: $0.lowerBound) }
    }
    XCTAssertEqual(columns.count, headers.count, row)
    XCTAssertEqual(columns, [3, 43, 83, 123], "equal columns side by side, each with its header")
    for (width, height) in [(80, 24), (160, 48)] {
      var journey = Journey(try ScreenFixtures.state(width: width, height: height))
      journey.press("p", "Shift-Tab")
      assertSnapshot(journey.screen, named: "present-board-nosession-\(width)x\(height)")
    }
  }

  func testAColumnThatDoesNotFitSaysHowManyMoreItHolds() throws {
    var board = try ScreenFixtures.board()
    for n in 0..<30 {
      let idea = Idea(id: IdeaID(100 + n), title: "Kandidaat \(n)", stage: Stage.incoming, created: ScreenFixtures.now)
      try board.apply(.addIdea(idea), by: "t", at: ScreenFixtures.now)
    }
    var journey = Journey(
      AppState(board: board, file: "/home/coach/board.json", width: 80, height: 24, now: ScreenFixtures.now))
    journey.press("p", "Shift-Tab")
    let lines = journey.screen.lines
    XCTAssertTrue(lines[2].contains("Incoming (33)") && lines[2].contains("Idea generation (2)"), lines[2])
    XCTAssertTrue(lines[18].hasPrefix("    Kandidaat 12"), lines[18])
    XCTAssertTrue(lines[19].hasPrefix("    … and 17 more"), lines[19])
    XCTAssertTrue(lines[20].hasPrefix("  3 more stages with ideas are not shown"), lines[20])
  }

  func testVoteTitlesWrapSoTitlesThatStartAlikeCanBeToldApart() throws {
    var board = try PresentFixtures.board()
    let titles = [
      "Huiswerkklas met studenten als mentor voor kinderen in Leuven",
      "Huiswerkklas met studenten als mentor voor kinderen in Aalst",
    ]
    for (n, title) in titles.enumerated() {
      let id = IdeaID(20 + n)
      try board.apply(
        .addIdea(Idea(id: id, title: title, stage: Stage.enrichment, created: PresentFixtures.now)), by: "t",
        at: PresentFixtures.now)
      try board.apply(.vote(SessionID(1), id, participant: nil, dots: 2), by: "t", at: PresentFixtures.now)
    }
    for (width, height) in [(80, 24), (160, 48)] {
      var journey = Journey(
        AppState(board: board, file: "/home/coach/board.json", width: width, height: height, now: PresentFixtures.now))
      journey.press("p", "Tab")
      XCTAssertEqual(journey.state.present?.view, .votes)
      let screen = text(journey)
      XCTAssertTrue(screen.contains("Leuven"), screen)
      XCTAssertTrue(screen.contains("Aalst"), screen)
      let bar = try XCTUnwrap(journey.screen.lines.first { $0.contains("I-0004") })
      XCTAssertGreaterThanOrEqual(
        bar.filter { $0 == "█" }.count, (width - 4) / 4, "the bars keep a quarter of the width")
      assertSnapshot(journey.screen, named: "present-votes-alike-\(width)x\(height)")
    }
  }

  func testTheSummaryIsDrawnAsAScreenNotAsMarkdown() throws {
    for (width, height) in [(80, 24), (160, 48)] {
      var journey = Journey(try PresentFixtures.state(width: width, height: height))
      journey.press("p", "S")
      let lines = journey.screen.lines
      XCTAssertFalse(
        lines.contains { $0.contains("# ") || $0.contains("| ---") || $0.contains("- Session") }, text(journey))
      XCTAssertTrue(lines.contains { $0.contains("Session       S-0001") }, text(journey))
      XCTAssertTrue(lines.contains { $0.contains("Facilitator   none") }, text(journey))
      assertSnapshot(journey.screen, named: "present-summary-\(width)x\(height)")
    }
    var journey = Journey(try PresentFixtures.state(width: 160, height: 48))
    journey.press("p", "S")
    let screen = journey.screen.lines
    let header = try XCTUnwrap(screen.firstIndex { $0.contains("Idea") && $0.contains("Title") && $0.contains("Dots") })
    XCTAssertTrue(screen[header + 1].contains("────"), "a rule under the table's header")
    func cells(_ row: String) -> Int { DisplayWidth.of(String(row.reversed().drop { $0 == " " }.reversed())) }
    for row in screen[(header + 2)...(header + 4)] {
      XCTAssertEqual(cells(row), cells(screen[header]), "dots right-aligned under their header: \(row)")
    }
  }

  /// One function decides what the room sees: the summary on screen and the exported one show
  /// the same names, and neither shows a surname, an e-mail address or a phone number.
  func testTheSummaryOnScreenAndTheExportShowTheSameNames() throws {
    var journey = Journey(try PresentFixtures.state(width: 160, height: 48))
    journey.press("p", "S")
    let content = try XCTUnwrap(journey.state.summaryContent)
    XCTAssertEqual(content.names, ["Sofie P.", "Karim E.", "Sofie P."])
    XCTAssertEqual(content.contributions.first?.notes.first?.text, "Bel Karim E. op [phone]")
    XCTAssertEqual(content.title, "Co-creatie met Léa D.")
    let markdown = try SessionSummary.markdown(SessionID(1), on: journey.state.board)
    let screen = text(journey)
    for name in content.names {
      XCTAssertTrue(markdown.contains(name), markdown)
      XCTAssertTrue(screen.contains(name), screen)
    }
    XCTAssertTrue(markdown.contains("- 09:00 Sofie P.: Bel Karim E. op \\[phone\\]"), markdown)
    XCTAssertTrue(screen.contains("Bel Karim E. op [phone]"), screen)
    XCTAssertTrue(markdown.hasPrefix("# Co-creatie met Léa D.\n"), markdown)
    for secret in PresentFixtures.secrets {
      XCTAssertFalse(markdown.contains(secret), "\(secret) in the export")
      XCTAssertFalse(screen.contains(secret), "\(secret) on screen")
    }
  }
}
