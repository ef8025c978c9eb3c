import XCTest

@testable import FabriekCore

final class OperationTests: XCTestCase {
  var board = Board(name: "")
  override func setUp() async throws { board = try TestBoards.small() }
  let t = TestBoards.t0

  func testAddIdeaPutsItAtTheEndOfItsColumnAndUndoRemovesIt() {
    let idea = Idea(id: IdeaID(8), title: "Wasserette sociale", created: t)
    assertRoundTrip(board, .addIdea(idea)) { b in
      XCTAssertEqual(b.columns[Stage.incoming]?.last, IdeaID(8))
      XCTAssertEqual(b.nextIdea, 9)
    }
  }

  func testAddIdeaRefusesEmptyTitleTakenIdUnknownStageAndUnknownPeople() {
    assertRefused(
      board, .addIdea(Idea(id: IdeaID(8), title: "   ", created: t)),
      .invalid(field: "title", reason: "an idea needs a title"))
    assertRefused(
      board, .addIdea(Idea(id: IdeaID(1), title: "Dubbel", created: t)),
      .conflict("Idea I-0001 exists already; give the new idea another id."))
    var odd = Idea(id: IdeaID(8), title: "X", stage: "nowhere", created: t)
    assertRefused(
      board, .addIdea(odd),
      .invalid(
        field: "stage",
        reason: "“nowhere” is not a stage of this board (incoming, idea-generation, enrichment, realisation, exited)"))
    odd.stage = Stage.incoming
    odd.mentors = [PersonID(99)]
    assertRefused(board, .addIdea(odd), .invalid(field: "mentors", reason: "P-0099 is not a person on this board"))
  }

  func testRemoveIdeaIsRefusedWhileASessionHasItOnTheAgenda() {
    assertRefused(
      board, .removeIdea(IdeaID(3)), .conflict("I-0003 is on session S-0001; take it off that session first."))
    assertRoundTrip(board, .removeIdea(IdeaID(1))) { XCTAssertNil($0.idea(IdeaID(1))) }
  }

  func testEditIdeaSetsEveryFieldAndUndoRestoresThem() {
    let edits: [IdeaEdit] = [
      .title("Buurtrestaurant « Samen aan tafel »"), .pitch("Warme maaltijden"), .description("Lang verhaal"),
      .applicantKind(.civilSociety), .innovators([PersonID(1), PersonID(3)]), .coach(PersonID(3)),
      .mentors([PersonID(2)]),
      .origin(Origin(kind: .ideaCampaign, name: "Oproep 2026")), .region(.brussels), .tags(["zorg", "voeding"]),
      .sdgs([2, 3]), .valueModel(.socialOnly),
      .enrichment([EnrichmentModule(kind: .impactMeasurement, status: .inProgress)]), .readiness(4),
      .theoryOfChange("Als … dan …"),
      .indicators([Indicator(name: "maaltijden", unit: "per week", baseline: 0, target: 200)]),
      .financing([
        FinancingApplication(id: 1, kind: .pilot, funder: "VLAIO", asked: Euro(euros: 50_000), status: .submitted)
      ]),
      .exitPlan(ExitPlan(criteria: "200 maaltijden per week zonder steun")),
    ]
    assertRoundTrip(board, .editIdea(IdeaID(1), edits)) { b in
      let i = b.idea(IdeaID(1))
      XCTAssertEqual(i?.title, "Buurtrestaurant « Samen aan tafel »")
      XCTAssertEqual(i?.coach, PersonID(3))
      XCTAssertEqual(i?.readiness, 4)
      XCTAssertEqual(i?.financing.first?.asked, Euro(euros: 50_000))
      XCTAssertEqual(
        b.history.last?.what,
        "edited I-0001: title, pitch, description, applicant kind, innovators, coach, mentors, origin, region, tags, SDGs, value model, enrichment modules, readiness level, theory of change, indicators, financing, exit plan"
      )
    }
  }

