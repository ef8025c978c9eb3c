import FabriekUI
import XCTest

final class GridTests: XCTestCase {
  func testANewGridIsBlank() {
    let grid = Grid(width: 4, height: 2)
    XCTAssertEqual(grid.lines, ["    ", "    "])
    XCTAssertEqual(grid[0, 0], Cell(" "))
  }

  func testPutWritesByDisplayWidthAndReturnsTheNextColumn() {
    var grid = Grid(width: 10, height: 1)
    let end = grid.put("a社b", x: 1, y: 0, style: .card)
    XCTAssertEqual(end, 5)
    XCTAssertEqual(grid.text(row: 0), " a社b     ")
    XCTAssertEqual(grid[2, 0], Cell("社", style: .card))
    XCTAssertTrue(grid[3, 0].isContinuation)
    XCTAssertEqual(grid[4, 0].grapheme, "b")
  }

  func testPutClipsWithAnEllipsisAtMaxWidthOrTheEdge() {
    var grid = Grid(width: 8, height: 2)
    grid.put("Repair café Gent", x: 0, y: 0, maxWidth: 6)
    grid.put("社会的企業", x: 2, y: 1)
    XCTAssertEqual(grid.lines, ["Repai…  ", "  社会… "])
  }

  func testAWideCharacterThatWouldStraddleTheEdgeIsNotWritten() {
    var grid = Grid(width: 3, height: 1)
    XCTAssertEqual(grid.put("a社", x: 0, y: 0), 3)
    XCTAssertEqual(grid.text(row: 0), "a社")
    var narrow = Grid(width: 2, height: 1)
    narrow.put("a社", x: 0, y: 0)
    XCTAssertEqual(narrow.text(row: 0), "a…")
  }

  func testOverwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var grid = Grid(width: 4, height: 1)
    grid.put("社会", x: 0, y: 0)
    grid.put("x", x: 1, y: 0)
    XCTAssertEqual(grid.text(row: 0), " x会")
    grid.put("y", x: 2, y: 0)
    XCTAssertEqual(grid.text(row: 0), " xy ")
    XCTAssertFalse(grid[3, 0].isContinuation)
  }

  func testHostileTextIsSanitisedWithMarkersInTheMarkerStyle() {
    var grid = Grid(width: 12, height: 1)
    grid.put("a\u{1B}[2Jb", x: 0, y: 0, style: .card)
    XCTAssertEqual(grid.text(row: 0), "a␛[2Jb      ")
    XCTAssertEqual(grid[0, 0].style, .card)
    XCTAssertEqual(grid[1, 0].style, .marker)
    XCTAssertEqual(grid[2, 0].style, .card)
    XCTAssertFalse(grid.cells.contains { $0.grapheme.unicodeScalars.contains { $0.value < 0x20 } })
  }

  func testSpansKeepTheirStylesAndClipAsOneLine() {
    var grid = Grid(width: 10, height: 1)
    grid.put(spans: [Span("I-0042", style: .cardCode), Span(" Repair café", style: .card)], x: 0, y: 0)
    XCTAssertEqual(grid.text(row: 0), "I-0042 Re…")
    XCTAssertEqual(grid[0, 0].style, .cardCode)
    XCTAssertEqual(grid[7, 0].style, .card)
    XCTAssertEqual(grid[9, 0].style, .card)
  }

  func testNegativeXScrollsTextInFromTheLeft() {
    var grid = Grid(width: 4, height: 1)
    grid.put("ab社d", x: -3, y: 0)
    XCTAssertEqual(grid.text(row: 0), " d  ")
  }

  func testFillAndRestyleAndWritesOutsideTheGridAreIgnored() {
    var grid = Grid(width: 4, height: 3)
    grid.fill(Rect(x: 1, y: 1, width: 10, height: 1), style: .border, with: "─")
    grid.put("zz", x: 0, y: 5)
    grid.restyle(Rect(x: 0, y: 0, width: 2, height: 1), style: .selection)
    XCTAssertEqual(grid.lines, ["    ", " ───", "    "])
    XCTAssertEqual(grid[1, 1].style, .border)
    XCTAssertEqual(grid[1, 0].style, .selection)
    XCTAssertEqual(grid[2, 0].style, .normal)
  }

  func testWrappedSegmentsDrawMarkersInTheMarkerStyle() {
    var grid = Grid(width: 8, height: 1)
    grid.put(segments: [TextSegment("ok"), .marker("␛")], x: 0, y: 0, style: .detailLabel)
    XCTAssertEqual(grid[0, 0].style, .detailLabel)
    XCTAssertEqual(grid[2, 0], Cell("␛", style: .marker))
  }

  func testRectSplitsAndInsets() {
    let area = Rect(x: 0, y: 0, width: 80, height: 24)
    let (top, bottom) = area.splitRows(at: 23)
    XCTAssertEqual(bottom, Rect(x: 0, y: 23, width: 80, height: 1))
    XCTAssertEqual(top.inset(by: 1), Rect(x: 1, y: 1, width: 78, height: 21))
    XCTAssertEqual(area.splitColumns(at: 30).right.width, 50)
    XCTAssertTrue(area.intersection(Rect(x: 90, y: 0, width: 5, height: 5)).isEmpty)
  }
}
