import FabriekCore
import FabriekUI
import XCTest

/// The quick note form on `N`: one multi-line field, saved as one `.addNote` by the user, now;
/// while a search is active `N` stays "previous match".
final class NoteFormJourneyTests: XCTestCase {
  func testANoteTypedInTheFormIsAddedToTheFocusedIdeaAsOneUndoStep() throws {
    var journey = Journey(try ScreenFixtures.state())
    let id = try XCTUnwrap(journey.state.focusedID)
    let original = try XCTUnwrap(journey.state.board.ideas[id])
    journey.press("N")
    XCTAssertEqual(journey.state.mode, .form)
    XCTAssertEqual(journey.state.form?.kind, .note(id))
    XCTAssertEqual(journey.state.form?.title, "Note on \(id.code)")
    journey.type("Gesprek met Noor — é 社")
    journey.press("Enter")
    journey.type("tweede regel 👍🏽")
    journey.press("Ctrl-S")
    let text = "Gesprek met Noor — é 社\ntweede regel 👍🏽"
    XCTAssertEqual(
      journey.commits,
      [.addNote(id, Note(id: Note.nextFreeID, at: journey.state.now, author: journey.state.user, text: text))])
    XCTAssertEqual(journey.state.mode, .board)
    let notes = try XCTUnwrap(journey.state.board.ideas[id]?.notes)
    XCTAssertEqual(notes.count, original.notes.count + 1)
    XCTAssertEqual(notes.last?.text, text)
    XCTAssertEqual(notes.last?.author, journey.state.user)
    XCTAssertEqual(journey.state.undoStack.count, 1, "one undo step")
    journey.press("u")
    XCTAssertEqual(journey.state.board.ideas[id], original)
  }

  func testAnEmptyNoteIsRefusedAndEscWithoutChangesCloses() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("N", "Ctrl-S")
    XCTAssertEqual(journey.commits, [])
    XCTAssertEqual(journey.state.mode, .form)
    XCTAssertEqual(journey.state.form?.errors[0], "Note is required")
    journey.press("Esc")
    XCTAssertEqual(journey.state.mode, .board)
    XCTAssertNil(journey.state.form)
  }

  func testTheNoteFieldOpensInTheEditor() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("N", "Ctrl-O")
    XCTAssertEqual(journey.effects.last, .editExternally(text: ""))
    journey.send(.editedExternally(text: "uit de editor"))
    XCTAssertEqual(journey.state.form?.text("text"), "uit de editor")
  }

  func testWhileSearchingNIsThePreviousMatchNotANote() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("l", "/")
    journey.type("CAFE")
    journey.press("Enter", "N")
    XCTAssertEqual(journey.state.mode, .board)
    XCTAssertNil(journey.state.form)
    XCTAssertEqual(journey.focusedCode, "I-0004")
  }
}
