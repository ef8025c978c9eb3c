import XCTest

@testable import FabriekUI

/// Which runs of cells a frame sends to the terminal, given the frame before it.
final class GridDiffTests: XCTestCase {
  func board(focus: Int) -> Grid {
    var g = Grid(width: 20, height: 6)
    g.put("Incoming 3", x: 0, y: 0, style: .columnHeader)
    for card in 0..<3 {
      g.put("I-000\(card + 1) card", x: 0, y: 1 + card, style: card == focus ? .cardFocused : .card)
    }
    g.put("BOARD  saved", x: 0, y: 5, style: .statusBar)
    return g
  }

  func testAMovedFocusSendsTheTwoCardsItLeftAndReachedOnly() {
    let runs = board(focus: 1).changedRuns(since: board(focus: 0))
    XCTAssertEqual(runs, [GridRun(y: 1, x: 0, count: 11), GridRun(y: 2, x: 0, count: 11)])
  }

  func testAnUnchangedFrameSendsNothing() {
    XCTAssertEqual(board(focus: 2).changedRuns(since: board(focus: 2)), [])
  }

  func testAResizeOrAFirstFrameSendsEveryCell() {
    let small = Grid(width: 20, height: 5)
    let runs = board(focus: 0).changedRuns(since: small)
    XCTAssertEqual(runs, (0..<6).map { GridRun(y: $0, x: 0, count: 20) })
    XCTAssertEqual(board(focus: 0).changedRuns(since: nil).count, 6)
  }

  func testAThemeChangeIsAChangeOfStyleOnly() {
    var restyled = board(focus: 0)
    restyled.restyle(Rect(x: 0, y: 5, width: 20, height: 1), style: .statusError)
    XCTAssertEqual(restyled.changedRuns(since: board(focus: 0)), [GridRun(y: 5, x: 0, count: 20)])
  }

  func testAWideCharacterIsSentWholeWhenEitherHalfChanges() {
    var before = Grid(width: 10, height: 1)
    before.put("ab社cd", x: 0, y: 0)
    var after = before
    after.put("x", x: 3, y: 0)  // over the second half of 社: the first half is blanked too
    XCTAssertEqual(after.changedRuns(since: before), [GridRun(y: 0, x: 2, count: 2)])
    var wide = before
    wide.put("国", x: 2, y: 0)
    XCTAssertEqual(wide.changedRuns(since: before), [GridRun(y: 0, x: 2, count: 2)])
  }

  func testNeighbouringChangesMergeIntoOneRun() {
    var before = Grid(width: 10, height: 1)
    before.put("abcdefghij", x: 0, y: 0)
    var after = before
    after.put("X", x: 2, y: 0)
    after.put("Y", x: 3, y: 0)
    after.put("Z", x: 7, y: 0)
    XCTAssertEqual(after.changedRuns(since: before), [GridRun(y: 0, x: 2, count: 2), GridRun(y: 0, x: 7, count: 1)])
  }
}
