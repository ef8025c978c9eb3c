import FabriekCore
import FabriekUI
import XCTest

/// Ctrl-O / F2 in a multi-line field hands its text to `$VISUAL`/`$EDITOR` (an effect) and
/// the text that comes back replaces the field's.
final class EditorFormJourneyTests: XCTestCase {
  func focusDescription(_ journey: inout Journey) throws -> Int {
    journey.press("e")
    let description = try journey.fieldIndex("description")
    for _ in 0..<description { journey.press("Tab") }
    XCTAssertEqual(journey.state.form?.focus, description)
    return description
  }

  func testTheEditorKeyAsksForTheEditorAndItsTextReplacesTheField() throws {
    var journey = Journey(try ScreenFixtures.state())
    let id = try XCTUnwrap(journey.state.focusedID)
    let original = try XCTUnwrap(journey.state.board.ideas[id])
    _ = try focusDescription(&journey)
    journey.press("Ctrl-O")
    XCTAssertEqual(journey.effects.last, .editExternally(text: original.description.isEmpty ? "" : original.description + "\n"))
    XCTAssertEqual(journey.state.mode, .form)
    XCTAssertEqual(journey.state.form?.isDirty, false)

    let edited = "Tekst uit de editor — é 社\ntweede regel"
    journey.send(.editedExternally(text: edited))
    XCTAssertEqual(journey.state.form?.text("description"), edited)
    XCTAssertEqual(journey.state.form?.isDirty, true, "the form is dirty")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.commits, [.editIdea(id, [.description(edited)])])
    XCTAssertEqual(journey.state.board.ideas[id]?.description, edited)
  }

  func testTheEditorsFileEndsWithANewlineSoThatAnAppendedLineIsALineOfItsOwn() throws {
    var journey = Journey(try ScreenFixtures.state())
    _ = try focusDescription(&journey)
    let original = "eerste regel"
    journey.type(original)
    journey.press("Ctrl-O")
    guard case .editExternally(let file) = journey.effects.last else { return XCTFail("no editor effect") }
    XCTAssertEqual(file, original + "\n", "the file ends with a newline")
    // What `echo "nieuwe regel" >> file` leaves: the editor's trailing newline is dropped.
    journey.send(.editedExternally(text: file + "nieuwe regel\n"))
    XCTAssertEqual(journey.state.form?.text("description"), original + "\nnieuwe regel")
    journey.press("Ctrl-O")
    XCTAssertEqual(journey.effects.last, .editExternally(text: original + "\nnieuwe regel\n"))
    journey.send(.editedExternally(text: "windows\r\n"))
    XCTAssertEqual(journey.state.form?.text("description"), "windows")
  }

  func testF2AlsoOpensTheEditor() throws {
    var journey = Journey(try ScreenFixtures.state())
    _ = try focusDescription(&journey)
    journey.press("F2")
    guard case .editExternally = journey.effects.last else { return XCTFail("no editor effect") }
  }

  func testASingleLineFieldDoesNotOpenTheEditor() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("e", "Ctrl-O")
    XCTAssertEqual(journey.effects, [])
    XCTAssertEqual(journey.state.message?.isError, true)
    XCTAssertEqual(journey.state.mode, .form)
  }

  func testTextFromTheEditorAfterTheFormClosedIsIgnored() throws {
    var journey = Journey(try ScreenFixtures.state())
    let board = journey.state.board
    journey.send(.editedExternally(text: "te laat"))
    XCTAssertNil(journey.state.form)
    XCTAssertEqual(journey.state.board, board)
  }

  func testTheEditorKeyIsInTheFormKeyMap() {
    XCTAssertEqual(Key(name: "Ctrl-O").flatMap(KeyMap.form.action(for:)), .form(.openEditor))
    XCTAssertEqual(Key(name: "F2").flatMap(KeyMap.form.action(for:)), .form(.openEditor))
  }
}
