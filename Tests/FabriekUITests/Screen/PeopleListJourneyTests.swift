import FabriekCore
import FabriekUI
import XCTest

/// `:people`: the list sorted by name, the filter, the person form opened from it and saved
/// as one operation, back on the list with the cursor on that person.
final class PeopleListJourneyTests: XCTestCase {
  func openPeople(_ journey: inout Journey) {
    journey.press(":")
    journey.type("people")
    journey.press("Enter")
  }

  func names(_ journey: Journey) -> [String] { journey.state.list?.rows.map { $0.cells[0] } ?? [] }

  func testThePaletteOpensEveryPersonSortedByNameAndEscGoesBackToTheBoard() throws {
    var journey = Journey(try PeopleFixtures.state())
    openPeople(&journey)
    XCTAssertEqual(journey.state.mode, .list)
    XCTAssertEqual(
      names(journey),
      [
        "Anneleen-Marie 🌻 Vandenbroucke-Van de Velde 社会企业", "Jan Janssens", "Karim El Amrani", "Léa Dubois",
        "Mathéo Café", "Sofie Peeters", "Ward Vermeulen",
      ], "by name, Léa among the L's (no accents in the order)")
    XCTAssertEqual(
      journey.state.list?.rows[2].cells, ["Karim El Amrani", "", "innovator", "", "6"],
      "name, organisation, roles, languages, ideas linked")
    XCTAssertEqual(journey.state.list?.rows[3].cells, ["Léa Dubois", "Fondation Lumière", "mentor", "fr en", "1"])
    XCTAssertTrue(journey.screen.lines[0].hasPrefix(" People · 7"))
    journey.press("j", "j", "G", "k")
    XCTAssertEqual(journey.state.list?.selected, .person(PersonID(1)), "G to the last row, k one up: Sofie")
    journey.press("g")
    XCTAssertEqual(journey.state.list?.cursor, 0)
    journey.press("Esc")
    XCTAssertEqual(journey.state.mode, .board)
    XCTAssertNil(journey.state.list)
  }

  func testTypingCafeFindsTheAccentedNameAndEnterOpensItsFormPrefilled() throws {
    var journey = Journey(try PeopleFixtures.state())
    openPeople(&journey)
    journey.type("cafe")
    XCTAssertEqual(journey.state.mode, .listFilter, "a character the list does not bind starts the filter")
    XCTAssertEqual(names(journey), ["Mathéo Café"])
    XCTAssertTrue(journey.screen.lines[0].hasPrefix(" People · 1 of 7 · /cafe"))
    journey.press("Enter")
    XCTAssertEqual(journey.state.mode, .form)
    let form = try XCTUnwrap(journey.state.form)
    XCTAssertEqual(form.kind, .person(PeopleFixtures.matheo))
    XCTAssertEqual(form.title, "Edit P-0006 · Mathéo Café")
    XCTAssertEqual(form.text("givenName"), "Mathéo")
    XCTAssertEqual(form.text("familyName"), "Café")
    XCTAssertEqual(form.text("organisation"), "Brasserie Solidaire")
    XCTAssertEqual(form.text("roles"), "innovator")
    XCTAssertEqual(form.list("languages"), ["fr"])
    XCTAssertEqual(form.text("showFullName"), "no")
    journey.press("Esc")
    XCTAssertEqual(journey.state.mode, .list, "an unchanged form closes back to the list")
    XCTAssertEqual(names(journey), ["Mathéo Café"], "with its filter")
  }

  func testTheFilterMatchesLettersInOrderAndEscClearsItThenLeaves() throws {
    var journey = Journey(try PeopleFixtures.state())
    openPeople(&journey)
    journey.press("/")
    journey.type("LUMIERE")
    XCTAssertEqual(names(journey), ["Léa Dubois"], "the organisation, without case or accents")
    journey.press("Ctrl-U")
    journey.type("jjs")
    XCTAssertEqual(names(journey), ["Jan Janssens"], "letters of the name in order")
    journey.type("x")
    XCTAssertEqual(names(journey), [])
    XCTAssertTrue(journey.screen.lines.joined().contains("No one matches “jjsx”. Esc clears the filter."))
    journey.press("Backspace", "Tab")
    XCTAssertEqual(journey.state.mode, .list, "Tab keeps the filter")
    XCTAssertEqual(names(journey), ["Jan Janssens"])
    journey.press("Esc")
    XCTAssertEqual(journey.state.mode, .list, "the first Esc clears the filter")
    XCTAssertEqual(names(journey).count, 7)
    journey.press("q")
    XCTAssertEqual(journey.state.mode, .board)
  }

