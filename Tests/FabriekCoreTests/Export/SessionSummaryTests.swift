import XCTest

@testable import FabriekCore

final class SessionSummaryTests: XCTestCase {
  let t = TestBoards.t0

  /// The small test board's session, with a facilitator, votes and notes of every kind.
  func board() throws -> Board {
    var b = try TestBoards.small()
    var zoe = try XCTUnwrap(b.person(PersonID(4)))
    zoe.showFullName = true
    try b.apply(.editPerson(zoe), by: "test", at: t)
    var s = try XCTUnwrap(b.session(SessionID(1)))
    s.facilitator = PersonID(3)
    s.agenda = [IdeaID(3), IdeaID(2)]
    s.participants = [PersonID(1), PersonID(2), PersonID(4)]
    try b.apply(.editSession(s), by: "test", at: t)
    try b.apply(.vote(SessionID(1), IdeaID(2), participant: PersonID(1), dots: 2), by: "test", at: t)
    try b.apply(.vote(SessionID(1), IdeaID(3), participant: PersonID(2), dots: 3), by: "test", at: t)
    try b.apply(.vote(SessionID(1), IdeaID(2), participant: nil, dots: 1), by: "test", at: t)
    let at = Timestamp(iso: "2026-03-10T14:05:00Z") ?? t
    let later = Timestamp(iso: "2026-03-10T14:30:00Z") ?? t
    let notes: [(IdeaID, Note)] = [
      (
        IdeaID(3),
        Note(id: 0, at: later, author: "Sofie Van den Broeck", text: "Samen met *buurt*\nhuizen", session: SessionID(1))
      ),
      (IdeaID(3), Note(id: 0, at: at, author: "Zoë Peeters", text: "Start in <Ledeberg>", session: SessionID(1))),
      (IdeaID(2), Note(id: 0, at: at, author: "An", text: "Geheim", session: SessionID(1), isPrivate: true)),
      (IdeaID(5), Note(id: 0, at: at, author: "", text: "# ook in Hasselt", session: SessionID(1))),
      (IdeaID(5), Note(id: 0, at: at, author: "An", text: "Niet van deze sessie")),
    ]
    for (n, (idea, note)) in notes.enumerated() {
      var note = note
      note.id = n + 1
      try b.apply(.addNote(idea, note), by: "test", at: t)
    }
    return b
  }

  func testSummaryOfASessionIsExactAndShowsPeopleByPublicName() throws {
    let expected = """
      # Co-creatie Gent

      - Session: S-0001
      - Kind: co-creation
      - Date: 2026-03-10
      - Facilitator: Noor E.
      - Participants: Sofie V., Jérôme D., Zoë Peeters

      ## Agenda

      1. I-0003 Repair café Gent
      2. I-0002 Café Solidaire à Molenbeek

      ## Votes

      | Idea | Title | Dots |
      | --- | --- | ---: |
      | I-0002 | Café Solidaire à Molenbeek | 3 |
      | I-0003 | Repair café Gent | 3 |

      ## Contributions

      ### I-0003 Repair café Gent

      - 14:05 Zoë Peeters: Start in \\<Ledeberg\\>
      - 14:30 Sofie V.: Samen met \\*buurt\\* huizen

      ### I-0005 Deelfietsen in Genk

      - 14:05 anonymous: \\# ook in Hasselt

      """
    XCTAssertEqual(try SessionSummary.markdown(SessionID(1), on: board()), expected)
  }

  func testAnEmptySessionSaysSoInEachSection() throws {
    var b = Board(name: "x")
    try b.apply(
      .addSession(Session(id: SessionID(1), kind: .training, title: "Training | [pitch]", date: t.day)), by: "t", at: t)
    let expected = """
      # Training \\| \\[pitch\\]

      - Session: S-0001
      - Kind: training
      - Date: 2026-03-02
      - Facilitator: none
      - Participants: none

      ## Agenda

      _No ideas on the agenda._

      ## Votes

      _No votes._

      ## Contributions

      _No contributions._

      """
    XCTAssertEqual(try SessionSummary.markdown(SessionID(1), on: b), expected)
  }

  /// The export shows what the room may see, as present mode's summary does: a name, an
  /// e-mail address or a phone number in a title or a note is hidden there too.
  func testNamesAndContactsInTitlesAndNotesAreHiddenAsOnTheScreen() throws {
    var b = try board()
    try b.apply(.editIdea(IdeaID(3), [.title("Repair café van Sofie Van den Broeck")]), by: "test", at: t)
    let note = Note(
      id: 9, at: t, author: "Noor", text: "Bel Sofie Van den Broeck op 0475 12 34 56 of sofie@example.be",
      session: SessionID(1))
    try b.apply(.addNote(IdeaID(3), note), by: "test", at: t)
    let markdown = try SessionSummary.markdown(SessionID(1), on: b)
    XCTAssertTrue(markdown.contains("1. I-0003 Repair café van Sofie V.\n"), markdown)
    XCTAssertTrue(markdown.contains(": Bel Sofie V. op \\[phone\\] of \\[e-mail\\]\n"), markdown)
    XCTAssertFalse(markdown.contains("Van den Broeck"), markdown)
    let content = try SessionSummary.content(SessionID(1), on: b)
    XCTAssertEqual(content.agenda.first?.title, "Repair café van Sofie V.")
    XCTAssertEqual(content.names.first, "Noor E.", "the facilitator first")
  }

  func testAnUnknownSessionIsRefused() {
    XCTAssertThrowsError(try SessionSummary.markdown(SessionID(9), on: Board(name: "x"))) { error in
      XCTAssertEqual(error as? BoardError, .notFound("Session S-0009"))
    }
  }
}
