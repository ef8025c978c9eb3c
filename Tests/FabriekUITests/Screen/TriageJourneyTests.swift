import FabriekCore
import FabriekUI
import XCTest

/// Triage through the real key map and `update`, commits applied like the run loop does:
/// score with digits, accept, decline with a reason, park, merge, skip, undo.
final class TriageJourneyTests: XCTestCase {
  func triage() throws -> Journey {
    var journey = Journey(try TriageFixtures.state())
    journey.press("t")
    return journey
  }

  func text(_ journey: Journey) -> String { journey.screen.lines.joined(separator: "\n") }

  func testTOpensTheIncomingQueueOldestFirstWithProgress() throws {
    let journey = try triage()
    XCTAssertEqual(journey.state.mode, .triage)
    XCTAssertEqual(journey.state.triage?.queue, [IdeaID(2), IdeaID(4), IdeaID(1), IdeaID(3)])
    XCTAssertEqual(journey.state.triage?.candidate, IdeaID(2))
    let screen = text(journey)
    XCTAssertTrue(screen.contains("Triage · 1 / 4 · I-0002 · Incoming"), screen)
    XCTAssertTrue(screen.contains("reviewer: an"), screen)
    XCTAssertTrue(screen.contains("Pitch of Repair café Gent."), "the whole record is shown")
    XCTAssertEqual(journey.screen.lines[23].hasPrefix(" TRIAGE "), true)
  }

  func testTheRecordScrollsWithPageKeysAndTheWheel() throws {
    var journey = try triage()
    journey.press("PgDn")
    let page = try XCTUnwrap(journey.state.triage?.record?.scroll)
    XCTAssertGreaterThan(page, 0)
    XCTAssertTrue(text(journey).contains("lines above"))
    journey.click(.wheelUp, x: 10, y: 10)
    XCTAssertEqual(journey.state.triage?.record?.scroll, max(0, page - 3))
    journey.press("PgUp")
    XCTAssertEqual(journey.state.triage?.record?.scroll, 0)
  }

  func testFabriekTriageStartsInTheTriageScreen() throws {
    let state = try TriageFixtures.state(startInTriage: true)
    XCTAssertEqual(state.mode, .triage)
    XCTAssertEqual(state.triage?.candidate, IdeaID(2))
  }

  func testDigitsScoreTheCurrentCriterionAndMoveToTheNext() throws {
    var journey = try triage()
    journey.press("4", "3", "↑", "5")
    XCTAssertEqual(
      journey.commits,
      [
        .score(IdeaID(2), reviewer: "an", scores: ["impact": 4]),
        .score(IdeaID(2), reviewer: "an", scores: ["impact": 4, "innovativeness": 3]),
        .score(IdeaID(2), reviewer: "an", scores: ["impact": 4, "innovativeness": 5]),
      ])
    XCTAssertEqual(journey.state.board.ideas[IdeaID(2)]?.scores, ["an": ["impact": 4, "innovativeness": 5]])
    XCTAssertEqual(journey.state.triage?.criterion, 2)
    let screen = text(journey)
    XCTAssertTrue(screen.contains("Weighted total"), screen)
    XCTAssertTrue(screen.contains(" 4.4"), "(4×3 + 5×2) / 5; screen:\n\(screen)")
    XCTAssertTrue(screen.contains("▸ feasibility ×2"), screen)
    journey.press("9")
    XCTAssertEqual(journey.commits.count, 3)
    XCTAssertEqual(journey.state.message, StatusMessage("Scores run from 1 to 5.", isError: true))
    journey.press("Tab", "Tab", "Tab", "Tab", "2")
    XCTAssertEqual(journey.state.board.ideas[IdeaID(2)]?.scores["an"]?["sustainability"], 2, "Tab stops at the last")
  }

  func testAcceptMovesTheCandidateToIdeaGenerationAndShowsTheNext() throws {
    var journey = try triage()
    journey.press("a")
    XCTAssertEqual(
      journey.commits,
      [.decide(IdeaID(2), Decision(kind: .accept(stage: Stage.ideaGeneration), by: "an", at: TriageFixtures.now))])
    XCTAssertEqual(journey.stage(of: "I-0002"), Stage.ideaGeneration)
    XCTAssertEqual(journey.state.board.ideas[IdeaID(2)]?.decision?.by, "an")
    XCTAssertEqual(journey.state.triage?.candidate, IdeaID(4))
    XCTAssertTrue(text(journey).contains("Triage · 2 / 4 · I-0004"))
    XCTAssertEqual(journey.state.message?.text, "accepted I-0002 into Idea generation")
  }

