import FabriekTerminal
import FabriekUI
import XCTest

/// Bytes a terminal sends, fed to a headless ncurses screen, come out as `Key`s.
final class KeyInputTests: XCTestCase {
  func keys(from input: String, count: Int) throws -> [Key?] {
    let terminal = try Terminal.headless(width: 80, height: 24, input: Array(input.utf8))
    defer { terminal.stop() }
    return (0..<count).map { _ in terminal.readKey(timeoutMs: 50) }
  }

  func testCharactersControlKeysAndUnicode() async throws {
    let keys = try keys(from: "qK\u{03}\u{13}\u{11}é社\r\t\u{7F}\u{1A}", count: 11)
    XCTAssertEqual(
      keys,
      [
        .char("q"), .char("K"), .ctrl("c"), .ctrl("s"), .ctrl("q"), .char("é"), .char("社"), .enter, .tab, .backspace,
        .ctrl("z"),
      ])
  }

  func testArrowsInBothCursorModesAndModifiedArrows() async throws {
    let input = "\u{1B}OA\u{1B}[B\u{1B}[1;2D\u{1B}[1;2C\u{1B}[1;5A\u{1B}[Z\u{1B}[5~\u{1B}[3~\u{1B}OP"
    let keys = try keys(from: input, count: 9)
    XCTAssertEqual(
      keys,
      [
        .up, .down, .shift(.left), .shift(.right), Key(.up, modifiers: .control), .backTab, .pageUp, .delete,
        .function(1),
      ])
  }

  func testEscapeThenAKeyIsAltAndALoneEscapeIsEsc() async throws {
    // At the end of a file (not a terminal) ncurses gives up waiting for the rest of a sequence
    // once before it hands over the Esc, hence one empty read in between.
    let keys = try keys(from: "\u{1B}b\u{1B}F\u{1B}", count: 5)
    XCTAssertEqual(keys.compactMap { $0 }, [.alt("b"), .alt("F"), .escape])
  }

  func testTwoQuickEscapesAreTwoEscapes() async throws {
    let keys = try keys(from: "\u{1B}\u{1B}x", count: 4)
    XCTAssertEqual(keys.compactMap { $0 }, [.escape, .escape, .char("x")])
  }

  func testUnknownEscapeSequencesAreSwallowedWhole() async throws {
    // ESC [ 200 ~ starts a bracketed paste (see PasteInputTests); 207 is nothing.
    let keys = try keys(from: "\u{1B}[207~x", count: 2)
    XCTAssertEqual(keys, [nil, .char("x")])
  }

  func testNothingToReadIsNil() async throws {
    XCTAssertEqual(try keys(from: "", count: 1), [nil])
  }
}

final class MouseInputTests: XCTestCase {
  func testSGRMouseEventsArriveInOrderAndAQuickSecondPressIsADoubleClick() async throws {
    let press = "\u{1B}[<0;5;3M"
    let release = "\u{1B}[<0;5;3m"
    let input = press + release + "\u{1B}[<64;1;1M\u{1B}[<65;2;2M" + press + release + press + release
    let terminal = try Terminal.headless(width: 80, height: 24, input: Array(input.utf8))
    defer { terminal.stop() }
    let keys = (0..<12).compactMap { _ in terminal.readKey(timeoutMs: 50) }
    XCTAssertEqual(
      keys,
      [
        .mouse(.press, x: 4, y: 2), .mouse(.release, x: 4, y: 2), .mouse(.wheelUp, x: 0, y: 0),
        .mouse(.wheelDown, x: 1, y: 1), .mouse(.press, x: 4, y: 2), .mouse(.release, x: 4, y: 2),
        .mouse(.doubleClick, x: 4, y: 2), .mouse(.release, x: 4, y: 2),
      ])
  }
}
