import FabriekCore
import FabriekUI
import XCTest

/// The edit-idea form's pickers through the real keys: people found by a few letters, a new
/// person typed in and made in the same operation, tags completed, SDGs picked by number, a
/// multi-line field edited over its rows; what the screen shows while doing it.
final class PickerFormJourneyTests: XCTestCase {
  func testPeopleTagsAndGoalsArePickedAndSavedAsOneBatchWithTheNewPerson() throws {
    var journey = Journey(try ScreenFixtures.state(width: 120, height: 40))
    let id = try XCTUnwrap(journey.state.focusedID)
    let original = try XCTUnwrap(journey.state.board.ideas[id])
    let before = journey.state.board
    journey.press("e")
    let innovators = try journey.fieldIndex("innovators")
    for _ in 0..<innovators { journey.press("Tab") }
    journey.type("sof")
    journey.press("Enter")
    journey.type("Noor Vermeulen")
    journey.press("↑", "Enter")  // ↑ from the first line wraps to "new person"
    journey.press("Tab")
    journey.type("jan")
    journey.press("Enter", "Tab")
    journey.type("lea")
    journey.press("Enter", "Tab", "Tab", "End")
    journey.type(", vo")
    journey.press("Enter", "Tab", "Tab")
    journey.type("11")
    journey.press("Space")
    journey.type("3")
    journey.press("Space", "Ctrl-S")

    var noor = Person(id: PersonID(5), givenName: "Noor", familyName: "Vermeulen", roles: [.innovator])
    noor.roles = [.innovator]
    let edits: [IdeaEdit] = [
      .innovators([PersonID(2), PersonID(1), PersonID(5)]), .coach(PersonID(4)), .mentors([PersonID(3)]),
      .tags(["circulair", "buurt", "voeding"]), .sdgs([3, 11]),
    ]
    XCTAssertEqual(journey.commits, [.batch([.addPerson(noor), .editIdea(id, edits)])])
    XCTAssertEqual(journey.state.board.people[PersonID(5)], noor)
    var expected = original
    expected.innovators = [PersonID(2), PersonID(1), PersonID(5)]
    expected.coach = PersonID(4)
    expected.mentors = [PersonID(3)]
    expected.tags = ["circulair", "buurt", "voeding"]
    expected.sdgs = [3, 11]
    XCTAssertEqual(journey.state.board.ideas[id], expected)
    XCTAssertEqual(journey.state.undoStack.count, 1, "one undo step")

    journey.press("u")
    XCTAssertEqual(journey.state.board.ideas, before.ideas, "undo takes the edit back")
    XCTAssertEqual(journey.state.board.people, before.people, "and the person made with it")
    journey.press("Ctrl-R")
    XCTAssertEqual(journey.state.board.ideas[id], expected)
    XCTAssertEqual(journey.state.board.people[PersonID(5)], noor)
  }

  func testANewPersonTypedAsAnAddressGetsItAsEMailAndGivenFamilyIsSplit() throws {
    var journey = Journey(try ScreenFixtures.state(width: 120, height: 40))
    journey.press("n")
    journey.type("Buurtkeuken")
    try journey.tab(to: "innovators")
    journey.type("noor.haddad@example.be")
    journey.press("↑", "Enter")
    journey.type("Jan Van den Broeck")
    journey.press("↑", "Enter", "Ctrl-S")
    let id = try XCTUnwrap(journey.state.focusedID)
    let innovators = try XCTUnwrap(journey.state.board.ideas[id]?.innovators)
    XCTAssertEqual(innovators.count, 2)
    let first = try XCTUnwrap(journey.state.board.people[innovators[0]])
    XCTAssertEqual(first.email, "noor.haddad@example.be")
    XCTAssertEqual([first.givenName, first.familyName], ["Noor", "Haddad"], "named after the local part")
    let second = try XCTUnwrap(journey.state.board.people[innovators[1]])
    XCTAssertEqual([second.givenName, second.familyName, second.email], ["Jan", "Van den Broeck", ""])
  }

  func testSavingANewIdeaWithANewPersonSaysSoAndSoDoUndoAndRedo() throws {
    var journey = Journey(try ScreenFixtures.state(width: 120, height: 40))
    journey.press("n")
    journey.type("Buurtkeuken")
    try journey.tab(to: "innovators")
    journey.type("Noor Haddad")
    journey.press("↑", "Enter", "Ctrl-S")
    let id = try XCTUnwrap(journey.state.focusedID)
    XCTAssertEqual(journey.state.message?.text, "Added \(id.code) with a new person")
    journey.press("u")
    XCTAssertEqual(journey.state.message?.text, "Undone: Added \(id.code) with a new person")
    journey.press("Ctrl-R")
    XCTAssertEqual(journey.state.message?.text, "Redone: Added \(id.code) with a new person")
  }

