import FabriekUI
import XCTest

final class KeyTests: XCTestCase {
  func testNamesForHelpText() {
    XCTAssertEqual(Key.ctrl("r").name, "Ctrl-R")
    XCTAssertEqual(Key.shift(.right).name, "Shift-→")
    XCTAssertEqual(Key.backTab.name, "Shift-Tab")
    XCTAssertEqual(Key.alt("b").name, "Alt-b")
    XCTAssertEqual(Key.char("K").name, "K")
    XCTAssertEqual(Key.char(" ").name, "Space")
    XCTAssertEqual(Key.pageDown.name, "PgDn")
    XCTAssertEqual(Key.function(5).name, "F5")
    XCTAssertEqual(Key.escape.name, "Esc")
  }

  func testParsingAcceptsTheUsualSpellings() {
    XCTAssertEqual(Key(name: "C-r"), .ctrl("r"))
    XCTAssertEqual(Key(name: "Ctrl+R"), .ctrl("r"))
    XCTAssertEqual(Key(name: "^R"), .ctrl("r"))
    XCTAssertEqual(Key(name: "M-f"), .alt("f"))
    XCTAssertEqual(Key(name: "S-Left"), .shift(.left))
    XCTAssertEqual(Key(name: "shift-tab"), .backTab)
    XCTAssertEqual(Key(name: "BackTab"), .backTab)
    XCTAssertEqual(Key(name: "enter"), .enter)
    XCTAssertEqual(Key(name: "PageUp"), .pageUp)
    XCTAssertEqual(Key(name: "-"), .char("-"))
    XCTAssertEqual(Key(name: "Ctrl--"), .ctrl("-"))
    XCTAssertEqual(Key(name: "é"), .char("é"))
    XCTAssertEqual(Key(name: "Mouse-doubleClick@3,4"), .mouse(.doubleClick, x: 3, y: 4))
  }

  func testUnknownNamesAreRejected() {
    XCTAssertNil(Key(name: ""))
    XCTAssertNil(Key(name: "Ctrl-"))
    XCTAssertNil(Key(name: "Hyper-x"))
    XCTAssertNil(Key(name: "F99"))
    XCTAssertNil(Key(name: "ab"))
  }

  func testEveryKeyRoundTripsThroughItsName() {
    var keys: [Key] = [
      .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .insert, .delete, .backspace, .enter, .tab,
      .backTab, .escape, .resize, .char("q"), .char("?"), .char("社"), .char("👍🏽"), .char(" "), .char("-"),
      .ctrl("a"), .ctrl("s"), .ctrl(" "), .alt("b"), .alt("B"), .mouse(.press, x: 0, y: 23),
      Key(.left, modifiers: [.control, .shift]), Key(.pageUp, modifiers: .alt),
    ]
    keys += (1...12).map { Key.function($0) }
    keys += [Key.Code.up, .down, .left, .right].map { Key.shift($0) }
    for key in keys {
      XCTAssertEqual(Key(name: key.name), key, key.name)
    }
  }

  func testNormalFormsMakeEqualKeysEqual() {
    XCTAssertEqual(Key(.character("R"), modifiers: .control), .ctrl("r"))
    XCTAssertEqual(Key(.character("k"), modifiers: .shift), .char("K"))
    XCTAssertEqual(Key.char("K").typedCharacter, "K")
    XCTAssertNil(Key.ctrl("k").typedCharacter)
    XCTAssertEqual(Key.ctrl("ß").name, "Ctrl-ß")
  }
}
