import FabriekUI
import XCTest

final class ClippingTests: XCTestCase {
  func testTextThatFitsIsUnchanged() {
    XCTAssertEqual(DisplayWidth.clip("Repair café", to: 11), "Repair café")
    XCTAssertEqual(DisplayWidth.clip("社会", to: 4), "社会")
  }

  func testClippingCountsCellsNotCharacters() {
    XCTAssertEqual(DisplayWidth.clip("Repair café Gent", to: 8), "Repair …")
    XCTAssertEqual(DisplayWidth.clip("社会的企業", to: 6), "社会…")
    XCTAssertEqual(DisplayWidth.of(DisplayWidth.clip("社会的企業", to: 6)), 5)
  }

  func testAWideCharacterIsNeverCutInHalf() {
    XCTAssertEqual(DisplayWidth.clip("社会的企業", to: 5), "社会…")
    XCTAssertEqual(DisplayWidth.clip("a社会", to: 4), "a社…")
    XCTAssertEqual(DisplayWidth.prefix("a社会", width: 2), "a")
    XCTAssertEqual(DisplayWidth.clip("社会", to: 1), "…")
  }

  func testCombiningAndEmojiClustersStayWhole() {
    XCTAssertEqual(DisplayWidth.clip("e\u{301}e\u{301}e\u{301}", to: 2), "e\u{301}…")
    XCTAssertEqual(DisplayWidth.clip("👍🏽👍🏽👍🏽", to: 5), "👍🏽👍🏽…")
  }

  func testZeroAndNegativeWidthsGiveEmptyText() {
    XCTAssertEqual(DisplayWidth.clip("abc", to: 0), "")
    XCTAssertEqual(DisplayWidth.clip("abc", to: -3), "")
  }

  func testPaddingByDisplayWidth() {
    XCTAssertEqual(DisplayWidth.pad("社", to: 4), "社  ")
    XCTAssertEqual(DisplayWidth.pad("社", to: 4, alignment: .trailing), "  社")
    XCTAssertEqual(DisplayWidth.pad("ab", to: 5, alignment: .center), " ab  ")
    XCTAssertEqual(DisplayWidth.fit("社会的企業", to: 6), "社会… ")
    XCTAssertEqual(DisplayWidth.of(DisplayWidth.fit("社会的企業", to: 6)), 6)
  }
}
