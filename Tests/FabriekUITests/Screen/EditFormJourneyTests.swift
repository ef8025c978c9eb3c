import FabriekCore
import FabriekUI
import XCTest

/// The edit-idea form on `e`: prefilled, sections, only changed fields saved as one operation.
final class EditFormJourneyTests: XCTestCase {
  func testEditingThreeFieldsInTwoSectionsThenUndoAndRedo() throws {
    var journey = Journey(try ScreenFixtures.state())
    let id = try XCTUnwrap(journey.state.focusedID)
    let original = try XCTUnwrap(journey.state.board.ideas[id])
    journey.press("e")
    XCTAssertEqual(journey.state.mode, .form)
    XCTAssertEqual(journey.state.form?.text("title"), original.title, "prefilled")
    journey.press("Ctrl-U")
    journey.type("Buurtkeuken 社 café")
    journey.press("Tab", "Tab", "Tab", "Tab", "Tab", "Home", "→", "→")  // region: Antwerp
    journey.press("Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Ctrl-U")  // tags, in Details
    journey.type("zorg, buurt ,  voeding")
    journey.press("Ctrl-S")

    XCTAssertEqual(
      journey.commits,
      [.editIdea(id, [.title("Buurtkeuken 社 café"), .region(.antwerp), .tags(["zorg", "buurt", "voeding"])])],
      "one operation with the changed fields only")
    XCTAssertEqual(journey.state.mode, .board)
    var expected = original
    expected.title = "Buurtkeuken 社 café"
    expected.region = .antwerp
    expected.tags = ["zorg", "buurt", "voeding"]
    XCTAssertEqual(journey.state.board.ideas[id], expected)
    XCTAssertEqual(journey.state.undoStack.count, 1, "one undo step")

    journey.press("u")
    XCTAssertEqual(journey.state.board.ideas[id], original)
    journey.press("Ctrl-R")
    XCTAssertEqual(journey.state.board.ideas[id], expected, "redo brings back exactly the edited record")
  }

  func testInvalidValuesAreRefusedWithReasonsAndTheCursorOnTheFirst() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("e")
    let readiness = try journey.fieldIndex("readiness")
    let origin = try journey.fieldIndex("origin")
    for _ in 0..<readiness { journey.press("Tab") }
    journey.press("Ctrl-U")
    journey.type("12")
    journey.press("Shift-Tab")
    XCTAssertEqual(journey.state.form?.focusedField?.key, "tags")
    for _ in 0..<(readiness - origin - 2) { journey.press("Shift-Tab") }
    XCTAssertEqual(journey.state.form?.focusedField?.key, "originName")
    journey.type("Stadsfestival")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.commits, [])
    XCTAssertEqual(journey.state.mode, .form)
    XCTAssertEqual(journey.state.form?.focus, origin, "the cursor goes to the first invalid field")
    XCTAssertEqual(journey.state.form?.errors[origin], "Choose the kind of origin for this name")
    XCTAssertEqual(journey.state.form?.errors[readiness], "12 is outside 1 to 9")
    XCTAssertTrue(
      journey.screen.lines.joined().contains("Choose the kind of origin for this name"), "the reason is on screen")
    journey.press("→")  // idea campaign
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.state.form?.focus, readiness, "then the next invalid field")
    XCTAssertTrue(journey.screen.lines.joined().contains("12 is outside 1 to 9"), "the reason is on screen")
    journey.press("Ctrl-U")
    journey.type("x")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.state.form?.errors[readiness], "“x” is not a whole number")
  }

  func testSavingUnchangedClosesWithoutAnOperationAndEscClosesAtOnce() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("e", "Ctrl-S")
    XCTAssertEqual(journey.commits, [])
    XCTAssertEqual(journey.state.mode, .board)
    journey.press("e", "Tab", "Esc")
    XCTAssertEqual(journey.state.mode, .board)
  }

  func testEnterInTheDescriptionStartsANewLineAndTheFormScrolls() throws {
    var journey = Journey(try ScreenFixtures.state())
    let id = try XCTUnwrap(journey.state.focusedID)
    journey.press("e")
    let description = try journey.fieldIndex("description")
    for _ in 0..<description { journey.press("Tab") }
    journey.press("Ctrl-U")
    journey.type("Eerste regel")
    journey.press("Enter")
    journey.type("tweede")
    XCTAssertEqual(journey.state.form?.focus, description, "Enter stays in a multi-line field")
    let lines = journey.screen.lines
    let first = try XCTUnwrap(lines.firstIndex { $0.contains("Eerste regel") }, "the first line on its row")
    XCTAssertTrue(lines[first + 1].contains("tweede"), "the second line on the row below")
    XCTAssertTrue(journey.screen.lines.joined().contains("Mentors"), "the field before is still in view")
    journey.press("Tab", "Tab", "Tab")
    let screen = journey.screen.lines.joined(separator: "\n")
    XCTAssertTrue(screen.contains("SDGs"), "the last field scrolled into view")
    XCTAssertTrue(screen.contains("Details"), screen)
    XCTAssertFalse(screen.contains("Title"), "the first field scrolled out")
    let tags = journey.state.board.ideas[id]?.tags.joined(separator: ", ") ?? ""
    XCTAssertTrue(screen.contains("Tags              " + tags), "an unfocused field shows its start:\n\(screen)")
    XCTAssertTrue(screen.contains("Description       Eerste regel"), "an unfocused multi-line field shows its start")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.commits, [.editIdea(id, [.description("Eerste regel\ntweede")])])
  }

  func testEInTheDetailEditsThatIdeaAndGoesBackToTheDetail() throws {
    var journey = Journey(try ScreenFixtures.state())
    let id = try XCTUnwrap(journey.state.focusedID)
    journey.press("Enter", "e")
    XCTAssertEqual(journey.state.form?.kind, .editIdea(id))
    journey.press("End")
    journey.type("!")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.state.mode, .detail)
    XCTAssertEqual(journey.state.board.ideas[id]?.title.last, "!")
  }
}
