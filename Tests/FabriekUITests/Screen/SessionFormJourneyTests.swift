import FabriekCore
import FabriekUI
import XCTest

/// `:sessions`: newest first; the session form creates a session with people typed in as new
/// in the same batch, edits one keeping its votes, and refuses an agenda of unknown ideas.
final class SessionFormJourneyTests: XCTestCase {
  func openSessions(_ journey: inout Journey) {
    journey.press(":")
    journey.type("sessions")
    journey.press("Enter")
  }

  func testSessionsAreListedNewestFirst() throws {
    var journey = Journey(try PeopleFixtures.state())
    openSessions(&journey)
    XCTAssertEqual(
      journey.state.list?.rows.map(\.record), [.session(SessionID(2)), .session(SessionID(1)), .session(SessionID(3))])
    XCTAssertEqual(
      journey.state.list?.rows[1].cells,
      ["20 Oct 2026", "co-creation", "Co-creatie zorgzame buurten", "Jan Janssens", "2", "2"],
      "date, kind, title, facilitator, agenda size, participants")
    journey.press("/")
    journey.type("netwerk")
    XCTAssertEqual(journey.state.list?.rows.map(\.record), [.session(SessionID(3))])
  }

  func testANewSessionWithANewFacilitatorIsOneBatchAndOneUndoStep() throws {
    var journey = Journey(try PeopleFixtures.state())
    openSessions(&journey)
    journey.press("n")
    XCTAssertEqual(journey.state.form?.kind, .session(nil))
    XCTAssertEqual(journey.state.form?.text("date"), "2026-11-01", "today to start with")
    journey.press("Tab")
    journey.type("Visiesessie energie")
    journey.press("Tab", "Ctrl-U")
    journey.type("+2w")
    journey.press("Tab")
    journey.type("Noor Haddad")
    journey.press("Enter")  // + new person “Noor Haddad”
    journey.press("Tab")
    journey.type("sofie")
    journey.press("Enter")  // Sofie Peeters
    journey.press("Tab")
    journey.type("I-0007, 3")
    XCTAssertTrue(
      journey.screen.lines.joined().contains("→ Energiecoöperatie Kortrijk · Deelfietsen voor senioren"),
      "the agenda is shown resolved")
    journey.press("Ctrl-S")

    let noor = Person(id: PersonID(8), givenName: "Noor", familyName: "Haddad", roles: [.staff])
    var session = Session(
      id: SessionID(4), kind: .visionSession, title: "Visiesessie energie", date: try XCTUnwrap(Day(iso: "2026-11-15")))
    session.facilitator = noor.id
    session.participants = [PersonID(1)]
    session.agenda = [IdeaID(7), IdeaID(3)]
    XCTAssertEqual(journey.commits, [.batch([.addPerson(noor), .addSession(session)])])
    XCTAssertEqual(journey.state.board.sessions[session.id], session)
    XCTAssertEqual(journey.state.board.people[noor.id], noor)
    XCTAssertEqual(journey.state.mode, .list)
    XCTAssertEqual(journey.state.list?.selected, .session(session.id), "the cursor is on the new session")
    XCTAssertEqual(journey.state.list?.cursor, 1, "second newest")
    XCTAssertEqual(journey.state.undoStack.count, 1)

    journey.press("u")
    XCTAssertNil(journey.state.board.sessions[session.id], "undo removes the session")
    XCTAssertNil(journey.state.board.people[noor.id], "and the person made with it")
    XCTAssertEqual(journey.state.list?.rows.count, 3)
  }

  func testEditingASessionKeepsItsVotes() throws {
    var journey = Journey(try PeopleFixtures.state())
    let original = try XCTUnwrap(journey.state.board.sessions[PeopleFixtures.zorgSession])
    XCTAssertFalse(original.votes.isEmpty)
    openSessions(&journey)
    journey.press("j", "Enter", "→", "Tab", "End")
    journey.type(" in Leuven")
    journey.press("Tab", "Tab", "Tab", "Backspace", "Ctrl-S")
    var expected = original
    expected.kind = .ideaCampaign
    expected.title = "Co-creatie zorgzame buurten in Leuven"
    expected.participants = [PersonID(1)]
    XCTAssertEqual(journey.commits, [.editSession(expected)], "one operation, votes untouched")
    XCTAssertEqual(journey.state.board.sessions[expected.id]?.votes, original.votes)
    XCTAssertEqual(journey.state.list?.selected, .session(expected.id))
    journey.press("u")
    XCTAssertEqual(journey.state.board.sessions[expected.id], original)
  }

  func testAnAgendaWithAnUnknownIdeaIsRefusedBesideTheField() throws {
    var journey = Journey(try PeopleFixtures.state(width: 120, height: 40))
    openSessions(&journey)
    journey.press("j", "Enter")
    for _ in 0..<5 { journey.press("Tab") }
    journey.press("End")
    journey.type(", I-0999")
    XCTAssertTrue(journey.screen.lines.joined().contains("Zorgzame buurten Leuven · I-0999 ?"))
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.commits, [])
    XCTAssertEqual(journey.state.form?.errors, [5: "I-0999 is not an idea on this board"])
    XCTAssertEqual(journey.state.form?.focus, 5)
    journey.press("Ctrl-U")
    journey.type("I-0004 buurt")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.state.form?.errors, [5: "“buurt” is not an idea code like I-0042"])
    XCTAssertTrue(journey.screen.lines.joined().contains("“buurt” is not an idea code like I-0042"))
  }

  func testAnEmptyTitleOrDateIsRefused() throws {
    var journey = Journey(try PeopleFixtures.state())
    openSessions(&journey)
    journey.press("n", "Tab", "Tab", "Ctrl-U", "Ctrl-S")
    XCTAssertEqual(journey.commits, [])
    XCTAssertEqual(journey.state.form?.errors, [1: "a session needs a title", 2: "Date is required"])
    XCTAssertEqual(journey.state.form?.focus, 1)
  }
}
