import FabriekCore
import FabriekUI
import XCTest

/// A match from the suggestions screen to its end: `m`, pick a suggestion, propose, move it to
/// active, log hours, end it, and undo each step; a proposal over capacity asks why; the
/// pool's accepted pairs go in as one change and come out with one `u`.
final class MentorMatchJourneyTests: XCTestCase {
  let match = MatchID(4)  // the fixture's matches are M-0001 (Léa, I-0007) and Tom's two

  func matchLine(_ journey: Journey) -> String { journey.screen.lines[2].trimmingTrailingSpaces }

  func suggestions() throws -> Journey {
    var journey = Journey(try MentorFixtures.state())
    journey.press("l", "l", "j", "j", "m")
    XCTAssertEqual(journey.state.mentors?.idea, MentorFixtures.bekers)
    return journey
  }

  func testProposeActivateLogHoursEndAndUndoEachStep() async throws {
    var journey = try suggestions()
    XCTAssertEqual(journey.state.board.matches.map(\.id), [MatchID(1), MatchID(2), MatchID(3)])
    // Pick the second suggestion, then back to the first: Pieter Claes.
    journey.press("j", "k", "Enter")
    XCTAssertEqual(journey.state.message?.text, "Proposed M-0004: Pieter Claes for I-0013")
    var m = try XCTUnwrap(journey.state.board.match(match))
    XCTAssertEqual(m.idea, MentorFixtures.bekers)
    XCTAssertEqual(m.person, MentorFixtures.pieter)
    XCTAssertEqual(m.state, .proposed)
    XCTAssertEqual(m.proposedBy, "fabriek")
    XCTAssertEqual(journey.screen.lines[1].trimmingTrailingSpaces, " 1 match · J/K select · a next state · x end · d decline · h log hours")
    XCTAssertEqual(matchLine(journey), " ▸ M-0004  Pieter Claes · mentor · proposed on 1 Nov 2026")

    journey.press("a")
    XCTAssertEqual(journey.state.board.match(match)?.state, .introduced)
    journey.press("a")
    XCTAssertEqual(journey.state.board.match(match)?.state, .active)
    XCTAssertEqual(journey.state.message?.text, "M-0004 of Pieter Claes with I-0013 is active")
    XCTAssertEqual(journey.state.board.ideas[MentorFixtures.bekers]?.mentors, [MentorFixtures.pieter])
    XCTAssertEqual(matchLine(journey), " ▸ M-0004  Pieter Claes · mentor · active on 1 Nov 2026")

    journey.press("h")
    XCTAssertEqual(journey.state.keyLayer, .mentorPrompt)
    journey.type("1,5")
    journey.press("Tab", "Tab")
    journey.type("Eerste gesprek")
    XCTAssertEqual(journey.screen.lines[17].trimmingTrailingSpaces, " Log hours on M-0004 (Pieter Claes) (Tab: next field)")
    XCTAssertEqual(journey.screen.lines[18].trimmingTrailingSpaces, " Hours: 1,5")
    XCTAssertEqual(journey.screen.lines[19].trimmingTrailingSpaces, " Day: 2026-11-01")
    XCTAssertEqual(journey.screen.lines[20].trimmingTrailingSpaces, " Note: Eerste gesprek")
    journey.press("Enter")
    m = try XCTUnwrap(journey.state.board.match(match))
    XCTAssertEqual(m.hours, [HoursEntry(id: 1, day: ScreenFixtures.now.day, minutes: 90, note: "Eerste gesprek")])
    XCTAssertEqual(matchLine(journey), " ▸ M-0004  Pieter Claes · mentor · active on 1 Nov 2026 · 1.5 h")

    journey.press("x")
    journey.press("Tab", "Shift-Tab")  // another reason and back: goal reached
    journey.type("Plan staat")
    XCTAssertEqual(journey.screen.lines[19].trimmingTrailingSpaces, " Reason: ‹goal reached›  Tab: another reason")
    journey.press("Enter")
    m = try XCTUnwrap(journey.state.board.match(match))
    XCTAssertEqual(m.state, .ended)
    XCTAssertEqual(m.endReason, MatchEndReason(.goalReached, text: "Plan staat"))
    XCTAssertEqual(journey.state.board.ideas[MentorFixtures.bekers]?.mentors, [])
    XCTAssertEqual(journey.state.message?.text, "M-0004 of Pieter Claes with I-0013 is ended (goal reached)")

    // Undo each step, newest first.
    journey.press("u")
    XCTAssertEqual(journey.state.board.match(match)?.state, .active)
    XCTAssertEqual(journey.state.board.match(match)?.endReason, nil)
    XCTAssertEqual(journey.state.board.ideas[MentorFixtures.bekers]?.mentors, [MentorFixtures.pieter])
    journey.press("u")
    XCTAssertEqual(journey.state.board.match(match)?.hours, [])
    XCTAssertEqual(matchLine(journey), " ▸ M-0004  Pieter Claes · mentor · active on 1 Nov 2026")
    journey.press("u")
    XCTAssertEqual(journey.state.board.match(match)?.state, .introduced)
    XCTAssertEqual(journey.state.board.ideas[MentorFixtures.bekers]?.mentors, [])
    journey.press("u")
    XCTAssertEqual(journey.state.board.match(match)?.state, .proposed)
    journey.press("u")
    XCTAssertNil(journey.state.board.match(match))
    XCTAssertEqual(journey.state.board.matches.map(\.id), [MatchID(1), MatchID(2), MatchID(3)])
    XCTAssertEqual(journey.screen.lines[1].trimmingTrailingSpaces, " name                  score  why")
    XCTAssertEqual(journey.state.mode, .suggestions)
    journey.press("Esc")
    XCTAssertEqual(journey.state.mode, .board)
    XCTAssertEqual(journey.state.undoStack, [])
  }