  func testThePickersListShowsUnderTheFieldAndEscClosesItWithoutClosingTheForm() throws {
    var journey = Journey(try ScreenFixtures.state(width: 120, height: 40))
    journey.press("e")
    let form = try XCTUnwrap(journey.state.form)
    try journey.tab(to: "mentors")
    journey.type("lé")
    let lines = journey.screen.lines
    let row = try XCTUnwrap(lines.firstIndex { $0.contains("Mentors") })
    XCTAssertTrue(lines[row + 1].contains("Léa Dubois · Fondation Lumière"), lines[row + 1])
    XCTAssertTrue(lines[row + 2].contains("+ new person “lé”"), lines[row + 2])
    XCTAssertEqual(journey.screen.cursor, Point(x: 22, y: row), "the cursor after the query")
    journey.press("Esc")
    XCTAssertEqual(journey.state.mode, .form, "Esc closed the list only")
    XCTAssertFalse(journey.screen.lines.joined().contains("+ new person"))
    journey.press("Esc")
    XCTAssertEqual(journey.state.mode, .board, "nothing changed, so the second Esc closes the form at once")
  }

  func testToggledBackOptionsLeaveTheFormUnchangedAndTogglingAsksBeforeDiscarding() throws {
    var journey = Journey(try ScreenFixtures.state(width: 120, height: 40))
    journey.press("e")
    try journey.tab(to: "sdgs")
    journey.press("Space", "Space")
    XCTAssertEqual(journey.state.form?.isDirty, false)
    journey.press("Space", "Esc")
    XCTAssertEqual(journey.state.form?.isConfirmingDiscard, true)
    journey.press("y")
    XCTAssertEqual(journey.state.mode, .board)
    XCTAssertEqual(journey.commits, [])
  }

  func testAMultiLineFieldShowsItsRowsAndTheCursorInTheCellAfterTheTypedText() throws {
    var journey = Journey(try ScreenFixtures.state(width: 120, height: 40))
    journey.press("e")
    try journey.tab(to: "description")
    journey.type("eerste")
    journey.press("Enter")
    journey.type("社e\u{301}👍🏽")
    let lines = journey.screen.lines
    let row = try XCTUnwrap(lines.firstIndex { $0.contains("Description") })
    XCTAssertTrue(lines[row].hasSuffix("eerste" + String(repeating: " ", count: 120 - 20 - 6)), lines[row])
    XCTAssertEqual(lines[row + 1].trimmingCharactersInWhitespace(), "社e\u{301}👍🏽")
    XCTAssertEqual(journey.screen.cursor, Point(x: 20 + 2 + 1 + 2, y: row + 1))
    journey.press("↑")
    XCTAssertEqual(journey.screen.cursor, Point(x: 25, y: row), "the same column a row up")
    journey.press("↑")
    XCTAssertEqual(journey.state.form?.focusedField?.key, "mentors", "↑ on the first row goes to the field above")
  }

