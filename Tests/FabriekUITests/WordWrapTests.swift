import FabriekUI
import XCTest

final class WordWrapTests: XCTestCase {
  func lines(_ text: String, _ width: Int) -> [String] {
    WordWrap.wrap(text, width: width).map(\.plainText)
  }

  func testWrapsAtSpacesAndDropsTheSpaceAtTheBreak() {
    XCTAssertEqual(lines("social innovation in Flanders", 12), ["social", "innovation", "in Flanders"])
  }

  func testHardBreaksAWordLongerThanTheLine() {
    XCTAssertEqual(lines("Maatschappelijkeinnovatie ok", 10), ["Maatschapp", "elijkeinno", "vatie ok"])
  }

  func testWrapsByDisplayWidthAndNeverSplitsAWideCharacter() {
    XCTAssertEqual(lines("社会的企業です", 5), ["社会", "的企", "業で", "す"])
    XCTAssertEqual(lines("👍🏽 👍🏽 👍🏽", 5), ["👍🏽 👍🏽", "👍🏽"])
  }

  func testKeepsParagraphsAndEmptyLines() {
    XCTAssertEqual(lines("first\n\nthird line", 20), ["first", "", "third line"])
    XCTAssertEqual(lines("", 10), [""])
  }

  func testMarkersAreWrappedWholeAndKeepTheirKind() {
    let wrapped = WordWrap.wrap("ab\u{202E}cd efgh", width: 6)
    XCTAssertEqual(wrapped.map(\.plainText), ["ab", "⟨U+202E⟩", "cd", "efgh"])
    XCTAssertEqual(wrapped[1], [.marker("⟨U+202E⟩")])
    XCTAssertEqual(
      WordWrap.wrap("x\u{1B}y z", width: 3), [[TextSegment("x"), .marker("␛"), TextSegment("y")], [TextSegment("z")]])
  }

  func testEveryLineFitsTheWidth() {
    let text = "Een idee voor een repair café in Gent 社会的企業 met 👨‍👩‍👧 en e\u{301}e\u{301}n lange omschrijving"
    for width in 2...30 {
      for line in WordWrap.wrap(text, width: width) {
        XCTAssertLessThanOrEqual(line.displayWidth, width, "width \(width): \(line.plainText)")
      }
    }
  }
}
