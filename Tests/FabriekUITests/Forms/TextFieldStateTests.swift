import FabriekUI
import XCTest

/// Readline editing in a single-line field, one grapheme cluster at a time.
final class TextFieldStateTests: XCTestCase {
  /// `é` (one scalar), `e + U+0301`, `社` (two cells) and `👍🏽` (skin tone) are one step each.
  static let clusters: [Character] = ["\u{E9}", "e\u{301}", "社", "👍🏽"]

  func field(_ text: String, cursor: Int? = nil) -> TextFieldState { TextFieldState(text, cursor: cursor) }

  func testTypingInsertsAtTheCursor() {
    var f = field("ac", cursor: 1)
    f.insert("b")
    XCTAssertEqual(f.text, "abc")
    XCTAssertEqual(f.cursor, 2)
  }

  func testBackspaceAndDeleteRemoveAWholeClusterOfEachKind() {
    for cluster in Self.clusters {
      var f = field("a" + String(cluster) + "b", cursor: 2)
      f.apply(.deleteBackward)
      XCTAssertEqual(f.text, "ab", "Backspace over \(cluster.unicodeScalars.map(\.value))")
      XCTAssertEqual(f.cursor, 1)
      var g = field("a" + String(cluster) + "b", cursor: 1)
      g.apply(.deleteForward)
      XCTAssertEqual(g.text, "ab", "Delete over \(cluster.unicodeScalars.map(\.value))")
      XCTAssertEqual(g.cursor, 1)
    }
  }

  func testArrowsStepOverAWholeClusterAndTheCursorColumnIsItsDisplayWidth() {
    var f = field("x" + String(Self.clusters), cursor: 0)
    let widths = [1, 1, 1, 2, 2]
    var column = 0
    for (step, width) in widths.enumerated() {
      XCTAssertEqual(DisplayWidth.of(String(f.beforeCursor)), column, "before step \(step)")
      f.apply(.right)
      column += width
    }
    XCTAssertEqual(f.cursor, 5)
    XCTAssertEqual(DisplayWidth.of(String(f.beforeCursor)), 7)
    f.apply(.right)
    XCTAssertEqual(f.cursor, 5, "the cursor stops at the end")
    f.apply(.left)
    XCTAssertEqual(String(f.beforeCursor), "x\u{E9}e\u{301}社")
  }

  func testACombiningMarkTypedAfterALetterJoinsItsCluster() {
    var f = field("e")
    f.insert("\u{301}")
    XCTAssertEqual(f.text, "e\u{301}")
    XCTAssertEqual(f.text.count, 1)
    XCTAssertEqual(f.cursor, 1)
  }

  func testHomeEndAndKills() {
    var f = field("café 社会 👍🏽", cursor: 5)
    f.apply(.home)
    XCTAssertEqual(f.cursor, 0)
    f.apply(.end)
    XCTAssertEqual(f.cursor, 9)
    f.apply(.home)
    f.apply(.wordRight)
    XCTAssertEqual(f.cursor, 4)
    f.apply(.killToEnd)
    XCTAssertEqual(f.text, "café")
    var g = field("café 社会 👍🏽", cursor: 7)
    g.apply(.killToStart)
    XCTAssertEqual(g.text, " 👍🏽")
    XCTAssertEqual(g.cursor, 0)
  }

  func testWordMovesAndCtrlWDeleteTheWordBeforeTheCursor() {
    var f = field("crèche  社会 resto")
    f.apply(.wordLeft)
    XCTAssertEqual(f.cursor, 11)
    f.apply(.wordLeft)
    XCTAssertEqual(f.cursor, 8)
    f.apply(.wordLeft)
    XCTAssertEqual(f.cursor, 0)
    f.apply(.end)
    f.apply(.deleteWordBackward)
    XCTAssertEqual(f.text, "crèche  社会 ")
    f.apply(.deleteWordBackward)
    XCTAssertEqual(f.text, "crèche  ")
    f.apply(.deleteWordBackward)
    XCTAssertEqual(f.text, "")
    f.apply(.deleteWordBackward)
    f.apply(.deleteBackward)
    XCTAssertEqual(f.text, "", "nothing to delete is not an error")
  }
}