  func testAProposalOverCapacityAsksWhyAndRecordsIt() async throws {
    var journey = try suggestions()
    journey.press("G", "Enter")  // Léa Dubois: 1 active of 1
    XCTAssertEqual(journey.state.keyLayer, .mentorPrompt)
    XCTAssertEqual(journey.state.board.matches.count, 3, "nothing proposed yet")
    XCTAssertEqual(journey.screen.lines[18].trimmingTrailingSpaces, " A rule refuses this proposal:")
    XCTAssertTrue(journey.screen.lines[19].hasPrefix(" P-0003 has 1 active matches and a capacity of 1"))
    XCTAssertFalse(journey.screen.lines.joined().contains("--override-reason"), "a screen asks; it names no flag")
    journey.press("Enter")
    XCTAssertEqual(journey.state.message?.text, "Say why the rule may be broken, or Esc to leave it.")
    XCTAssertEqual(journey.state.board.matches.count, 3)
    journey.type("Enige met horeca-ervaring")
    journey.press("Enter")
    let m = try XCTUnwrap(journey.state.board.match(match))
    XCTAssertEqual(m.person, MentorFixtures.lea)
    XCTAssertEqual(m.overrideReason, "Enige met horeca-ervaring")
    XCTAssertEqual(journey.state.message?.text, "Proposed M-0004: Léa Dubois for I-0013")
    XCTAssertEqual(journey.state.keyLayer, .suggestions)
    journey.press("u")
    XCTAssertNil(journey.state.board.match(match))
  }

  func testEscLeavesAPromptAndNothingChanges() async throws {
    var journey = try suggestions()
    journey.press("G", "Enter", "Esc")
    XCTAssertEqual(journey.state.message?.text, "Nothing was changed.")
    XCTAssertEqual(journey.state.keyLayer, .suggestions)
    XCTAssertEqual(journey.commits, [])
  }

  func testHoursThatAreNotANumberAreRefusedWithOneSentenceAndKept() async throws {
    var journey = try suggestions()
    journey.press("Enter", "a", "h")
    journey.type("anderhalf")
    journey.press("Enter")
    XCTAssertEqual(
      journey.state.message?.text, "“anderhalf” is not a number of hours: type one above 0 and at most 24, like 1.5.")
    XCTAssertEqual(journey.state.mentors?.prompt?.texts.first, "anderhalf", "what was typed is kept")
    XCTAssertEqual(journey.state.board.match(match)?.hours, [])
  }

  func testThePoolsAcceptedPairsAreProposedAsOneChangeAndOneUndoTakesThemBack() async throws {
    var journey = Journey(try MentorFixtures.state())
    journey.press("b", "Tab", "a", "Enter")
    XCTAssertEqual(journey.state.message?.text, "Proposed 2 matches: M-0004, M-0005")
    XCTAssertEqual(journey.commits.count, 1)
    let proposed = journey.state.board.matches.suffix(2)
    XCTAssertEqual(proposed.map(\.idea), [IdeaID(6), MentorFixtures.bekers])
    XCTAssertEqual(proposed.map(\.person), [MentorFixtures.nadia, MentorFixtures.pieter])
    XCTAssertEqual(proposed.map(\.state), [.proposed, .proposed])
    XCTAssertEqual(journey.state.mentors?.page, .unmatched, "back to the ideas, which have no active mentor yet")
    journey.press("u")
    XCTAssertEqual(journey.state.board.matches.count, 3)
    XCTAssertEqual(journey.state.message?.text, "Undone: 2 changes at once")
  }

  func testADroppedPairIsNotProposed() async throws {
    var journey = Journey(try MentorFixtures.state())
    journey.press("b", "Tab", "a", "Space", "Enter")
    XCTAssertEqual(journey.state.message?.text, "Proposed M-0004: Pieter Claes for I-0013")
    XCTAssertEqual(journey.state.board.matches.map(\.person).last, MentorFixtures.pieter)
    XCTAssertEqual(journey.state.board.matches.count, 4)
    XCTAssertEqual(journey.state.mentors?.page, .unmatched)
    journey.press("a")
    XCTAssertFalse(
      journey.state.mentors?.pool.contains { $0.idea == MentorFixtures.bekers && $0.person == MentorFixtures.pieter } ?? true,
      "a pair with an open match already is never proposed again")
    journey.press("Space", "Space", "Enter")
    XCTAssertEqual(journey.state.message?.text, "No row is accepted: Space accepts a row, Esc goes back.")
  }
}
