import XCTest

@testable import FabriekUI

final class BlockFontTests: XCTestCase {
  /// Every character the font claims: printable Latin-1 and the euro sign.
  static let covered: [Character] =
    (UInt32(0x20)...0x7E).compactMap { Unicode.Scalar($0).map(Character.init) }
    + (UInt32(0xA0)...0xFF).compactMap { Unicode.Scalar($0).map(Character.init) } + ["€"]

  func testEveryLatin1CharacterHasAGlyphOfSixRowsOfOneWidth() throws {
    XCTAssertEqual(Self.covered.count, 95 + 96 + 1)
    for c in Self.covered {
      let glyph = try XCTUnwrap(
        BlockFont.glyph(for: c), "no glyph for U+\(String(c.unicodeScalars.first?.value ?? 0, radix: 16))")
      XCTAssertEqual(glyph.count, BlockFont.glyphHeight, "\(c)")
      let widths = Set(glyph.map(DisplayWidth.of))
      XCTAssertEqual(widths.count, 1, "rows of \(c) differ in width: \(glyph)")
      XCTAssertEqual(glyph.map(\.count), glyph.map(DisplayWidth.of), "one cell per character in \(c)")
      if c != " " && c != "\u{A0}" && c != "\u{AD}" {
        XCTAssertTrue(glyph.joined().contains { $0 != " " }, "\(c) draws nothing")
      }
      XCTAssertNotNil(BlockFont.render("A\(c)B", maxWidth: 200), "\(c) inside a word")
    }
  }

  func testDistinctCharactersHaveDistinctGlyphs() throws {
    let folded: Set<Character> = ["\u{A0}", "\u{AD}"]  // drawn as a space / not drawn at all
    let distinct = Self.covered.filter { !$0.isLowercase && !folded.contains($0) }
    var seen: [[String]: Character] = [:]
    for c in distinct {
      let glyph = try XCTUnwrap(BlockFont.glyph(for: c))
      if let other = seen[glyph] { XCTFail("\(c) and \(other) look the same") }
      seen[glyph] = c
    }
    XCTAssertNotEqual(BlockFont.glyph(for: "E"), BlockFont.glyph(for: "É"))
    XCTAssertNotEqual(BlockFont.glyph(for: "O"), BlockFont.glyph(for: "0"))
    XCTAssertNotEqual(BlockFont.glyph(for: "I"), BlockFont.glyph(for: "1"))
  }

  func testLowerCaseIsDrawnAsCapitalsExceptSharpSAndMicro() {
    XCTAssertEqual(BlockFont.glyph(for: "é"), BlockFont.glyph(for: "É"))
    XCTAssertEqual(BlockFont.glyph(for: "ÿ"), BlockFont.glyph(for: "Ÿ"))
    XCTAssertEqual(BlockFont.glyph(for: "e\u{301}"), BlockFont.glyph(for: "É"), "decomposed é")
    XCTAssertNotEqual(BlockFont.glyph(for: "ß"), BlockFont.glyph(for: "S"))
    XCTAssertNotEqual(BlockFont.glyph(for: "µ"), BlockFont.glyph(for: "M"))
    XCTAssertEqual(BlockFont.render("gent", maxWidth: 80), BlockFont.render("GENT", maxWidth: 80))
  }

  func testAShortWordIsDrawnExactly() {
    XCTAssertEqual(
      BlockFont.render("Gent", maxWidth: 23),
      [
        " ████ █████ █   █ █████",
        "█     █     ██  █   █  ",
        "█  ██ ████  █ █ █   █  ",
        "█   █ █     █  ██   █  ",
        " ████ █████ █   █   █  ",
      ])
  }

  func testAccentsGetARowAboveTheLetters() {
    XCTAssertEqual(
      BlockFont.render("Né", maxWidth: 80),
      [
        "       ▄▀  ",
        "█   █ █████",
        "██  █ █    ",
        "█ █ █ ████ ",
        "█  ██ █    ",
        "█   █ █████",
      ])
  }

  func testLongTitlesWrapAtSpacesWithABlankRowBetweenLines() throws {
    let rows = try XCTUnwrap(BlockFont.render("Repair café Gent", maxWidth: 40))
    XCTAssertEqual(rows.count, 5 + 1 + 6 + 1 + 5, "REPAIR / CAFÉ / GENT: an accent row only on the middle line")
    XCTAssertEqual(rows[5], "")
    XCTAssertEqual(rows[12], "")
    XCTAssertEqual(Array(rows[6..<12]), BlockFont.render("CAFÉ", maxWidth: 40))
    XCTAssertEqual(Array(rows[13...]), BlockFont.render("GENT", maxWidth: 40))
    XCTAssertTrue(rows.allSatisfy { DisplayWidth.of($0) <= 40 })
    let oneLine = try XCTUnwrap(BlockFont.render("ab cd", maxWidth: 200))
    XCTAssertEqual(oneLine.count, 5)
    XCTAssertEqual(DisplayWidth.of(oneLine[0]), 11 + 3 + 11, "words are three cells apart")
  }

  func testTooWideOrUncoveredTitlesAreRefused() {
    XCTAssertNil(BlockFont.render("Gent", maxWidth: 22))
    XCTAssertNil(BlockFont.render("Zorgboerderijcoöperatie", maxWidth: 80), "one word wider than the room")
    XCTAssertNil(BlockFont.render("東京の庭", maxWidth: 200))
    XCTAssertNil(BlockFont.render("مقهى", maxWidth: 200))
    XCTAssertNil(BlockFont.render("Café ☕", maxWidth: 200))
    XCTAssertNil(BlockFont.render("Gent 👍🏽", maxWidth: 200))
    XCTAssertNil(BlockFont.render("Tab\u{7}bell", maxWidth: 200))
    XCTAssertNil(BlockFont.render("   ", maxWidth: 200))
    XCTAssertNil(BlockFont.render("Œuvre", maxWidth: 200), "Œ is not Latin-1")
    XCTAssertNotNil(BlockFont.render("Ça va? ¡Sí! «Ouvre» 1/2 = ½ · 5 €", maxWidth: 200))
  }
}