  func testEditingThreeFieldsInTwoSectionsCommitsOneEditPersonThenUndoAndRedo() throws {
    var journey = Journey(try PeopleFixtures.state())
    let original = try XCTUnwrap(journey.state.board.people[PeopleFixtures.lea])
    openPeople(&journey)
    journey.press("j", "j", "j", "e")
    XCTAssertEqual(journey.state.form?.kind, .person(PeopleFixtures.lea))
    journey.press("Tab", "Tab")  // e-mail
    journey.type("lea@lumiere.be")
    journey.press("Tab", "Tab", "Ctrl-U")  // organisation
    journey.type("Fondation Lumière Bruxelles")
    journey.press("Tab", "Tab", "Tab", "End")  // languages, in Roles & skills
    journey.type(", nl")
    journey.press("Ctrl-S")

    var expected = original
    expected.email = "lea@lumiere.be"
    expected.organisation = "Fondation Lumière Bruxelles"
    expected.languages = ["fr", "en", "nl"]
    XCTAssertEqual(journey.commits, [.editPerson(expected)], "one operation with the whole person")
    XCTAssertEqual(journey.state.board.people[PeopleFixtures.lea], expected)
    XCTAssertEqual(journey.state.mode, .list, "back to the list")
    XCTAssertEqual(journey.state.list?.selected, .person(PeopleFixtures.lea), "on that person")
    XCTAssertEqual(journey.state.list?.rows[3].cells[1], "Fondation Lumière Bruxelles", "the row shows the change")
    XCTAssertEqual(journey.state.undoStack.count, 1, "one undo step")
    XCTAssertEqual(journey.state.board.history.last?.subject, .person(PeopleFixtures.lea), "one history line")

    journey.press("u")
    XCTAssertEqual(journey.state.board.people[PeopleFixtures.lea], original)
    XCTAssertEqual(journey.state.list?.rows[3].cells[1], "Fondation Lumière")
    journey.press("Ctrl-R")
    XCTAssertEqual(journey.state.board.people[PeopleFixtures.lea], expected, "redo brings back the edited person")
  }

  func testNAddsANewPersonAndTheCursorLandsOnIt() throws {
    var journey = Journey(try PeopleFixtures.state())
    openPeople(&journey)
    journey.press("n")
    XCTAssertEqual(journey.state.form?.kind, .person(nil))
    XCTAssertEqual(journey.state.form?.title, "New person")
    journey.type("Bram")
    journey.press("Tab")
    journey.type("Aerts")
    journey.press("Tab", "Tab", "Tab")
    journey.type("Kringwinkel Aalst")
    journey.press("Tab", "→", " ")  // roles: mentor
    journey.press("Tab", "Tab", "Tab")
    journey.type("2")
    journey.press("Tab", "Tab")
    journey.type("2026-10-30")
    journey.press("Tab")
    journey.type("mentoring")
    journey.press("Tab")
    journey.type("+1m")
    journey.press("Tab", "→", "Ctrl-S")

    let id = PersonID(8)
    var expected = Person(id: id, givenName: "Bram", familyName: "Aerts", roles: [.mentor])
    expected.organisation = "Kringwinkel Aalst"
    expected.mentorCapacity = 2
    expected.consentDate = Day(iso: "2026-10-30")
    expected.consentPurpose = "mentoring"
    expected.retentionDate = Day(iso: "2026-12-01")
    expected.showFullName = true
    XCTAssertEqual(journey.commits, [.addPerson(expected)])
    XCTAssertEqual(journey.state.mode, .list)
    XCTAssertEqual(journey.state.list?.selected, .person(id), "the cursor is on the new person")
    XCTAssertEqual(journey.state.list?.rows.count, 8)
    journey.press("u")
    XCTAssertNil(journey.state.board.people[id])
    XCTAssertEqual(journey.state.list?.rows.count, 7)
  }

