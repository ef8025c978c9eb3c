import FabriekCore
import FabriekUI
import XCTest

/// Styles read back cell by cell: the focused card, the badges, the header over its WIP limit
/// and search matches.
final class CellStyleTests: XCTestCase {
  /// The position of the first occurrence of `text` on the screen, in cells.
  func find(_ text: String, in grid: Grid, file: StaticString = #filePath, line: UInt = #line) throws -> Point {
    for y in 0..<grid.height {
      let row = grid.text(row: y)
      guard let range = row.range(of: text) else { continue }
      let before = String(row[row.startIndex..<range.lowerBound])
      return Point(x: DisplayWidth.of(before), y: y)
    }
    XCTFail("“\(text)” is not on the screen", file: file, line: line)
    throw XCTSkip()
  }

  func testTheFocusedCardIsDrawnInTheFocusStyleFromEdgeToEdge() throws {
    let grid = render(try ScreenFixtures.state())
    let code = try find("I-0001", in: grid)
    for dy in 0..<3 {
      for x in 0..<26 { XCTAssertEqual(grid[x, code.y + dy].style, .cardFocused, "(\(x), \(code.y + dy))") }
    }
    let other = try find("I-0002", in: grid)
    XCTAssertEqual(grid[other.x, other.y].style, .cardCode)
    XCTAssertEqual(grid[other.x, other.y + 1].style, .card)
    XCTAssertEqual(grid[other.x, other.y + 2].style, .cardMeta)
  }

  func testBadgesHaveTheirStyles() throws {
    let grid = render(try ScreenFixtures.state(width: 200, height: 60))
    let exit = try find("!exit", in: grid)
    XCTAssertEqual(grid[exit.x, exit.y].style, .badgeWarning)
    let mentor = try find("☺1", in: grid)
    XCTAssertEqual(grid[mentor.x, mentor.y].style, .badgeGood)
    let granted = try find("€35k/50k", in: grid)
    XCTAssertEqual(grid[granted.x, granted.y].style, .badgeGood)
    let asked = try find("€0/20k", in: grid)
    XCTAssertEqual(grid[asked.x, asked.y].style, .badge)
    let score = try find("★3.7", in: grid)
    XCTAssertEqual(grid[score.x, score.y].style, .badge)
    let stale = try find("95d", in: grid)
    XCTAssertEqual(grid[stale.x, stale.y].style, .badgeWarning, "95 days in one stage is stale")
    let fresh = try find("30d", in: grid)
    XCTAssertEqual(grid[fresh.x, fresh.y].style, .cardMeta)
  }

  func testTheColumnHeadersShowFocusAndTheWIPLimit() throws {
    let grid = render(try ScreenFixtures.state(width: 200, height: 60))
    let incoming = try find("Incoming", in: grid)
    XCTAssertEqual(grid[incoming.x, incoming.y].style, .columnHeaderFocused)
    let enrichment = try find("Enrichment", in: grid)
    XCTAssertEqual(grid[enrichment.x, enrichment.y].style, .columnHeader)
    let over = try find("2/1 ", in: grid)
    XCTAssertEqual(grid[over.x, over.y].style, .columnHeaderOverLimit)
    let under = try find("2/40", in: grid)
    XCTAssertEqual(grid[under.x, under.y].style, .columnHeader)
  }

  func testSearchMatchesAreHighlightedOnTheBoard() throws {
    var state = try ScreenFixtures.state(width: 120, height: 40)
    for key in [Key.char("/"), .char("c"), .char("a"), .char("f"), .char("e"), .enter] { _ = update(&state, .key(key)) }
    let grid = render(state)
    let match = try find("Taalcafé", in: grid)
    XCTAssertEqual(grid[match.x, match.y].style, .searchMatch)
    let plain = try find("Buurtmoestuin", in: grid)
    XCTAssertEqual(grid[plain.x, plain.y].style, .card)
    let focused = try find("Repair café", in: grid)
    XCTAssertEqual(grid[focused.x, focused.y].style, .cardFocused, "the focus wins over the match")
  }
}