  func testEditIdeaRulesNameTheFieldAndTheReason() {
    assertRefused(
      board, .editIdea(IdeaID(1), [.sdgs([18])]),
      .invalid(field: "SDGs", reason: "18 is not a Sustainable Development Goal (they are numbered 1 to 17)"))
    assertRefused(
      board, .editIdea(IdeaID(1), [.readiness(10)]), .invalid(field: "readiness level", reason: "10 is outside 1 to 9"))
    assertRefused(
      board, .editIdea(IdeaID(1), [.tags(["Zorg", "zorg"])]), .invalid(field: "tags", reason: "“zorg” is there twice"))
    let greedy = FinancingApplication(
      id: 1, kind: .pilot, funder: "VLAIO", asked: Euro(euros: 10), granted: Euro(euros: 20), status: .granted)
    assertRefused(
      board, .editIdea(IdeaID(1), [.financing([greedy])]),
      .invalid(field: "amount granted", reason: "€ 20,00 is more than the € 10,00 asked"))
    assertRefused(
      board, .editIdea(IdeaID(1), [.exitPlan(ExitPlan(criteria: " "))]),
      .invalid(field: "exit plan", reason: "say when support ends: the exit criteria cannot be empty"))
    // A refused edit among valid ones changes nothing at all.
    assertRefused(
      board, .editIdea(IdeaID(1), [.title("Nieuw"), .title("")]),
      .invalid(field: "title", reason: "an idea needs a title"))
    assertRefused(board, .editIdea(IdeaID(42), [.title("X")]), .notFound("Idea I-0042"))
  }

  func testMoveIdeaToTheNextStageRecordsTheDateAndUndoPutsItBackInPlace() {
    let later = t.adding(days: 3)
    assertRoundTrip(board, .moveIdea(IdeaID(1), stage: Stage.ideaGeneration, index: nil, enteredAt: later)) { b in
      XCTAssertEqual(b.idea(IdeaID(1))?.stage, Stage.ideaGeneration)
      XCTAssertEqual(b.idea(IdeaID(1))?.enteredStage, later)
      XCTAssertEqual(b.columns[Stage.ideaGeneration], [IdeaID(3), IdeaID(1)])
      XCTAssertEqual(b.columns[Stage.incoming], [IdeaID(2)])
      XCTAssertEqual(b.history.last?.what, "moved I-0001 from Incoming to Idea generation")
    }
  }

  func testMoveRefusesDeclinedIdeasAndPositionsOutsideTheColumn() {
    assertRefused(
      board, .moveIdea(IdeaID(7), stage: Stage.enrichment, index: nil, enteredAt: t),
      .conflict("I-0007 is declined: incomplete, no team yet; reopen it before moving it."))
    assertRefused(
      board, .moveIdea(IdeaID(1), stage: Stage.enrichment, index: 5, enteredAt: t),
      .invalid(field: "position", reason: "5 is outside 0 to 1"))
  }

  func testReorderWithinAColumnAndUndo() {
    assertRoundTrip(board, .reorderIdea(IdeaID(2), index: 0)) { b in
      XCTAssertEqual(b.columns[Stage.incoming], [IdeaID(2), IdeaID(1)])
    }
    assertRefused(board, .reorderIdea(IdeaID(2), index: 2), .invalid(field: "position", reason: "2 is outside 0 to 1"))
  }

  func testNotesAreAddedInOrderAndRemovedExactly() {
    let note = Note(id: 1, at: t, author: "Noor", text: "Eerste gesprek", session: SessionID(1))
    assertRoundTrip(board, .addNote(IdeaID(3), note)) { XCTAssertEqual($0.idea(IdeaID(3))?.notes, [note]) }
    assertRefused(
      board, .addNote(IdeaID(3), Note(id: 1, at: t, author: "x", text: "\n ")),
      .invalid(field: "note", reason: "the note is empty"))
    assertRefused(
      board, .addNote(IdeaID(3), Note(id: 1, at: t, author: "x", text: "a", session: SessionID(9))),
      .notFound("Session S-0009"))
    var withNotes = board
    XCTAssertNoThrow(try withNotes.apply(.addNote(IdeaID(3), note), by: "x", at: t))
    XCTAssertNoThrow(
      try withNotes.apply(.addNote(IdeaID(3), Note(id: 2, at: t, author: "x", text: "tweede")), by: "x", at: t))
    assertRoundTrip(withNotes, .removeNote(IdeaID(3), noteID: 1))
  }

  func testANoteWithoutAnIdIsNumberedWhenAppliedSoConcurrentNotesNeverCollide() throws {
    var b = board
    let first = try b.apply(
      .addNote(IdeaID(3), Note(id: Note.nextFreeID, at: t, author: "a", text: "een")), by: "a", at: t)
    try b.apply(.addNote(IdeaID(3), Note(id: Note.nextFreeID, at: t, author: "b", text: "twee")), by: "b", at: t)
    XCTAssertEqual(b.idea(IdeaID(3))?.notes.map(\.id), [1, 2])
    XCTAssertEqual(first, .removeNote(IdeaID(3), noteID: 1))
  }

