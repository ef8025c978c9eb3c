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

/// Frames drawn one after another, each sending only what changed, leave the screen exactly as
/// one full drawing of the last frame does.
final class PartialRedrawTests: XCTestCase {
  func cells(_ t: Terminal, _ w: Int, _ h: Int) -> [ScreenCell?] {
    (0..<h).flatMap { y in (0..<w).map { x in t.readCell(x: x, y: y) } }
  }

  func testASeriesOfPartialRedrawsEndsOnTheScreenAFullRedrawGives() async throws {
    let (w, h) = (24, 6)
    var frames: [Grid] = []
    var g = Grid(width: w, height: h)
    for step in 0..<12 {
      g.put("Incoming \(step)", x: 0, y: 0, style: .columnHeader)
      let text = ["Café", "社会 kantine", "👍🏽 fiets", "e\u{301}cole", "plain"][step % 5]
      g.put(text + "      ", x: step % 7, y: 1 + step % 4, style: step % 2 == 0 ? .card : .cardFocused)
      if step == 6 { g.fill(Rect(x: 0, y: 2, width: w, height: 2), style: .normal) }
      g.put("BOARD  \(step % 3 == 0 ? "saving" : "saved ")", x: 0, y: h - 1, style: .statusBar)
      frames.append(g)
    }
    let partial = try Terminal.headless(width: w, height: h)
    for frame in frames { partial.draw(frame, theme: .builtInDefault) }
    let afterPartial = cells(partial, w, h)
    partial.stop()
    let full = try Terminal.headless(width: w, height: h)
    full.draw(frames[frames.count - 1], theme: .builtInDefault)
    let afterFull = cells(full, w, h)
    full.stop()
    XCTAssertEqual(afterPartial, afterFull)
  }

  func testATerminalDrawsAnUnchangedFrameWithoutSendingABytePastTheCursor() async throws {
    let terminal = try Terminal.headless(width: 40, height: 10)
    defer { terminal.stop() }
    var g = Grid(width: 40, height: 10)
    g.put("Incoming", x: 0, y: 0, style: .columnHeader)
    terminal.draw(g, theme: .builtInDefault)
    let before = terminal.bytesWritten
    terminal.draw(g, theme: .builtInDefault)
    XCTAssertLessThanOrEqual(terminal.bytesWritten - before, 0)
  }
}
