import FabriekCore
import FabriekUI
import XCTest

/// The new-idea form through the real key map and `update`: create, refuse, cancel, undo, redo.
final class FormJourneyTests: XCTestCase {
  let title = "Crèche 社会 café"

  func testCreatingAnIdeaWithAccentsAndCJKThenUndoAndRedo() throws {
    var journey = Journey(try ScreenFixtures.state())
    let id = IdeaID(journey.state.board.nextIdea)
    let count = journey.state.board.ideas.count
    journey.press("n")
    XCTAssertEqual(journey.state.mode, .form)
    journey.type(title)
    journey.press("Tab")
    journey.type("Opvang en buurtkeuken")
    journey.press("Tab", "→", "→", "→", "Tab")
    journey.type("sof")
    journey.press("Enter", "Tab", "Space")
    journey.press("Ctrl-S")

    XCTAssertEqual(journey.commits.count, 1, "one operation")
    XCTAssertEqual(journey.state.mode, .board)
    XCTAssertNil(journey.state.form)
    let idea = try XCTUnwrap(journey.state.board.ideas[id])
    XCTAssertEqual(idea.title, title)
    XCTAssertEqual(idea.pitch, "Opvang en buurtkeuken")
    XCTAssertEqual(idea.applicantKind, .socialEnterprise)
    XCTAssertEqual(idea.origin, Origin(kind: .ideaCampaign))
    XCTAssertEqual(idea.stage, Stage.incoming)
    XCTAssertEqual(idea.created, ScreenFixtures.now)
    XCTAssertEqual(journey.focusedCode, id.code, "the focus lands on the new card")
    XCTAssertEqual(journey.state.undoStack.count, 1, "one undo step")

    journey.press("u")
    XCTAssertNil(journey.state.board.ideas[id])
    XCTAssertEqual(journey.state.board.ideas.count, count)
    journey.press("Ctrl-R")
    XCTAssertEqual(journey.state.board.ideas[id]?.title, title)
    XCTAssertEqual(journey.state.board.ideas[id], idea, "redo brings back exactly the same record")
  }

  func testAnEmptyTitleIsRefusedWithTheReasonBesideItAndNothingIsCommitted() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("n", "Tab")
    journey.type("  ")
    journey.press("Shift-Tab")
    journey.type("   ")
    journey.press("Tab", "Ctrl-S")
    XCTAssertEqual(journey.commits, [])
    XCTAssertEqual(journey.state.mode, .form)
    XCTAssertEqual(journey.state.form?.focus, 0, "the cursor is back on the title")
    XCTAssertEqual(journey.state.form?.errors, [0: "an idea needs a title"])
    let screen = journey.screen
    let area = FormViewGeometry.title
    XCTAssertTrue(screen.text(row: area.y + 1).contains("an idea needs a title"), screen.text(row: area.y + 1))
    XCTAssertEqual(screen.cursor, Point(x: area.x + 3, y: area.y), "the cursor is on the title field")
  }

  func testTheCursorSitsAfterTheGraphemesTypedByDisplayWidth() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("n")
    journey.type("e\u{301}社👍🏽")
    let area = FormViewGeometry.title
    XCTAssertEqual(journey.screen.cursor, Point(x: area.x + 5, y: area.y))
    journey.press("Backspace")
    XCTAssertEqual(journey.state.form?.text("title"), "e\u{301}社")
    XCTAssertEqual(journey.screen.cursor, Point(x: area.x + 3, y: area.y))
    journey.press("←", "←")
    XCTAssertEqual(journey.screen.cursor, Point(x: area.x, y: area.y))
    journey.press("Ctrl-E")
    XCTAssertEqual(journey.screen.cursor, Point(x: area.x + 3, y: area.y))
    XCTAssertTrue(journey.screen.text(row: area.y).contains("e\u{301}社"))
  }

  func testCancellingAnUntouchedFormClosesItAtOnce() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("n", "Tab", "Esc")
    XCTAssertEqual(journey.state.mode, .board)
    XCTAssertNil(journey.state.form)
    XCTAssertEqual(journey.commits, [])
  }

  func testCancellingAChangedFormAsksFirst() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("n")
    journey.type("Repair café")
    journey.press("Esc")
    XCTAssertEqual(journey.state.form?.isConfirmingDiscard, true)
    XCTAssertTrue(journey.screen.text(row: 21).contains("Discard changes? y/n"), journey.screen.text(row: 21))
    journey.press("n")
    XCTAssertEqual(journey.state.mode, .form, "n keeps editing")
    XCTAssertEqual(journey.state.form?.text("title"), "Repair café", "and the answer is not typed into the field")
    journey.press("Esc", "y")
    XCTAssertEqual(journey.state.mode, .board)
    XCTAssertNil(journey.state.form)
    XCTAssertEqual(journey.commits, [])
    XCTAssertEqual(journey.state.message?.text, "Changes discarded")
  }

  func testTheNewIdeaFormAt80x24WithAReasonBesideTheTitle() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("n", "Tab")
    journey.type("Een buurtkeuken voor 社会 👍🏽")
    journey.press("Tab", "→", "Ctrl-S")
    assertSnapshot(journey.screen, named: "form-new-idea-80x24")
  }

  func testTheFormModeIsInTheHelpAndHasNoDuplicateKeys() {
    XCTAssertEqual(KeyMap.form.duplicateKeys, [])
    let expected: [(String, FormAction)] = [
      ("Tab", .focusField(.next)), ("Shift-Tab", .focusField(.previous)), ("↓", .arrow(.next)),
      ("↑", .arrow(.previous)), ("Ctrl-A", .edit(.home)), ("Ctrl-E", .edit(.end)),
      ("Ctrl-U", .edit(.killToStart)), ("Ctrl-K", .edit(.killToEnd)), ("Ctrl-W", .edit(.deleteWordBackward)),
      ("Alt-b", .edit(.wordLeft)), ("Alt-f", .edit(.wordRight)), ("Home", .edit(.home)), ("End", .edit(.end)),
      ("Backspace", .edit(.deleteBackward)), ("Del", .edit(.deleteForward)), ("Ctrl-S", .save), ("Esc", .cancel),
    ]
    for (name, action) in expected {
      XCTAssertEqual(Key(name: name).flatMap(KeyMap.form.action(for:)), .form(action), name)
    }
  }
}

/// Where the new-idea form draws its title field on an 80×24 screen (label column 18 cells).
enum FormViewGeometry {
  static let title = Point(x: 20, y: 2)
}
