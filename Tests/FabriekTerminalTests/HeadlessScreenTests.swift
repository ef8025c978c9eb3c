import FabriekTerminal
import FabriekUI
import XCTest

/// The real backend on a headless ncurses screen: what `draw` leaves in ncurses' cells.
final class HeadlessScreenTests: XCTestCase {
  func testDrawnTextAndStylesReadBackCellByCell() async throws {
    let terminal = try Terminal.headless(width: 30, height: 4)
    defer { terminal.stop() }
    XCTAssertEqual(terminal.colorDepth, .full)
    XCTAssertEqual(terminal.size, TerminalSize(width: 30, height: 4))
    var grid = Grid(width: 30, height: 4)
    grid.put("Incoming (3)", x: 0, y: 0, style: .columnHeader)
    grid.put(spans: [Span("I-0042", style: .cardCode), Span(" Repair café", style: .card)], x: 0, y: 1)
    grid.put("evil\u{1B}]0;pwned\u{07}", x: 0, y: 2, style: .card)
    grid.fill(Rect(x: 0, y: 3, width: 30, height: 1), style: .statusBar)
    grid.put("saved", x: 1, y: 3, style: .statusSaved)
    terminal.draw(grid, theme: .builtInDefault)

    XCTAssertEqual(terminal.readLine(y: 0).trimmingCharacters(in: .whitespaces), "Incoming (3)")
    XCTAssertEqual(terminal.readLine(y: 1).trimmingCharacters(in: .whitespaces), "I-0042 Repair café")
    XCTAssertEqual(terminal.readLine(y: 2).trimmingCharacters(in: .whitespaces), "evil␛]0;pwned␇")

    let header = try XCTUnwrap(terminal.readCell(x: 0, y: 0))
    XCTAssertEqual(header.text, "I")
    XCTAssertTrue(header.attributes.contains(.bold))
    XCTAssertEqual(header.pair, terminal.colorPair(for: .columnHeader))
    XCTAssertEqual(terminal.readCell(x: 0, y: 1)?.pair, terminal.colorPair(for: .cardCode))
    XCTAssertEqual(terminal.readCell(x: 8, y: 1)?.pair, terminal.colorPair(for: .card))
    XCTAssertEqual(terminal.readCell(x: 4, y: 2)?.pair, terminal.colorPair(for: .marker))
    XCTAssertEqual(terminal.readCell(x: 5, y: 2)?.pair, terminal.colorPair(for: .card))
    XCTAssertEqual(terminal.readCell(x: 20, y: 3)?.pair, terminal.colorPair(for: .statusBar))
    XCTAssertEqual(terminal.readCell(x: 29, y: 3)?.pair, terminal.colorPair(for: .statusBar), "bottom-right cell")
    XCTAssertNotEqual(terminal.colorPair(for: .statusBar), terminal.colorPair(for: .card))
  }

  func testNoColorLeavesAttributesOnly() async throws {
    let terminal = try Terminal.headless(width: 10, height: 2, environment: ["NO_COLOR": "1"])
    defer { terminal.stop() }
    XCTAssertEqual(terminal.colorDepth, .none)
    var grid = Grid(width: 10, height: 2)
    grid.put("card", x: 0, y: 0, style: .cardFocused)
    grid.put("plain", x: 0, y: 1)
    terminal.draw(grid, theme: .builtInDefault)
    let focused = try XCTUnwrap(terminal.readCell(x: 0, y: 0))
    XCTAssertEqual(focused.pair, 0)
    XCTAssertTrue(focused.attributes.contains(.reverse))
    XCTAssertEqual(terminal.readCell(x: 0, y: 1)?.attributes, [])
  }

  func testAGridLargerThanTheScreenIsCutAndASmallerOneLeavesTheRestBlank() async throws {
    let terminal = try Terminal.headless(width: 6, height: 2)
    defer { terminal.stop() }
    var big = Grid(width: 10, height: 3)
    big.put("abcde社gh", x: 0, y: 0)
    terminal.draw(big, theme: .builtInDefault)
    XCTAssertEqual(terminal.readLine(y: 0), "abcde ")
    var small = Grid(width: 3, height: 1)
    small.put("xyz", x: 0, y: 0)
    terminal.draw(small, theme: .builtInDefault)
    XCTAssertEqual(terminal.readLine(y: 0), "xyz   ")
    XCTAssertEqual(terminal.readLine(y: 1), "      ")
  }

  func testTheCursorShowsWhereTheGridPutsItAndHidesOtherwise() async throws {
    let terminal = try Terminal.headless(width: 20, height: 3)
    defer { terminal.stop() }
    var grid = Grid(width: 20, height: 3)
    grid.put("Title: Repair", x: 0, y: 1, style: .inputFocused)
    grid.cursor = Point(x: 13, y: 1)
    terminal.draw(grid, theme: .builtInDefault)
    XCTAssertEqual(terminal.cursor.position, Point(x: 13, y: 1))
    XCTAssertTrue(terminal.cursor.isVisible)
    grid.cursor = nil
    terminal.draw(grid, theme: .builtInDefault)
    XCTAssertFalse(terminal.cursor.isVisible)
  }

  func testResizeChangesTheSize() async throws {
    let terminal = try Terminal.headless(width: 80, height: 24)
    defer { terminal.stop() }
    terminal.resize(width: 100, height: 30)
    XCTAssertEqual(terminal.size, TerminalSize(width: 100, height: 30))
  }

  func testSwitchingThemesChangesTheColourPairs() async throws {
    let terminal = try Terminal.headless(width: 10, height: 1)
    defer { terminal.stop() }
    var grid = Grid(width: 10, height: 1)
    grid.put("x", x: 0, y: 0, style: .statusBar)
    terminal.draw(grid, theme: .builtInDefault)
    let monochrome = Theme(name: "m", specs: [.statusBar: StyleSpec(reverse: true)])
    terminal.draw(grid, theme: monochrome)
    XCTAssertTrue(terminal.readCell(x: 0, y: 0)?.attributes.contains(.reverse) == true)
  }
}