  func testAcceptIntoAChosenStage() throws {
    var journey = try triage()
    journey.press("A")
    XCTAssertEqual(journey.state.mode, .triagePrompt)
    XCTAssertTrue(text(journey).contains("▸ Idea generation"))
    journey.press("↓", "Enter")
    XCTAssertEqual(journey.stage(of: "I-0002"), Stage.enrichment)
    XCTAssertEqual(journey.state.mode, .triage)
  }

  func testDeclineNeedsAReasonAndWordsAndEscCancels() throws {
    var journey = try triage()
    journey.press("d")
    journey.type("nope")
    journey.press("Esc")
    XCTAssertEqual(journey.state.mode, .triage)
    XCTAssertNil(journey.state.triage?.prompt)
    XCTAssertTrue(journey.commits.isEmpty)

    journey.press("d", "Enter")
    XCTAssertEqual(journey.state.message, StatusMessage("Say in a few words why I-0002 is declined.", isError: true))
    XCTAssertEqual(journey.state.mode, .triagePrompt, "the prompt stays open")
    journey.press("↓")
    journey.type("geen sociale doelstelling")
    XCTAssertTrue(text(journey).contains("why: geen sociale doelstelling"))
    XCTAssertTrue(text(journey).contains("▸ out of scope"))
    journey.press("Enter")
    XCTAssertEqual(
      journey.commits,
      [
        .decide(
          IdeaID(2),
          Decision(
            kind: .decline(reason: .outOfScope, text: "geen sociale doelstelling"), by: "an", at: TriageFixtures.now))
      ])
    XCTAssertEqual(
      journey.state.board.ideas[IdeaID(2)]?.outcome, .declined(reason: .outOfScope, text: "geen sociale doelstelling"))
    XCTAssertEqual(journey.state.triage?.candidate, IdeaID(4))
  }

  func testParkTakesARelativeOrISODateInTheFuture() throws {
    var journey = try triage()
    journey.press("p")
    journey.type("2020-01-01")
    journey.press("Enter")
    XCTAssertEqual(journey.state.message?.text, "1 Jan 2020 is not in the future; park until a later date.")
    journey.press("Ctrl-U")
    journey.type("soon")
    journey.press("Enter")
    XCTAssertEqual(
      journey.state.message?.text, "“soon” is not a date; write 2027-03-01, or +10d, +3w, +2m or +1y from today.")
    XCTAssertTrue(journey.commits.isEmpty)
    journey.press("Ctrl-U")
    journey.type("+3w")
    journey.press("Enter")
    let revisit = TriageFixtures.now.day.adding(days: 21)
    XCTAssertEqual(journey.state.board.ideas[IdeaID(2)]?.outcome, .parked(revisit: revisit))
    journey.press("p")
    journey.type("+2m")
    journey.press("Enter")
    XCTAssertEqual(
      journey.state.board.ideas[IdeaID(4)]?.outcome, .parked(revisit: try XCTUnwrap(Day(year: 2027, month: 1, day: 1))))
  }

  func testMergeIntoASuspectedDuplicate() throws {
    var journey = try triage()
    journey.press("m")
    XCTAssertEqual(journey.state.triage?.prompt, .merge(choices: [], choice: 0, text: ""))
    XCTAssertTrue(text(journey).contains("No suspected duplicate:"), text(journey))
    journey.press("Esc")
    journey.press("s", "s")
    XCTAssertEqual(journey.state.triage?.candidate, IdeaID(1))
    XCTAssertEqual(journey.state.triage?.duplicates, [IdeaID(3), IdeaID(5)], "declined ideas count too")
    let screen = text(journey)
    XCTAssertTrue(screen.contains("Suspected duplicates"))
    XCTAssertTrue(screen.contains("I-0005 Soepbar voedseloverschotten"), screen)
    journey.press("m")
    XCTAssertEqual(journey.state.triage?.prompt, .merge(choices: [IdeaID(3)], choice: 0, text: ""), "only ideas on the board")
    journey.press("Enter")
    XCTAssertEqual(journey.state.board.ideas[IdeaID(1)]?.decision?.kind, .merge(into: IdeaID(3)))
    XCTAssertEqual(
      journey.state.board.ideas[IdeaID(1)]?.outcome, .declined(reason: .duplicate, text: "merged into I-0003"))
  }

