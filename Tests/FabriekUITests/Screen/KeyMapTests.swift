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
      ("Enter", .openDetail), ("u", .undo), ("Ctrl-R", .redo), ("/", .startSearch), ("n", .openForm(.newIdea)),
      ("N", .addNote), (":", .openPalette), ("T", .nextTheme), ("?", .showHelp), ("q", .quit),
      ("Ctrl-C", .quit), ("g", .focusFirst), ("Home", .focusFirst), ("G", .focusLast), ("End", .focusLast),
      ("PgUp", .page(.previous)), ("PgDn", .page(.next)), ("e", .editIdea), ("f", .unavailable(.filter)),
      ("t", .startTriage), ("p", .startPresenting), ("m", .unavailable(.mentors)),
      ("r", .unavailable(.reports)),
    ]
    for (name, action) in expected {
      XCTAssertEqual(Key(name: name).flatMap(board.action(for:)), action, name)
    }
  }

  func testTheTriageKeysOfIssue5AreBoundAndEachDigitScoresItself() {
    let triage = KeyMap.triage
    let expected: [(String, Action)] = [
      ("1", .score(1)), ("3", .score(3)), ("5", .score(5)), ("9", .score(9)), ("↓", .criterion(.next)),
      ("Tab", .criterion(.next)), ("↑", .criterion(.previous)), ("Shift-Tab", .criterion(.previous)),
      ("a", .decide(.accept)), ("A", .decide(.acceptInto)), ("d", .decide(.decline)), ("p", .decide(.park)),
      ("m", .decide(.merge)), ("s", .candidate(.next)), ("→", .candidate(.next)), ("←", .candidate(.previous)),
      ("u", .undo), ("Ctrl-R", .redo), ("Esc", .close), ("q", .close), ("?", .showHelp),
      ("Ctrl-C", .quit),
    ]
    for (name, action) in expected {
      XCTAssertEqual(Key(name: name).flatMap(triage.action(for:)), action, name)
    }
    XCTAssertNil(Key(name: "0").flatMap(triage.action(for:)))
    XCTAssertEqual(triage.bindings.first?.keyNames, "1–9")
    XCTAssertEqual(
      triage.hints.map { "\($0.keys) \($0.hint)" },
      ["1–9 score", "a accept", "d decline", "p park", "m merge", "s skip", "u undo", "Esc board", "? help"])
    XCTAssertEqual(KeyMap.triagePrompt.action(for: .enter), .confirm)
    XCTAssertEqual(KeyMap.triagePrompt.action(for: .escape), .close)
    XCTAssertNil(KeyMap.triagePrompt.action(for: .char("a")), "letters are typed into the prompt")
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
