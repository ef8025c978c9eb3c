import FabriekCore
import FabriekUI
import XCTest

/// Events from the run loop: the board changed, a commit failed, the size or the clock changed.
final class BoardEventTests: XCTestCase {
  func testAnotherProcessChangingTheBoardKeepsTheFocusOnTheSameIdea() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("j")
    XCTAssertEqual(journey.focusedCode, "I-0002")
    var other = journey.state.board
    try other.apply(
      .moveIdea(IdeaID(3), stage: Stage.incoming, index: 0, enteredAt: ScreenFixtures.now), by: "ann",
      at: ScreenFixtures.now)
    journey.send(.boardChanged(other))
    XCTAssertEqual(journey.focusedCode, "I-0002")
    XCTAssertEqual(journey.state.cardFocus[0], 2)
    try other.apply(
      .moveIdea(IdeaID(2), stage: Stage.exited, index: nil, enteredAt: ScreenFixtures.now), by: "ann",
      at: ScreenFixtures.now)
    journey.send(.boardChanged(other))
    XCTAssertEqual(journey.focusedCode, "I-0002", "the focus follows the idea into another column")
    XCTAssertEqual(journey.state.focusColumn, 4)
  }

  func testARefusedCommitShowsItsSentenceInTheStatusLineInTheErrorStyle() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("L")
    journey.send(.commitFailed("Could not save the board: the disk is full.", purpose: .change))
    let screen = journey.screen
    let status = screen.lines[23]
    XCTAssertTrue(status.contains("Could not save the board: the disk is full."))
    let x = try XCTUnwrap(status.range(of: "Could")).lowerBound.utf16Offset(in: status)
    XCTAssertEqual(screen[x, 23].style, .statusError)
    XCTAssertFalse(journey.state.isSaving)
  }

  func testAFailedSaveSaysNotSavedUntilALaterCommitGoesThrough() throws {
    var journey = Journey(try ScreenFixtures.state())
    XCTAssertTrue(journey.screen.lines[23].hasSuffix(" saved "))
    journey.boardIsReadOnly = true
    journey.press("L")
    var status = journey.screen.lines[23]
    let refusal = try XCTUnwrap(journey.state.message?.text)
    XCTAssertTrue(refusal.contains("board.json is read-only"), refusal)
    XCTAssertTrue(status.contains(String(refusal.prefix(20))), status)
    XCTAssertTrue(status.hasSuffix(" not saved "), status)
    let x = try XCTUnwrap(status.range(of: "not saved")).lowerBound.utf16Offset(in: status)
    XCTAssertEqual(journey.screen[x, 23].style, .statusError)
    XCTAssertEqual(journey.stage(of: "I-0001"), Stage.incoming, "the move did not happen")

    journey.press("j")
    status = journey.screen.lines[23]
    XCTAssertFalse(status.contains("read-only"), "the sentence goes with the next key")
    XCTAssertTrue(status.hasSuffix(" not saved "), "but the board still does not claim to be saved: \(status)")

    journey.press("u")
    XCTAssertTrue(journey.screen.lines[23].hasSuffix(" not saved "), "nothing to undo is no save either")

    journey.boardIsReadOnly = false
    journey.press("k", "L")
    status = journey.screen.lines[23]
    XCTAssertEqual(journey.stage(of: "I-0001"), Stage.ideaGeneration)
    XCTAssertTrue(status.hasSuffix(" saved ") && !status.contains("not saved"), status)
  }

  func testAResizeReflowsAndATooSmallTerminalGetsAMessage() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("l", "l", "j", "Enter")
    XCTAssertNil(journey.state.layout.boardArea, "the detail covers the board at 80 columns")
    journey.send(.resize(width: 200, height: 60))
    XCTAssertNotNil(journey.state.layout.boardArea, "and sits beside it at 200")
    XCTAssertEqual(journey.state.layout.detailArea?.width, 80)
    XCTAssertTrue(
      journey.screen.lines[0].hasSuffix(
        "I-0007 · Enrichment                                                 1–31 of 31 "))
    journey.send(.resize(width: 79, height: 24))
    XCTAssertTrue(journey.screen.lines.joined().contains("at least 80×24; this one is 79×24"))
    journey.press("j")
    journey.send(.resize(width: 80, height: 24))
    XCTAssertEqual(journey.state.detail?.id, IdeaID(7))
  }

  func testTheClockMovesTheDaysInStage() throws {
    var journey = Journey(try ScreenFixtures.state())
    XCTAssertTrue(journey.screen.lines[2].hasPrefix(" I-0001                3d"))
    journey.send(.tick(now: ScreenFixtures.day(2)))
    XCTAssertTrue(journey.screen.lines[2].hasPrefix(" I-0001                5d"))
  }

  func testAnIdeaRemovedElsewhereClosesItsDetail() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("Enter")
    var other = journey.state.board
    try other.apply(.removeIdea(IdeaID(1)), by: "ann", at: ScreenFixtures.now)
    journey.send(.boardChanged(other))
    XCTAssertNil(journey.state.detail)
    XCTAssertEqual(journey.state.message?.text, "I-0001 is no longer on this board.")
    XCTAssertEqual(journey.focusedCode, "I-0002")
  }

  func testTheDetailHistoryFollowsNewChanges() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("Enter", "L")
    XCTAssertEqual(journey.state.mode, .detail)
    journey.press("Esc", "L", "Enter", "G")
    let text = journey.screen.lines.joined(separator: "\n")
    XCTAssertTrue(text.contains("accepted I-0001 into Idea generation"), text)
  }

  func testAnActiveSearchFollowsChangesToIdeasAndPeople() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("/")
    journey.type("cafe")
    journey.press("Enter")
    XCTAssertEqual(journey.state.search.matches, [IdeaID(1), IdeaID(4)])
    var other = journey.state.board
    let at = ScreenFixtures.now
    try other.apply(.addIdea(Idea(id: IdeaID(30), title: "Wijkcafé", created: at)), by: "ann", at: at)
    try other.apply(
      .decide(IdeaID(1), Decision(kind: .decline(reason: .duplicate, text: "see I-0030"), by: "ann", at: at)),
      by: "ann",
      at: at)
    try other.apply(.editIdea(IdeaID(4), [.title("Taalclub")]), by: "ann", at: at)
    journey.send(.boardChanged(other))
    XCTAssertEqual(journey.state.search.matches, [IdeaID(30), IdeaID(1)], "declined I-0001 now comes after the board")

    journey.press("Esc", "/")
    journey.type("sophie")
    XCTAssertEqual(journey.state.search.matches, [])
    var sofie = try XCTUnwrap(other.people[PersonID(1)])
    sofie.givenName = "Sophie"
    try other.apply(.editPerson(sofie), by: "ann", at: at)
    try other.apply(.addPerson(Person(id: PersonID(9), givenName: "Sophie", familyName: "Nieuw")), by: "ann", at: at)
    try other.apply(.linkPerson(IdeaID(30), PersonID(9), .innovator), by: "ann", at: at)
    journey.send(.boardChanged(other))
    XCTAssertEqual(
      journey.state.search.matches, [IdeaID(2), IdeaID(30), IdeaID(4), IdeaID(6), IdeaID(8), IdeaID(10), IdeaID(12)])
  }
}
