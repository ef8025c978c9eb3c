import FabriekUI
import XCTest

/// The key maps are data: no key twice in a layer, and help and hints come from them.
final class KeyMapTests: XCTestCase {
  func testNoKeyIsBoundTwiceInAnyLayer() {
    for layer in KeyLayer.allCases {
      XCTAssertEqual(KeyMap.layer(layer).duplicateKeys, [], "\(layer)")
    }
  }

  func testTheDuplicateFinderFindsADuplicate() {
    let map = KeyMap(
      layer: .board,
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
      ("PgUp", .page(.previous)), ("PgDn", .page(.next)), ("e", .editIdea), ("f", .startFilter),
      ("t", .startTriage), ("p", .startPresenting), ("m", .mentors(.suggest)), ("b", .mentors(.openScreen)),
      ("r", .openReports),
    ]
    for (name, action) in expected {
      XCTAssertEqual(Key(name: name).flatMap(board.resolve), action, name)
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
      XCTAssertEqual(Key(name: name).flatMap(triage.resolve), action, name)
    }
    XCTAssertNil(Key(name: "0").flatMap(triage.resolve))
    XCTAssertEqual(triage.bindings.first?.keyNames, "1–9")
    XCTAssertEqual(
      triage.hints.map { "\($0.keys) \($0.hint)" },
      ["1–9 score", "a accept", "d decline", "p park", "m merge", "s skip", "u undo", "Esc board", "? help"])
    XCTAssertEqual(KeyMap.triagePrompt.resolve(.enter), .confirm)
    XCTAssertEqual(KeyMap.triagePrompt.resolve(.escape), .close)
    XCTAssertEqual(KeyMap.triagePrompt.resolve(.char("a")), .type("a"), "letters are typed into the prompt")
  }

  /// Every binding of every layer, on a line of its own under the layer's heading, as the
  /// overlay scrolls through them page by page.
  func testTheHelpOverlayListsEveryBindingOfEveryLayerUnderItsHeading() throws {
    var state = try ScreenFixtures.state(width: 120, height: 40)
    _ = update(&state, .key(.char("?")))
    var lines: [Int: String] = [:]
    for _ in 0..<12 {
      let screen = render(state).lines
      let rules = screen.indices.filter { screen[$0].hasPrefix("──") }
      let (top, bottom) = (try XCTUnwrap(rules.first), try XCTUnwrap(rules.last))
      for row in (top + 1)..<bottom { lines[state.helpScroll + row - top - 1] = screen[row] }
      _ = update(&state, .key(.pageDown))
    }
    let text = (0..<lines.count).map { (lines[$0] ?? "").trimmingCharacters(in: .whitespaces) }
    for layer in KeyLayer.allCases {
      let map = KeyMap.layer(layer)
      let heading = try XCTUnwrap(text.firstIndex(of: layer.helpHeading), "\(layer): \(layer.helpHeading)")
      var rows = map.bindings.map { ($0.keyNames, $0.help) }
      if let other = map.otherKeysHelp { rows.append((KeyMap.otherKeysName, other)) }
      for (offset, row) in rows.enumerated() {
        let line = text[heading + 1 + offset]
        XCTAssertTrue(line.hasPrefix(row.0 + " ") && line.hasSuffix(" " + row.1), "\(layer): “\(line)”")
      }
    }
  }

  func testTheFooterHintsComeFromTheKeyMap() throws {
    XCTAssertEqual(
      KeyMap.board.hints.map { "\($0.keys) \($0.hint)" },
      [
        "h/l column", "j/k card", "H/L move", "Enter open", "/ search", ": command", "? help", "q quit", "n new",
        "e edit", "f filter", "t triage", "p present",
      ])
    let screen = render(try ScreenFixtures.state())
    XCTAssertEqual(
      screen.lines[22].trimmingCharacters(in: .whitespaces),
      "h/l column  j/k card  H/L move  Enter open  / search  : command  ? help  q quit")
  }
}
