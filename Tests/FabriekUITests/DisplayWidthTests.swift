import FabriekUI
import XCTest

final class DisplayWidthTests: XCTestCase {
  func testLatinLettersPrecomposedOrCombinedAreOneCell() {
    XCTAssertEqual(DisplayWidth.of("é" as Character), 1)
    XCTAssertEqual(DisplayWidth.of("e\u{301}" as Character), 1)
    XCTAssertEqual(DisplayWidth.of("Zoë"), 3)
    XCTAssertEqual(DisplayWidth.of("Ŵ\u{323}\u{301}"), 1)
  }

  func testCJKAndFullwidthAreTwoCellsAndHalfwidthKanaOne() {
    XCTAssertEqual(DisplayWidth.of("社" as Character), 2)
    XCTAssertEqual(DisplayWidth.of("社会的"), 6)
    XCTAssertEqual(DisplayWidth.of("한" as Character), 2)
    XCTAssertEqual(DisplayWidth.of("\u{1100}\u{1161}" as Character), 2, "conjoining jamo L+V")
    XCTAssertEqual(DisplayWidth.of("Ａ" as Character), 2)
    XCTAssertEqual(DisplayWidth.of("ｱ" as Character), 1)
  }

  func testEmojiWithSkinToneAndZWJSequencesAreTwoCells() {
    XCTAssertEqual(DisplayWidth.of("👍" as Character), 2)
    XCTAssertEqual(DisplayWidth.of("👍🏽" as Character), 2)
    XCTAssertEqual(DisplayWidth.of("👨‍👩‍👧" as Character), 2)
    XCTAssertEqual("👨‍👩‍👧".count, 1)
    XCTAssertEqual(DisplayWidth.of("🏳️‍🌈" as Character), 2)
  }

  func testVariationSelector16GivesEmojiPresentationTwoCells() {
    XCTAssertEqual(DisplayWidth.of("❤" as Character), 1, "text presentation")
    XCTAssertEqual(DisplayWidth.of("❤️" as Character), 2)
    XCTAssertEqual(DisplayWidth.of("1️⃣" as Character), 2)
    XCTAssertEqual(DisplayWidth.of("⌚️" as Character), 2)
  }

  func testFlagsAreTwoCellsDrawnAsTheirLetters() {
    XCTAssertEqual(DisplayWidth.of("🇧🇪" as Character), 2)
    XCTAssertEqual(DisplayWidth.glyphs(of: "🇧🇪").map(\.scalars), [["B"], ["E"]])
  }

  func testZeroWidthCharactersAreZero() {
    for scalar in ["\u{200B}", "\u{2060}", "\u{FEFF}", "\u{200D}", "\u{202E}"] {
      XCTAssertEqual(
        DisplayWidth.of(Character(scalar)), 0, "U+\(String(scalar.unicodeScalars.first?.value ?? 0, radix: 16))")
    }
  }

  func testScalarWidthsMatchTheCLibraryTable() {
    XCTAssertEqual(DisplayWidth.of("a" as Unicode.Scalar), 1)
    XCTAssertEqual(DisplayWidth.of("\u{301}" as Unicode.Scalar), 0)
    XCTAssertEqual(DisplayWidth.of("社" as Unicode.Scalar), 2)
    XCTAssertNil(DisplayWidth.of("\u{1B}" as Unicode.Scalar))
    XCTAssertNil(DisplayWidth.of("\u{9B}" as Unicode.Scalar))
    XCTAssertNil(DisplayWidth.of("\u{2028}" as Unicode.Scalar), "glibc cannot print U+2028")
  }

  func testGlyphsSendNoAmbiguousPartsToTheTerminal() {
    XCTAssertEqual(DisplayWidth.glyphs(of: "👍🏽"), [Glyph(scalars: ["👍"], width: 2)])
    XCTAssertEqual(DisplayWidth.glyphs(of: "👨‍👩‍👧"), [Glyph(scalars: ["👨"], width: 2)])
    XCTAssertEqual(DisplayWidth.glyphs(of: "❤️"), [Glyph(scalars: ["❤"], width: 1), Glyph(scalars: [" "], width: 1)])
    XCTAssertEqual(
      DisplayWidth.glyphs(of: "1️⃣"), [Glyph(scalars: ["1", "\u{20E3}"], width: 1), Glyph(scalars: [" "], width: 1)])
    XCTAssertEqual(DisplayWidth.glyphs(of: "e\u{301}"), [Glyph(scalars: ["e", "\u{301}"], width: 1)])
  }

  func testALoneCombiningMarkGetsADottedCircleAndMarksAreCappedAtFour() {
    XCTAssertEqual(DisplayWidth.glyphs(of: "\u{301}"), [Glyph(scalars: ["\u{25CC}", "\u{301}"], width: 1)])
    let zalgo = Character("e" + String(repeating: "\u{301}\u{316}", count: 10))
    XCTAssertEqual(DisplayWidth.of(zalgo), 1)
    XCTAssertEqual(DisplayWidth.glyphs(of: zalgo).first?.scalars.count, 5)
  }

  func testAClusterWithTwoSpacingCharactersIsDrawnCellByCell() {
    let ka = Character("\u{915}\u{93E}")  // का: letter + spacing vowel sign
    XCTAssertEqual(DisplayWidth.of(ka), 2)
    XCTAssertEqual(DisplayWidth.glyphs(of: ka).count, 2)
  }
}
