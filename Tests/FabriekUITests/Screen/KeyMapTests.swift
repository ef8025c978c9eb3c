import FabriekUI
import XCTest

/// The key maps are data: no key twice in a mode, and help and hints come from them.
final class KeyMapTests: XCTestCase {
  func testNoKeyIsBoundTwiceInAnyMode() {
    for mode in Mode.allCases {
      XCTAssertEqual(KeyMap.table(for: mode).duplicateKeys, [], "\(mode)")
    }
  }

  func testTheDuplicateFinderFindsADuplicate() {
    let map = KeyMap(
      mode: .board,
      bindings: [
        KeyBinding([.char("j"), .down], .focusCard(.next), help: "next"),
        KeyBinding([.char("x"), .down], .quit, help: "quit"),
      ])
    XCTAssertEqual(map.duplicateKeys, [.down])
  }

  func testTheBoardKeysOfDesignSection3AreBound() {
    let board = KeyMap.board
    let expected: [(String, Action)] = [
      ("h", .focusColumn(.previous)), ("←", .focusColumn(.previous)), ("l", .focusColumn(.next)),
      ("→", .focusColumn(.next)), ("j", .focusCard(.next)), ("↓", .focusCard(.next)), ("k", .focusCard(.previous)),
      ("↑", .focusCard(.previous)), ("H", .moveCard(.previous)), ("Shift-←", .moveCard(.previous)),
      ("L", .moveCard(.next)), ("Shift-→", .moveCard(.next)), ("J", .reorderCard(.next)),
      ("K", .reorderCard(.previous)),
      ("Enter", .openDetail), ("u", .undo), ("Ctrl-R", .redo), ("/", .startSearch), ("n", .jumpToMatch(.next)),
      ("N", .jumpToMatch(.previous)), (":", .openPalette), ("T", .nextTheme), ("?", .showHelp), ("q", .quit),
      ("Ctrl-C", .quit), ("g", .focusFirst), ("Home", .focusFirst), ("G", .focusLast), ("End", .focusLast),
      ("PgUp", .page(.previous)), ("PgDn", .page(.next)), ("e", .unavailable(.edit)), ("f", .unavailable(.filter)),
      ("t", .unavailable(.triage)), ("p", .unavailable(.present)), ("m", .unavailable(.mentors)),
      ("r", .unavailable(.reports)),
    ]
    for (name, action) in expected {
      XCTAssertEqual(Key(name: name).flatMap(board.action(for:)), action, name)
    }
  }

  func testTheHelpOverlayListsEveryBindingOfEveryMode() throws {
    var state = try ScreenFixtures.state(width: 120, height: 40)
    _ = update(&state, .key(.char("?")))
    var seen: [String] = []
    for _ in 0..<10 {
      seen += render(state).lines
      _ = update(&state, .key(.pageDown))
    }
    let text = seen.joined(separator: "\n")
    for mode in Mode.allCases {
      for binding in KeyMap.table(for: mode).bindings {
        XCTAssertTrue(text.contains(binding.keyNames + " "), "\(mode): \(binding.keyNames)")
        XCTAssertTrue(text.contains(binding.help), "\(mode): \(binding.help)")
      }
    }
  }

  func testTheFooterHintsComeFromTheKeyMap() throws {
    XCTAssertEqual(
      KeyMap.board.hints.map { "\($0.keys) \($0.hint)" },
      ["h/l column", "j/k card", "H/L move", "Enter open", "/ search", ": command", "? help", "q quit"])
    let screen = render(try ScreenFixtures.state())
    XCTAssertEqual(
      screen.lines[22].trimmingCharacters(in: .whitespaces),
      "h/l column  j/k card  H/L move  Enter open  / search  : command  ? help  q quit")
  }
}
