import FabriekCore
import FabriekUI
import XCTest

/// A paste (`Key.paste`, what the terminal makes of a bracketed paste) is one edit of the
/// focused field, or of the search or command line; elsewhere none of its characters is a key.
final class PasteJourneyTests: XCTestCase {
  /// 5,000 characters of accents, CJK, emoji with skin tones and line breaks.
  static let longText: String = {
    let line = "Buurtkeuken é (e\u{301}) 社區廚房 👍🏽👨‍👩‍👧 café\n"
    return String(String(repeating: line, count: 5_000 / line.count + 1).prefix(5_000))
  }()

  func testAPasteIntoTheDescriptionIsOneEditHoldingExactlyThePastedText() throws {
    var journey = Journey(try ScreenFixtures.state())
    let id = try XCTUnwrap(journey.state.focusedID)
    journey.press("e")
    try journey.tab(to: "description")
    journey.press("Ctrl-U")
    XCTAssertEqual(journey.state.form?.text("description"), "")
    XCTAssertEqual(Self.longText.count, 5_000)
    journey.send(.key(.paste(Self.longText)))
    XCTAssertEqual(journey.state.form?.text("description"), Self.longText, "line breaks kept in a multi-line field")
    guard case .text(let field) = journey.state.form?.focusedField?.value else { return XCTFail("no text field") }
    XCTAssertEqual(field.cursor, 5_000, "the cursor after the pasted text")
    XCTAssertEqual(journey.state.mode, .form)
    XCTAssertTrue(journey.effects.isEmpty, "no character of the paste was taken for a key (q, :, Ctrl-S …)")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.commits, [.editIdea(id, [.description(Self.longText)])], "one operation")
    XCTAssertEqual(journey.state.board.ideas[id]?.description, Self.longText)
    XCTAssertEqual(journey.state.undoStack.count, 1, "one undo step")
  }

  func testAPasteGoesInAtTheCursorAndOneLineFieldsGetSpacesForLineBreaks() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("e", "Home", "→", "→", "→", "→", "→", "→")  // "Repair| café Gent"
    journey.send(.key(.paste("ed\r\nby\tthe\nneighbours,")))
    XCTAssertEqual(journey.state.form?.text("title"), "Repaired by the neighbours, café Gent")
    journey.press("Tab")
    journey.press("Ctrl-U", "Ctrl-K")
    journey.send(.key(.paste("e\u{301}en zin")))
    XCTAssertEqual(journey.state.form?.text("pitch"), "e\u{301}en zin")
    journey.press("Home")
    journey.send(.key(.paste("\u{1B}[31m")))
    XCTAssertEqual(journey.state.form?.text("pitch"), "\u{1B}[31me\u{301}en zin", "the text is kept as pasted")
    let screen = journey.screen.lines.joined(separator: "\n")
    XCTAssertTrue(screen.contains("␛[31me\u{301}en zin"), "and drawn with a marker for the ESC:\n\(screen)")
    for _ in 0..<(try journey.fieldIndex("tags") - journey.fieldIndex("pitch")) { journey.press("Tab") }
    journey.press("Ctrl-U")
    journey.send(.key(.paste("zorg\nbuurt\r\nvoeding\n")))
    XCTAssertEqual(journey.state.form?.list("tags"), ["zorg", "buurt", "voeding"], "a line is an item in a list")
  }

  func testOnTheBoardAPasteIsNoKeysAndInTheSearchOrPaletteItIsText() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.send(.key(.paste("qLL:quit\n")))
    XCTAssertEqual(journey.state.mode, .board)
    XCTAssertEqual(journey.effects, [], "no quit, no move")
    XCTAssertEqual(journey.stage(of: "I-0001"), Stage.incoming)
    XCTAssertTrue(journey.screen.lines[23].contains("Nothing here takes pasted text"), journey.screen.lines[23])

    journey.press("/")
    journey.send(.key(.paste("voor\nnieuw")))
    XCTAssertEqual(journey.state.search.query, "voor nieuw")
    XCTAssertEqual(journey.state.search.matches, [IdeaID(4)])
    journey.press("Esc", ":")
    journey.send(.key(.paste("go I-0004\n")))
    XCTAssertEqual(journey.state.palette.text, "go I-0004 ")
    journey.press("Enter")
    XCTAssertEqual(journey.focusedCode, "I-0004")
  }
}