  func testScoresPerReviewerAreValidatedAgainstTheRubric() {
    assertRoundTrip(board, .score(IdeaID(1), reviewer: "an", scores: ["impact": 5, "feasibility": 3])) { b in
      XCTAssertEqual(b.idea(IdeaID(1))?.scores["an"], ["impact": 5, "feasibility": 3])
    }
    assertRefused(
      board, .score(IdeaID(1), reviewer: "an", scores: ["impact": 6]),
      .invalid(field: "social impact", reason: "6 is outside 1 to 5"))
    assertRefused(
      board, .score(IdeaID(1), reviewer: "an", scores: ["beauty": 3]),
      .invalid(field: "score", reason: "“beauty” is not a criterion of this board's rubric"))
    assertRefused(
      board, .score(IdeaID(1), reviewer: " ", scores: ["impact": 3]),
      .invalid(field: "reviewer", reason: "scores need a reviewer's name"))
    XCTAssertEqual(Rubric.default.weightedTotal(["impact": 5, "feasibility": 3]) ?? 0, 4.2, accuracy: 1e-9)
  }

  func testDecisionsAcceptDeclineParkAndMergeAreUndoneExactly() {
    let d = { (k: Decision.Kind) in Decision(kind: k, by: "an", at: self.t) }
    assertRoundTrip(board, .decide(IdeaID(1), d(.accept(stage: Stage.ideaGeneration)))) { b in
      XCTAssertEqual(b.idea(IdeaID(1))?.stage, Stage.ideaGeneration)
      XCTAssertEqual(b.columns[Stage.ideaGeneration]?.last, IdeaID(1))
    }
    assertRoundTrip(board, .decide(IdeaID(1), d(.decline(reason: .outOfScope, text: "geen sociale doelgroep")))) { b in
      XCTAssertEqual(b.idea(IdeaID(1))?.outcome, .declined(reason: .outOfScope, text: "geen sociale doelgroep"))
      XCTAssertEqual(b.columns[Stage.incoming], [IdeaID(2)])
    }
    let revisit = t.day.adding(days: 90)
    assertRoundTrip(board, .decide(IdeaID(2), d(.park(revisit: revisit)))) { b in
      XCTAssertEqual(b.idea(IdeaID(2))?.outcome, .parked(revisit: revisit))
      XCTAssertEqual(b.parked.map(\.id), [IdeaID(2)])
    }
    assertRoundTrip(board, .decide(IdeaID(2), d(.merge(into: IdeaID(1))))) { b in
      XCTAssertEqual(b.idea(IdeaID(2))?.outcome, .declined(reason: .duplicate, text: "merged into I-0001"))
    }
    assertRefused(
      board, .decide(IdeaID(1), d(.decline(reason: .other, text: ""))),
      .invalid(field: "reason", reason: "say in a few words why I-0001 is declined"))
    assertRefused(
      board, .decide(IdeaID(1), d(.park(revisit: t.day))),
      .invalid(field: "revisit date", reason: "\(t.day) is not in the future"))
    assertRefused(
      board, .decide(IdeaID(1), d(.merge(into: IdeaID(1)))),
      .invalid(field: "merge", reason: "an idea cannot be merged into itself"))
    assertRefused(
      board, .decide(IdeaID(1), d(.merge(into: IdeaID(7)))),
      .conflict("I-0007 is declined: incomplete, no team yet; merge into an idea on the board."))
  }

  func testReopenBringsADeclinedIdeaBackAndUndoDeclinesItAgain() {
    assertRoundTrip(board, .reopen(IdeaID(7), stage: Stage.incoming, at: t)) { b in
      XCTAssertTrue(b.idea(IdeaID(7))?.isActive ?? false)
      XCTAssertEqual(b.columns[Stage.incoming]?.last, IdeaID(7))
    }
    assertRefused(board, .reopen(IdeaID(1), stage: Stage.incoming, at: t), .conflict("I-0001 is on the board already."))
  }

