import FabriekCore
import FabriekUI
import XCTest

final class SanitizerTests: XCTestCase {
  func testPlainTextIsOneSafeSegment() {
    XCTAssertEqual(Sanitizer.segments("Repair café 社 👍🏽"), [TextSegment("Repair café 社 👍🏽")])
    XCTAssertEqual(Sanitizer.segments(""), [])
  }

  func testAWindowTitleSequenceBecomesMarkersAndLosesItsPower() {
    let segments = Sanitizer.segments("a\u{1B}]0;owned\u{07}b")
    XCTAssertEqual(
      segments, [TextSegment("a"), .marker("␛"), TextSegment("]0;owned"), .marker("␇"), TextSegment("b")])
  }

  func testClearScreenSequenceIsShownNotObeyed() {
    XCTAssertEqual(Sanitizer.segments("\u{1B}[2J").plainText, "␛[2J")
  }

  func testOSC52ClipboardWriteIsShown() {
    let segments = Sanitizer.segments("\u{1B}]52;c;cm0gLXJmIH4=\u{07}")
    XCTAssertEqual(segments.plainText, "␛]52;c;cm0gLXJmIH4=␇")
    XCTAssertEqual(segments.filter(\.isMarker).count, 2)
  }

  func testC1ControlsIncludingCSIBecomeCodePointMarkers() {
    XCTAssertEqual(Sanitizer.segments("x\u{9B}2Jy"), [TextSegment("x"), .marker("⟨U+009B⟩"), TextSegment("2Jy")])
    XCTAssertEqual(Sanitizer.segments("\u{85}"), [.marker("⟨U+0085⟩")])
  }

  func testBidiOverridesAndIsolatesAreMarked() {
    XCTAssertEqual(Sanitizer.segments("abc\u{202E}fed"), [TextSegment("abc"), .marker("⟨U+202E⟩"), TextSegment("fed")])
    XCTAssertEqual(Sanitizer.segments("\u{2066}x\u{2069}").plainText, "⟨U+2066⟩x⟨U+2069⟩")
    XCTAssertEqual(Sanitizer.segments("\u{200F}\u{61C}").plainText, "⟨U+200F⟩⟨U+061C⟩")
  }

  func testZeroWidthCharactersAreMarkedButEmojiJoinersStay() {
    XCTAssertEqual(Sanitizer.segments("pass\u{200B}word").plainText, "pass⟨U+200B⟩word")
    XCTAssertEqual(Sanitizer.segments("\u{FEFF}x\u{2060}").plainText, "⟨U+FEFF⟩x⟨U+2060⟩")
    XCTAssertEqual(Sanitizer.segments("👨‍👩‍👧"), [TextSegment("👨‍👩‍👧")])
    XCTAssertEqual(Sanitizer.segments("a\u{200D}b").plainText, "a⟨U+200D⟩b")
  }

  func testLineAndParagraphSeparatorsAreMarkedEvenInMultiLineText() {
    XCTAssertEqual(Sanitizer.segments("a\u{2028}b").plainText, "a⟨U+2028⟩b")
    XCTAssertEqual(Sanitizer.lines("a\u{2029}b").map(\.plainText), ["a⟨U+2029⟩b"])
  }

  func testNewlinesAreMarkersInSingleLineTextAndBreaksInMultiLineText() {
    XCTAssertEqual(Sanitizer.segments("one\ntwo\r\nthree\tend").plainText, "one␊two␍␊three␉end")
    XCTAssertEqual(Sanitizer.lines("one\ntwo\r\nthree\rx").map(\.plainText), ["one", "two", "three␍x"])
    XCTAssertEqual(Sanitizer.lines("").count, 1)
  }

  func testDeleteAndNulUseControlPictures() {
    XCTAssertEqual(Sanitizer.segments("\u{7F}\u{0}").plainText, "␡␀")
  }

  func testSanitisedTextIsSafeAndSanitisingIsIdempotent() {
    let hostile = "\u{1B}[31mred\u{9B}0m\u{202E}\u{200B}\u{7}"
    let once = Sanitizer.segments(hostile).plainText
    XCTAssertTrue(Sanitizer.isSafe(once))
    XCTAssertEqual(Sanitizer.segments(once).plainText, once)
    XCTAssertFalse(once.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
  }

  func testScalarsTheCLibraryCannotPrintAreMarked() {
    XCTAssertEqual(Sanitizer.segments("\u{FFFF}").plainText, "⟨U+FFFF⟩")
    XCTAssertEqual(Sanitizer.segments("\u{E0001}").plainText, "⟨U+E0001⟩")
  }

  /// The screen uses the one definition in FabriekCore: a scalar on its own is marked exactly
  /// when `UnsafeCharacters` holds it or the C library cannot print it (the planes in between
  /// hold nothing but unassigned scalars).
  func testAScalarAloneIsMarkedExactlyWhenUnsafeOrUnprintable() {
    var mismatches: [String] = []
    for value in Array(0...0x3_FFFF) + Array(0xE_0000...0xE_01FF) + [0xF_0000, 0xF_FFFF, 0x10_FFFF] as [UInt32] {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let marked = !Sanitizer.isSafe(String(scalar))
      if marked != (UnsafeCharacters.contains(scalar) || DisplayWidth.of(scalar) == nil) {
        mismatches.append("U+" + String(value, radix: 16, uppercase: true))
      }
    }
    XCTAssertEqual(mismatches.prefix(20), [])
  }

  func testCombiningAccentsAndZWNJInWordsAreKept() {
    XCTAssertEqual(Sanitizer.segments("Cafe\u{301}"), [TextSegment("Cafe\u{301}")])
    XCTAssertEqual(Sanitizer.segments("می\u{200C}خواهم"), [TextSegment("می\u{200C}خواهم")])
  }
}
