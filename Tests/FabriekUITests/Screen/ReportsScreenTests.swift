import FabriekCore
import FabriekUI
import XCTest

/// The reports screen (`r`): a page per group, turned with Tab and Shift-Tab; the period
/// stepped with `[` and `]`; the filter typed with `f` in the board's query language; the
/// figures computed again when the board changes. Snapshots of every page at 80×24 and 160×48
/// on the 120-idea demo board.
final class ReportsScreenTests: XCTestCase {
  static func demo(width: Int, height: Int) -> AppState {
    AppState(
      board: DemoData.board(count: 120, seed: 1, now: DemoData.referenceTime), file: "/home/coach/board.json",
      width: width, height: height, now: DemoData.referenceTime)
  }

  func testEveryPageAt80x24And160x48() throws {
    for (width, height) in [(80, 24), (160, 48)] {
      var journey = Journey(Self.demo(width: width, height: height))
      journey.press("r")
      for group in ReportGroup.allCases {
        XCTAssertEqual(journey.state.reports?.page, group)
        assertSnapshot(journey.screen, named: "reports-\(group.rawValue)-\(width)x\(height)")
        journey.press("Tab")
      }
      XCTAssertEqual(journey.state.reports?.page, .funnel, "Tab goes round")
      journey.press("Shift-Tab")
      XCTAssertEqual(journey.state.reports?.page, .exits)
    }
  }

  /// Dutch and French words run longer: the funnel and the financing pages at 80×24.
  func testPagesInDutchAndFrenchAt80x24() throws {
    for language in [Language.nl, .fr] {
      let state = Language.$current.withValue(language) { Self.demo(width: 80, height: 24) }
      var journey = Journey(state)
      journey.press("r")
      assertSnapshot(journey.screen, named: "reports-funnel-\(language.rawValue)-80x24")
      journey.press("Shift-Tab", "Shift-Tab")
      XCTAssertEqual(journey.state.reports?.page, .financing)
      assertSnapshot(journey.screen, named: "reports-financing-\(language.rawValue)-80x24")
    }
  }

  /// The bars take the theme's `bar` slot and the figures' titles its `detailHeading` (the
  /// projector theme makes both bright and bold), the period its `title`.
  func testBarsAndHeadingsAreDrawnInTheThemesSlots() throws {
    var journey = Journey(Self.demo(width: 80, height: 24))
    journey.press("r")
    let grid = journey.screen
    XCTAssertEqual(grid[1, 0].style, .title)
    let heading = try XCTUnwrap(grid.lines.firstIndex { $0.hasPrefix(" Ideas that entered each stage") })
    XCTAssertEqual(grid[1, heading].style, .detailHeading)
    let row = heading + 1
    let start = try XCTUnwrap((0..<80).first { grid[$0, row].grapheme == "█" })
    XCTAssertEqual(start, 20, "after the label column")
    XCTAssertEqual(grid[start, row].style, .bar)
    XCTAssertEqual(grid[start - 2, row].style, .normal)
    let value = try XCTUnwrap((start..<80).last { grid[$0, row].grapheme != " " })
    XCTAssertEqual(grid[value, row].style, .normal, "the value label is plain text")
  }

  func testThePeriodStepsThroughTheNamedPeriodsAndTheCampaigns() throws {
    var journey = Journey(Self.demo(width: 80, height: 24))
    journey.press("r")
    XCTAssertEqual(journey.state.reports?.period, .named(.thisYear))
    XCTAssertTrue(journey.screen.lines[0].contains("this year · 1 Jan 2026 to 1 Nov 2026"), journey.screen.lines[0])
    journey.press("]")
    XCTAssertEqual(journey.state.reports?.period, .named(.lastYear))
    XCTAssertTrue(journey.screen.lines[0].contains("last year · 1 Jan 2025 to 31 Dec 2025"), journey.screen.lines[0])
    journey.press("[", "[")
    XCTAssertEqual(journey.state.reports?.period, .campaign(ReportPeriod.campaigns(on: journey.state.board).last ?? ""))
  }

  func testTheFilterNarrowsTheIdeasCountedAndABadOneKeepsTheFiguresAndSaysWhy() throws {
    var journey = Journey(Self.demo(width: 80, height: 24))
    journey.press("r")
    XCTAssertEqual(journey.state.reports?.counted, 120)
    XCTAssertTrue(journey.screen.lines[1].contains("every idea (f: filter) · 120 ideas counted"), journey.screen.lines[1])
    journey.press("f")
    XCTAssertEqual(journey.state.mode, .reportsFilter)
    journey.type("region:antwerp")
    journey.press("Enter")
    let antwerp = journey.state.board.ideas.values.filter { $0.region == .antwerp }.count
    XCTAssertEqual(journey.state.reports?.counted, antwerp)
    XCTAssertEqual(journey.state.mode, .reports)
    XCTAssertTrue(journey.screen.lines[1].contains("filter: region:antwerp · \(antwerp) ideas counted"), journey.screen.lines[1])
    journey.press("f", "Ctrl-U")
    journey.type("stage:nergens")
    journey.press("Enter")
    XCTAssertEqual(journey.state.mode, .reportsFilter, "a filter that cannot be read stays on the line")
    XCTAssertNotNil(journey.state.reports?.error)
    XCTAssertEqual(journey.state.reports?.counted, antwerp, "the figures of the last good filter stay")
    journey.press("Esc")
    XCTAssertEqual(journey.state.reports?.filter, "region:antwerp")
    journey.press("F")
    XCTAssertEqual(journey.state.reports?.counted, 120)
    journey.press("Esc")
    XCTAssertEqual(journey.state.mode, .board)
  }

  func testTheFiguresFollowTheBoardWithoutAKeyPressed() throws {
    var journey = Journey(Self.demo(width: 80, height: 24))
    journey.press("r")
    let before = journey.state.reports?.document
    var other = journey.state.board
    let id = try XCTUnwrap(other.columns[Stage.incoming]?.first)
    try other.apply(.moveIdea(id, stage: Stage.ideaGeneration, index: nil, enteredAt: DemoData.referenceTime), by: "ann", at: DemoData.referenceTime)
    journey.send(.boardChanged(other))
    XCTAssertNotEqual(journey.state.reports?.document, before)
    XCTAssertEqual(journey.state.mode, .reports)
  }

  func testTheBoardsFilterComesAlongAndPagesScroll() throws {
    var journey = Journey(Self.demo(width: 80, height: 24))
    journey.press("f")
    journey.type("region:brussels")
    journey.press("Enter", "r")
    XCTAssertEqual(journey.state.reports?.filter, "region:brussels")
    journey.press("Tab", "Tab", "Tab")
    XCTAssertEqual(journey.state.reports?.page, .mix)
    journey.press("G")
    let bottom = try XCTUnwrap(journey.state.reports?.scroll)
    XCTAssertGreaterThan(bottom, 0)
    XCTAssertFalse(journey.screen.lines.contains { $0.contains("more lines") }, "at the end nothing is below")
    journey.press("g")
    XCTAssertEqual(journey.state.reports?.scroll, 0)
  }
}