  func testLinkAndUnlinkPeopleInEachRole() {
    assertRoundTrip(board, .linkPerson(IdeaID(1), PersonID(2), .mentor)) {
      XCTAssertEqual($0.idea(IdeaID(1))?.mentors, [PersonID(2)])
    }
    assertRoundTrip(board, .linkPerson(IdeaID(1), PersonID(3), .coach)) {
      XCTAssertEqual($0.idea(IdeaID(1))?.coach, PersonID(3))
    }
    assertRoundTrip(board, .linkPerson(IdeaID(1), PersonID(4), .innovator)) {
      XCTAssertEqual($0.idea(IdeaID(1))?.innovators, [PersonID(1), PersonID(4)])
    }
    assertRoundTrip(board, .unlinkPerson(IdeaID(1), PersonID(1), .innovator)) {
      XCTAssertEqual($0.idea(IdeaID(1))?.innovators, [])
    }
    assertRefused(
      board, .linkPerson(IdeaID(1), PersonID(1), .innovator), .conflict("P-0001 is already an innovator of I-0001."))
    assertRefused(board, .unlinkPerson(IdeaID(1), PersonID(2), .mentor), .conflict("P-0002 is not a mentor of I-0001."))
    assertRefused(board, .linkPerson(IdeaID(1), PersonID(9), .mentor), .notFound("Person P-0009"))
  }

  func testPeopleAreValidatedAndCannotBeRemovedWhileLinked() {
    var p = Person(id: PersonID(5), givenName: "Gaëlle", familyName: "Çelik", email: "gaelle@example.be")
    p.languages = ["fr", "nl"]
    assertRoundTrip(board, .addPerson(p)) { XCTAssertEqual($0.person(PersonID(5))?.publicName, "Gaëlle Ç.") }
    var bad = p
    bad.email = "gaelle(at)example"
    assertRefused(
      board, .addPerson(bad),
      .invalid(field: "e-mail", reason: "“gaelle(at)example” is not an e-mail address like naam@voorbeeld.be"))
    assertRefused(
      board, .removePerson(PersonID(1)),
      .conflict(
        "Sofie Van den Broeck (P-0001) is still linked to I-0001, I-0002, I-0003, I-0004, I-0005; unlink them first."))
    assertRoundTrip(board, .removePerson(PersonID(4)))
    var edited = board.person(PersonID(2)) ?? p
    edited.mentorCapacity = 3
    edited.showFullName = true
    assertRoundTrip(board, .editPerson(edited)) { XCTAssertEqual($0.person(PersonID(2))?.publicName, "Jérôme Dubois") }
  }

  func testSessionsAndDotVotes() {
    var s = Session(id: SessionID(2), kind: .visionSession, title: "Visiedag", date: t.day)
    s.agenda = [IdeaID(1), IdeaID(2)]
    assertRoundTrip(board, .addSession(s))
    s.agenda = [IdeaID(1), IdeaID(1)]
    assertRefused(board, .addSession(s), .invalid(field: "agenda", reason: "an idea is on the agenda twice"))
    assertRoundTrip(board, .vote(SessionID(1), IdeaID(3), participant: PersonID(2), dots: 2)) { b in
      XCTAssertEqual(b.session(SessionID(1))?.tally.map(\.1), [2])
    }
    assertRefused(
      board, .vote(SessionID(1), IdeaID(3), participant: nil, dots: -1),
      .invalid(field: "votes", reason: "I-0003 has no dots to take away"))
    var withNote = board
    XCTAssertNoThrow(
      try withNote.apply(
        .addNote(IdeaID(3), Note(id: 1, at: t, author: "x", text: "idee", session: SessionID(1))), by: "x", at: t))
    assertRefused(
      withNote, .removeSession(SessionID(1)),
      .conflict("I-0003 has notes from S-0001; a session with contributions cannot be removed."))
  }

  func testStagesRubricAndBoardName() {
    var stages = board.stages
    stages.append(Stage(id: "alumni", name: "Alumni"))
    stages[1].wipLimit = 2
    assertRoundTrip(board, .setStages(stages)) { XCTAssertEqual($0.columns["alumni"], []) }
    assertRefused(
      board, .setStages(Array(board.stages.dropLast())),
      .conflict("I-0006 is in stage “exited”; move its ideas before removing a stage."))
    var rubric = Rubric.default
    rubric.criteria[0].weight = 5
    assertRoundTrip(board, .setRubric(rubric))
    rubric.criteria[0].weight = 0
    assertRefused(board, .setRubric(rubric), .invalid(field: "social impact", reason: "a weight must be above 0"))
    assertRoundTrip(board, .renameBoard("Fabriek Brussel"))
  }

  func testABatchIsAllOrNothingAndUndoneInOneStep() {
    let ok = BoardOperation.batch([
      .addIdea(Idea(id: IdeaID(8), title: "Een", created: t)), .addIdea(Idea(id: IdeaID(9), title: "Twee", created: t)),
    ])
    assertRoundTrip(board, ok) { XCTAssertEqual($0.columns[Stage.incoming]?.suffix(2), [IdeaID(8), IdeaID(9)]) }
    let broken = BoardOperation.batch([
      .addIdea(Idea(id: IdeaID(8), title: "Een", created: t)), .addIdea(Idea(id: IdeaID(9), title: "", created: t)),
    ])
    assertRefused(board, broken, .invalid(field: "title", reason: "an idea needs a title"))
  }

