import FabriekTerminal
import FabriekUI
import XCTest

/// Bracketed paste: what a terminal sends between ESC [ 200 ~ and ESC [ 201 ~ is one paste,
/// whatever it holds and however many reads it takes.
final class PasteInputTests: XCTestCase {
  func testAPasteSplitAcrossReadsWithEscapesInsideIsOneTextUpToTheEndMarker() {
    var decoder = PasteDecoder()
    // The end marker's first bytes arrive in one read and the rest in the next; an ESC that
    // starts a key sequence, and one that starts what looks like the end marker but is not,
    // are text.
    let reads = ["Café 社\u{1B}[A ok\r\n", "👍🏽 \u{1B}", "[201x \u{1B}b \u{1B}\u{1B}[20", "1~q"]
    XCTAssertNil(decoder.feed(reads[0]))
    XCTAssertNil(decoder.feed(reads[1]))
    XCTAssertNil(decoder.feed(reads[2]))
    XCTAssertFalse(decoder.isComplete)
    XCTAssertEqual(decoder.text, "Café 社\u{1B}[A ok\n👍🏽 \u{1B}[201x \u{1B}b \u{1B}\u{1B}[20", "so far")
    let rest = decoder.feed(reads[3])
    XCTAssertTrue(decoder.isComplete)
    XCTAssertEqual(rest.map(String.init), "q", "what comes after the end marker is not pasted")
    XCTAssertEqual(decoder.text, "Café 社\u{1B}[A ok\n👍🏽 \u{1B}[201x \u{1B}b \u{1B}", "CR LF read as one line break")
  }

  func testLineBreaksAsTerminalsSendThemBecomeNewlines() {
    var decoder = PasteDecoder()
    XCTAssertEqual(decoder.feed("one\rtwo\r\nthree\nfour\u{1B}[201~").map(String.init), "")
    XCTAssertEqual(decoder.text, "one\ntwo\nthree\nfour")
  }

  func testAPasteScalarByScalarIsTheSameAsInOneRead() {
    let body = "Zoë's 👨‍👩‍👧 idee\u{1B}[201 \u{1B}[20x\r\n"
    var whole = PasteDecoder()
    _ = whole.feed(body + PasteDecoder.end)
    var single = PasteDecoder()
    for scalar in (body + PasteDecoder.end).unicodeScalars { single.feed(scalar) }
    XCTAssertTrue(single.isComplete)
    XCTAssertEqual(single.text, whole.text)
    XCTAssertEqual(whole.text, "Zoë's 👨‍👩‍👧 idee\u{1B}[201 \u{1B}[20x\n")
  }

  func testTheTerminalReadsABracketedPasteAsOneKeyAndTheKeysAfterItAsKeys() throws {
    let body = "Wijk\u{1B}[Akeuken\u{1B}b café 社\r👍🏽\u{1B}"
    let input = "a" + PasteDecoder.start + body + PasteDecoder.end + "x\u{1B}[A"
    let terminal = try Terminal.headless(width: 80, height: 24, input: Array(input.utf8))
    defer { terminal.stop() }
    let keys = (0..<4).map { _ in terminal.readKey(timeoutMs: 50) }
    XCTAssertEqual(keys, [.char("a"), .paste("Wijk\u{1B}[Akeuken\u{1B}b café 社\n👍🏽\u{1B}"), .char("x"), .up])
  }

  func testALongPasteIsOneKey() throws {
    let line = "Buurtkeuken é 社區 👍🏽 "
    let body = String(repeating: line, count: 5_000 / line.count + 1).prefix(5_000)
    let terminal = try Terminal.headless(
      width: 80, height: 24, input: Array((PasteDecoder.start + body + PasteDecoder.end + "q").utf8))
    defer { terminal.stop() }
    XCTAssertEqual(terminal.readKey(timeoutMs: 50), .paste(String(body)))
    XCTAssertEqual(terminal.readKey(timeoutMs: 50), .char("q"))
  }

  func testAStrayEndMarkerIsSwallowedAndAnEmptyPasteIsNothing() throws {
    let keys = try keys(from: PasteDecoder.end + "x" + PasteDecoder.start + PasteDecoder.end + "y", count: 4)
    XCTAssertEqual(keys, [nil, .char("x"), nil, .char("y")])
  }

  func testEscThenAPasteAtOnceIsEscAndThePaste() throws {
    let keys = try keys(from: "\u{1B}" + PasteDecoder.start + "x" + PasteDecoder.end, count: 2)
    XCTAssertEqual(keys, [.escape, .paste("x")])
  }

  func keys(from input: String, count: Int) throws -> [Key?] {
    let terminal = try Terminal.headless(width: 80, height: 24, input: Array(input.utf8))
    defer { terminal.stop() }
    return (0..<count).map { _ in terminal.readKey(timeoutMs: 50) }
  }
}