  func testSkipPreviousAndTheEndOfTheQueue() throws {
    var journey = try triage()
    journey.press("s", "→")
    XCTAssertTrue(text(journey).contains("Triage · 3 / 4 · I-0001"))
    journey.press("←")
    XCTAssertEqual(journey.state.triage?.candidate, IdeaID(4))
    journey.press("s", "s", "s", "s")
    XCTAssertTrue(journey.state.triage?.isFinished ?? false)
    XCTAssertTrue(text(journey).contains("Triage done: 0 of 4 candidates decided."), text(journey))
    journey.press("a")
    XCTAssertTrue(journey.commits.isEmpty)
  }

  func testUndoTakesTheLastDecisionBackAndShowsThatCandidate() throws {
    var journey = try triage()
    journey.press("3", "a")
    journey.press("d")
    journey.type("dubbel")
    journey.press("Enter")
    XCTAssertEqual(journey.state.triage?.candidate, IdeaID(1))
    journey.press("u")
    XCTAssertNil(journey.state.board.ideas[IdeaID(4)]?.outcome)
    XCTAssertEqual(journey.state.triage?.candidate, IdeaID(4), "the undone candidate is shown again")
    XCTAssertEqual(journey.state.message?.text, "Undone: put back the triage decision on I-0004")
    journey.press("u")
    XCTAssertEqual(journey.stage(of: "I-0002"), Stage.incoming)
    XCTAssertNil(journey.state.board.ideas[IdeaID(2)]?.decision)
    XCTAssertEqual(journey.state.triage?.candidate, IdeaID(2))
    XCTAssertEqual(journey.state.board.ideas[IdeaID(2)]?.scores["an"], ["impact": 3], "the score is a step of its own")
    journey.press("u")
    XCTAssertEqual(journey.state.board.ideas[IdeaID(2)]?.scores, [:])
  }

  func testTwoReviewersMeanSpreadAndDisagreement() throws {
    var journey = try triage()
    journey.press("s", "4", "3")
    let idea = try XCTUnwrap(journey.state.board.ideas[IdeaID(4)])
    XCTAssertEqual(idea.scores.keys.sorted(), ["an", "bo"])
    let consensus = journey.state.board.rubric.consensus(idea.scores)
    XCTAssertEqual(consensus[0].mean, 3)
    XCTAssertEqual(consensus[0].spread, 2)
    XCTAssertTrue(consensus[0].isDisagreement)
    XCTAssertFalse(consensus[1].isDisagreement)
    let screen = journey.screen
    let row = try XCTUnwrap(screen.lines.firstIndex { $0.contains("social impact ×3") })
    XCTAssertTrue(screen.lines[row].contains("social impact ×3     4   3.0  2 ≠"), screen.lines[row])
    XCTAssertEqual(styles(of: "≠", in: screen, row: row), [.badgeWarning])
    XCTAssertTrue(text(journey).contains("≠ reviewers disagree on social"), text(journey))
    journey.press("Esc")
    let board = journey.screen
    let cardRow = try XCTUnwrap(board.lines.firstIndex { $0.contains("I-0004") })
    XCTAssertTrue(board.lines[cardRow].contains("★3.2±2≠"), "the card flags it too: \(board.lines[cardRow])")
    XCTAssertEqual(styles(of: "≠", in: board, row: cardRow), [.cardFocused], "on the focused card")
    journey.press("k")
    let unfocused = journey.screen
    XCTAssertEqual(styles(of: "≠", in: unfocused, row: cardRow), [.badgeWarning])
  }

  func styles(of grapheme: Character, in grid: Grid, row: Int) -> [Style] {
    (0..<grid.width).map { grid[$0, row] }.filter { $0.grapheme == grapheme }.map(\.style)
  }

  func testEscAndQGoBackToTheBoardWithoutQuitting() throws {
    var journey = try triage()
    journey.press("q")
    XCTAssertEqual(journey.state.mode, .board)
    XCTAssertNil(journey.state.triage)
    XCTAssertFalse(journey.effects.contains(.quit))
    journey.press("t", "Esc")
    XCTAssertEqual(journey.state.mode, .board)
    journey.press("q")
    XCTAssertEqual(journey.effects.last, .quit, "q on the board quits")
  }

  func testNewIncomingCandidatesJoinTheQueue() throws {
    var journey = try triage()
    var board = journey.state.board
    try board.apply(
      .addIdea(Idea(id: IdeaID(7), title: "Nieuw", created: TriageFixtures.now)), by: "bo", at: TriageFixtures.now)
    journey.send(.boardChanged(board))
    XCTAssertEqual(journey.state.triage?.queue.last, IdeaID(7))
    XCTAssertTrue(text(journey).contains("1 / 5"))
  }
}