  func testADateFieldShowsTheDayItReadsAs() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("Enter", "x", "Tab", "Ctrl-U")
    journey.type("+2w")
    XCTAssertTrue(journey.screen.lines.joined().contains("→ 15 Nov 2026"), journey.screen.lines.joined(separator: "\n"))
    journey.press("Ctrl-U")
    journey.type("2027-03-01")
    XCTAssertTrue(journey.screen.lines.joined().contains("→ 1 Mar 2027"), "a date typed in full is shown as it reads")
  }

  func testTheEditFormWithAnOpenPickerAndTheSDGsAt120x40() throws {
    var journey = Journey(try ScreenFixtures.state(width: 120, height: 40))
    journey.press("e")
    let form = try XCTUnwrap(journey.state.form)
    let sdgs = try journey.fieldIndex("sdgs")
    for _ in 0..<sdgs { journey.press("Tab") }
    journey.type("13")
    journey.press("Space")
    for _ in 0..<(sdgs - 7) { journey.press("Shift-Tab") }
    journey.type("s")
    assertSnapshot(journey.screen, named: "form-edit-idea-picker-120x40")
  }

  func testALongTextScrollsSoThatTheCursorAndTheTextBeforeItShow() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("n")
    let words = "Een buurtkeuken 社会 voor iedereen 👍🏽 met café"
    journey.type(words + " " + words)
    let row = try XCTUnwrap(journey.screen.lines.firstIndex { $0.hasPrefix("  Title") })
    let value = String(journey.screen.lines[row].dropFirst(20))
    // The field is 58 cells (20…77); 56 cells of text fit before the cursor's cell, as the
    // two-cell 👍🏽 before them would not.
    XCTAssertEqual(journey.screen.cursor, Point(x: 76, y: row))
    XCTAssertEqual(value, " met café Een buurtkeuken 社会 voor iedereen 👍🏽 met café    ")
    journey.press("Home")
    XCTAssertEqual(journey.screen.cursor, Point(x: 20, y: row))
    XCTAssertTrue(String(journey.screen.lines[row].dropFirst(20)).hasPrefix("Een buurtkeuken 社会"))
  }

  func testNearTheBottomTheListOpensAboveTheFieldWithItsNewPersonLine() throws {
    var journey = Journey(try ScreenFixtures.state(width: 80, height: 24))
    journey.press("e")
    try journey.tab(to: "mentors")
    journey.type("a")
    let lines = journey.screen.lines
    let row = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("  Mentors") })
    XCTAssertTrue(
      lines[row - 1].contains("+ new person “a”"), "the last line next to the field:\n" + lines.joined(separator: "\n"))
    XCTAssertTrue(lines[row + 1].contains("type a name"), "the help stays below")
    journey.press("↑", "Enter")
    XCTAssertEqual(journey.state.form?.people("mentors"), [.new("a")], "↑ from the first line takes the last")
  }

  func testAPersonMadeInOneFormIsFoundByTheNextForm() throws {
    var journey = Journey(try ScreenFixtures.state(width: 120, height: 40))
    journey.press("e")
    let mentors = try journey.fieldIndex("mentors")
    for _ in 0..<mentors { journey.press("Tab") }
    journey.type("Noor Haddad")
    journey.press("↑", "Enter", "Ctrl-S")
    XCTAssertEqual(journey.state.board.people[PersonID(5)]?.fullName, "Noor Haddad")
    journey.press("j", "e")
    for _ in 0..<mentors { journey.press("Tab") }
    journey.type("haddad")
    journey.press("Enter", "Ctrl-S")
    let second = try XCTUnwrap(journey.state.focusedID)
    XCTAssertEqual(journey.state.board.ideas[second]?.mentors, [PersonID(5)], "the same person, not a new one")
    XCTAssertEqual(journey.state.board.people.count, 5)
  }

  func testWhenTheCommitIsRefusedTheFormComesBackWithEverythingTyped() throws {
    var journey = Journey(try ScreenFixtures.state(width: 120, height: 40))
    let before = journey.state.board
    journey.press("e", "Ctrl-U")
    journey.type("Nieuwe titel 社会")
    let form = try XCTUnwrap(journey.state.form)
    try journey.tab(to: "mentors")
    let long = String(repeating: "x", count: 300)
    journey.type(long)
    journey.press("↑", "Enter", "Ctrl-S")
    XCTAssertEqual(journey.commits.count, 1, "the batch was sent to the board")
    XCTAssertEqual(journey.state.board, before, "and refused there: a given name of 300 letters is too long")
    XCTAssertEqual(journey.state.mode, .form, "the form is back")
    XCTAssertEqual(journey.state.form?.text("title"), "Nieuwe titel 社会")
    XCTAssertEqual(journey.state.form?.people("mentors"), [.new(long)])
    XCTAssertEqual(journey.state.message?.isError, true)
    journey.press("Backspace", "Ctrl-S")
    XCTAssertEqual(journey.state.mode, .board, "without the new person it saves")
    XCTAssertEqual(journey.state.board.ideas[try XCTUnwrap(journey.state.focusedID)]?.title, "Nieuwe titel 社会")
  }

  func testTheNextFormCompletesATagJustAddedAndAPersonJustRenamed() throws {
    var journey = Journey(try ScreenFixtures.state(width: 120, height: 40))
    journey.press("e")
    let tags = try journey.fieldIndex("tags")
    let mentors = try journey.fieldIndex("mentors")
    for _ in 0..<tags { journey.press("Tab") }
    journey.type("zonnepanelen")
    journey.press("Ctrl-S", "j", "e")
    for _ in 0..<tags { journey.press("Tab") }
    journey.type("zonne")
    guard case .tags(let state) = journey.state.form?.focusedField?.value else { return XCTFail("tags") }
    XCTAssertEqual(state.suggestions, ["zonnepanelen"], "a tag added by an idea-only change")
    journey.press("Esc", "y", ":")
    journey.type("people")
    journey.press("Enter")
    journey.type("/lea")
    journey.press("Enter", "Tab")
    journey.press("Ctrl-U")
    journey.type("Dubois-Lambert")
    journey.press("Ctrl-S", "Esc", "Esc", "e")
    for _ in 0..<mentors { journey.press("Tab") }
    journey.type("lambert")
    guard case .people(let picker) = journey.state.form?.focusedField?.value else { return XCTFail("people") }
    let lea = try XCTUnwrap(picker.directory.entries.first { $0.id == PersonID(3) })
    XCTAssertEqual(picker.candidates.first, .person(lea))
    XCTAssertEqual(picker.directory.name(of: PersonID(3)), "Léa Dubois-Lambert", "the renamed person")
  }
}