  /// A batch is applied in place (no copy of the board); one refused operation at its end
  /// takes back every kind of change before it, counters and history included, nested too.
  func testARefusedBatchLeavesTheBoardExactlyAsItWas() throws {
    let person = Person(id: PersonID(50), givenName: "Lotte", familyName: "Peeters", roles: [.innovator])
    let decline = Decision(kind: .decline(reason: .outOfScope, text: "buiten het programma"), by: "noor", at: t)
    let changes: [BoardOperation] = [
      .moveIdea(IdeaID(2), stage: Stage.enrichment, index: nil, enteredAt: t),
      .reorderIdea(IdeaID(3), index: 0),
      .editIdea(IdeaID(2), [.title("Nieuw"), .tags(["circulair"])]),
      .addNote(IdeaID(2), Note(id: Note.nextFreeID, at: t, author: "noor", text: "eerste gesprek")),
      .addPerson(person),
      .linkPerson(IdeaID(2), person.id, .innovator),
      .addIdea(Idea(id: IdeaID(8), title: "Wasserette sociale", created: t)),
      .decide(IdeaID(1), decline),
      .batch([.renameBoard("Fabriek Brussel"), .moveIdea(IdeaID(8), stage: Stage.ideaGeneration, index: 0, enteredAt: t)]),
    ]
    let refused = BoardOperation.addIdea(Idea(id: IdeaID(9), title: "", created: t))
    assertRefused(board, .batch(changes + [refused]), .invalid(field: "title", reason: "an idea needs a title"))
    assertRefused(board, .batch(changes + [.batch([.renameBoard("X"), refused])]), .invalid(field: "title", reason: "an idea needs a title"))
    assertRoundTrip(board, .batch(changes))
  }

  /// A refused batch also winds back the matches it proposed and their numbering.
  func testARefusedBatchTakesBackItsMatches() throws {
    typealias B = MatchBoards
    let board = try B.board()
    let refused = BoardOperation.addIdea(Idea(id: IdeaID(9), title: "", created: t))
    assertRefused(
      board, .batch([.proposeMatch(B.proposal(1, B.idea, B.koen)), B.move(1, .active), B.hours(1, minutes: 30), refused]),
      .invalid(field: "title", reason: "an idea needs a title"))
  }

  func testHistoryRecordsWhoWhenWhatAndWhy() throws {
    var b = board
    try b.apply(
      Change(
        .moveIdea(IdeaID(2), stage: Stage.enrichment, index: nil, enteredAt: t), by: "noor", at: t,
        why: "klaar voor verrijking"))
    XCTAssertEqual(
      b.history(of: .idea(IdeaID(2))).last,
      HistoryEntry(
        at: t, who: "noor", subject: .idea(IdeaID(2)), what: "moved I-0002 from Incoming to Enrichment",
        why: "klaar voor verrijking", event: .entered(stage: Stage.enrichment)))
  }

  func testEachLineSaysWhereItsChangePutTheIdea() throws {
    var b = board
    let start = b.history.count
    try b.apply(.moveIdea(IdeaID(2), stage: Stage.enrichment, index: nil, enteredAt: t), by: "noor", at: t)
    try b.apply(.reorderIdea(IdeaID(2), index: 0), by: "noor", at: t)
    try b.apply(.editIdea(IdeaID(2), [.title("Nieuw")]), by: "noor", at: t)
    let undo = try b.apply(
      .decide(IdeaID(1), Decision(kind: .decline(reason: .outOfScope, text: "buiten het programma"), by: "noor", at: t)),
      by: "noor", at: t)
    try b.apply(undo, by: "noor", at: t)
    let revisit = Day(year: 2027, month: 1, day: 1) ?? t.day
    try b.apply(.decide(IdeaID(1), Decision(kind: .park(revisit: revisit), by: "noor", at: t)), by: "noor", at: t)
    try b.apply(.reopen(IdeaID(1), stage: Stage.ideaGeneration, at: t), by: "noor", at: t)
    XCTAssertEqual(
      b.history[start...].map(\.event),
      [
        .entered(stage: Stage.enrichment), nil, nil, .declined(.outOfScope), .entered(stage: Stage.incoming), .parked,
        .entered(stage: Stage.ideaGeneration),
      ])
  }
}