  func testAnInvalidEmailIsRefusedWithTheReasonBesideItAndNothingCommitted() throws {
    var journey = Journey(try PeopleFixtures.state())
    openPeople(&journey)
    journey.press("Enter", "Tab", "Tab")
    journey.type("anneleen at example")
    journey.press("Tab", "Tab", "Tab", "Tab", "Tab", "End")
    journey.type(", vlaams")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.commits, [])
    XCTAssertEqual(journey.state.mode, .form)
    let form = try XCTUnwrap(journey.state.form)
    XCTAssertEqual(form.focusedField?.key, "email", "the cursor is on the first invalid field")
    XCTAssertEqual(form.errors[2], "“anneleen at example” is not an e-mail address like naam@voorbeeld.be")
    XCTAssertEqual(
      form.errors[7], "“vlaams” is not a language code like nl, fr or en", "every reason, not the first only")
    let screen = journey.screen.lines
    let row = try XCTUnwrap(screen.firstIndex { $0.contains("E-mail") })
    XCTAssertTrue(screen[row + 1].contains("“anneleen at example” is not an e-mail address"), "beside the field")
  }

  func testAnEmptyGivenNameIsRefusedAndNothingCommitted() throws {
    var journey = Journey(try PeopleFixtures.state())
    openPeople(&journey)
    journey.press("n", "Ctrl-S")
    XCTAssertEqual(journey.commits, [])
    XCTAssertEqual(journey.state.form?.errors, [0: "a person needs a given name or a family name"])
    journey.press("Esc")
    journey.press("j", "Enter", "Ctrl-U", "Ctrl-S")
    XCTAssertEqual(journey.commits, [])
    XCTAssertEqual(journey.state.form?.errors, [0: "Given name is required"])
    XCTAssertEqual(journey.state.form?.focus, 0)
    XCTAssertTrue(journey.screen.lines.joined().contains("Given name is required"))
  }

  func testANumberOrDateThatDoesNotReadIsRefused() throws {
    var journey = Journey(try PeopleFixtures.state())
    openPeople(&journey)
    journey.press("Enter")
    for _ in 0..<8 { journey.press("Tab") }
    journey.type("-1")
    journey.press("Tab")
    journey.type("veel")
    journey.press("Tab")
    journey.type("gisteren")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.commits, [])
    let errors = try XCTUnwrap(journey.state.form?.errors)
    XCTAssertEqual(errors[8], "it cannot be negative")
    XCTAssertEqual(errors[9], "“veel” is not a whole number")
    XCTAssertEqual(errors[10], "“gisteren” is not a date (use 2027-03-01, today, +3d, +2w or +1m)")
    XCTAssertEqual(journey.state.form?.focus, 8)
  }

  func testAnUnchangedPersonSavesNothing() throws {
    var journey = Journey(try PeopleFixtures.state())
    openPeople(&journey)
    journey.press("Enter", "Ctrl-S")
    XCTAssertEqual(journey.commits, [])
    XCTAssertEqual(journey.state.mode, .list)
    XCTAssertEqual(journey.state.message?.text, "Nothing changed")
  }

  func testAnEmptyBoardSaysHowToAddThePeopleAndSessions() throws {
    let state = AppState(
      board: Board(name: "Leeg", stages: ScreenFixtures.stages), file: "leeg.json", width: 80, height: 24,
      now: ScreenFixtures.now)
    var journey = Journey(state)
    openPeople(&journey)
    XCTAssertEqual(
      journey.screen.lines[2].trimmingCharactersInWhitespace(), "No people on this board yet. Press n to add one.")
    journey.press("Enter")
    XCTAssertEqual(journey.state.mode, .list)
    XCTAssertEqual(journey.state.message?.text, "No person to open here; n adds one")
    journey.press(":")
    journey.type("sessions")
    journey.press("Enter")
    XCTAssertEqual(
      journey.screen.lines[2].trimmingCharactersInWhitespace(), "No sessions on this board yet. Press n to add one.")
    journey.press("Esc")
    XCTAssertEqual(journey.state.mode, .board, "the list opened from the list still goes back to the board")
  }

  func testPagingThroughALongListShowsWhatIsAboveAndBelow() throws {
    let board = DemoData.board(count: 400, seed: 7, now: DemoData.referenceTime)
    var journey = Journey(
      AppState(board: board, file: "demo.json", width: 80, height: 24, now: DemoData.referenceTime))
    openPeople(&journey)
    let count = try XCTUnwrap(journey.state.list?.rows.count)
    XCTAssertGreaterThan(count, 40)
    let visible = 19  // 24 rows: the list's title and headings, 19 rows, its more-marker, the two status rows
    XCTAssertEqual(journey.screen.lines[21].trimmingCharactersInWhitespace(), "▼ \(count - visible) more")
    journey.press("PgDn")
    XCTAssertEqual(journey.state.list?.cursor, visible - 1, "a page less one row")
    journey.press("PgDn")
    XCTAssertEqual(journey.state.list?.cursor, 2 * (visible - 1))
    XCTAssertEqual(
      journey.screen.lines[21].trimmingCharactersInWhitespace(),
      "▲ \(2 * (visible - 1) - visible + 1) more  ▼ \(count - 2 * (visible - 1) - 1) more")
    journey.press("G")
    XCTAssertEqual(journey.state.list?.cursor, count - 1)
    XCTAssertEqual(journey.screen.lines[21].trimmingCharactersInWhitespace(), "▲ \(count - visible) more")
    journey.press("PgUp", "g")
    XCTAssertEqual(journey.state.list?.cursor, 0)
  }

  func testListsOpenedFromTheDetailGoBackToIt() throws {
    var journey = Journey(try PeopleFixtures.state())
    journey.press("Enter")
    XCTAssertEqual(journey.state.mode, .detail)
    openPeople(&journey)
    journey.press("Esc")
    XCTAssertEqual(journey.state.mode, .detail)
  }
}
