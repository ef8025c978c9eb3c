import XCTest

@testable import FabriekCore

final class MatchOperationTests: XCTestCase {
  typealias B = MatchBoards

  func testProposingAMatchAddsItAndUndoTakesItAwayExactly() throws {
    let board = try B.board()
    assertRoundTrip(board, .proposeMatch(B.proposal(1, B.idea, B.koen))) { b in
      XCTAssertEqual(b.matches.map(\.code), ["M-0001"])
      XCTAssertEqual(b.matches.first?.state, .proposed)
      XCTAssertEqual(b.idea(B.idea)?.mentors, [], "a proposal is not a mentor yet")
      XCTAssertEqual(b.nextMatch, 2)
    }
  }

  func testEveryOperationOnAMatchIsUndoneExactly() throws {
    let board = try B.applying(B.board(), [.proposeMatch(B.proposal(1, B.idea, B.koen))])
    let introduced = try B.applying(board, [B.move(1, .introduced)])
    let active = try B.applying(introduced, [B.move(1, .active)])
    let logged = try B.applying(active, [B.hours(1, minutes: 90, note: "first talk")])
    assertRoundTrip(board, B.move(1, .introduced))
    assertRoundTrip(board, B.move(1, .active)) { XCTAssertEqual($0.idea(B.idea)?.mentors, [B.koen]) }
    assertRoundTrip(board, B.move(1, .declined, reason: MatchEndReason(.noFit, text: "other field")))
    assertRoundTrip(introduced, B.move(1, .ended, reason: MatchEndReason(.noTime)))
    assertRoundTrip(active, B.move(1, .ended, reason: MatchEndReason(.goalReached, text: "pilot financed"))) {
      XCTAssertEqual($0.idea(B.idea)?.mentors, [], "an ended match is no mentor any more")
      XCTAssertEqual($0.match(MatchID(1))?.endReason, MatchEndReason(.goalReached, text: "pilot financed"))
    }
    assertRoundTrip(active, B.hours(1, minutes: 90)) { XCTAssertEqual($0.match(MatchID(1))?.hours.map(\.id), [1]) }
    assertRoundTrip(logged, .removeHours(MatchID(1), entry: 1)) { XCTAssertEqual($0.match(MatchID(1))?.hours, []) }
    assertRoundTrip(active, .removeMatch(MatchID(1))) { XCTAssertEqual($0.idea(B.idea)?.mentors, []) }
    assertRoundTrip(board, .setMatchWeights(MatchWeights(expertise: 1))) { XCTAssertEqual($0.weights.expertise, 1) }
  }

  func testAMoveRecordsItsDayAndAuthorAndHoursEntriesAreNumbered() throws {
    let b = try B.applying(
      B.board(),
      [
        .proposeMatch(B.proposal(1, B.idea, B.koen)), B.move(1, .active), B.hours(1, minutes: 90),
        B.hours(1, minutes: 30, note: "call"),
      ])
    let m = try XCTUnwrap(b.match(MatchID(1)))
    XCTAssertEqual(m.transitions, [MatchTransition(.active, at: B.t1, by: "Noor")])
    XCTAssertEqual(m.hours.map(\.id), [1, 2])
    XCTAssertEqual(m.minutes, 120)
    XCTAssertEqual(b.minutesLogged(by: B.koen), 120)
  }

  func testOnlyTheAllowedMovesAreMadeAndEndingNeedsAReason() throws {
    let board = try B.applying(B.board(), [.proposeMatch(B.proposal(1, B.idea, B.koen))])
    assertRefused(
      board, B.move(1, .ended, reason: MatchEndReason(.other)),
      .invalid(
        field: "state", reason: "M-0001 is proposed and cannot become ended; it can become introduced, active, declined"))
    assertRefused(
      board, B.move(1, .declined),
      .invalid(field: "reason", reason: "say why it is declined (--reason: goal-reached, no-fit, no-time or other, and a text)"))
    let ended = try B.applying(board, [B.move(1, .active), B.move(1, .ended, reason: MatchEndReason(.goalReached))])
    assertRefused(
      ended, B.move(1, .active), .invalid(field: "state", reason: "M-0001 is ended: it cannot change state any more"))
    let active = try B.applying(board, [B.move(1, .active)])
    assertRefused(
      active, B.move(1, .introduced),
      .invalid(field: "state", reason: "M-0001 is active and cannot become introduced; it can become ended"))
    XCTAssertEqual(MatchState.introduced.allowedNext, [.active, .declined, .ended])
  }

  func testConflictsAreRefused() throws {
    let board = try B.board()
    assertRefused(
      board, .proposeMatch(B.proposal(1, B.idea, B.innovator)),
      .invalid(field: "person", reason: "P-0001 is an innovator of I-0001"))
    assertRefused(
      board, .proposeMatch(B.proposal(1, B.idea, B.coach)),
      .invalid(field: "person", reason: "P-0002 is the coach of I-0001"))
    assertRefused(
      board, .proposeMatch(B.proposal(1, B.idea, B.colleague)),
      .invalid(field: "person", reason: "P-0005 works at cooperative ixelles, like innovator P-0001"))
    let declined = try B.applying(
      board, [.proposeMatch(B.proposal(1, B.idea, B.koen)), B.move(1, .declined, reason: MatchEndReason(.noFit))])
    assertRefused(
      declined, .proposeMatch(B.proposal(2, B.idea, B.koen)),
      .invalid(field: "person", reason: "they were declined for this idea before (M-0001)"))
    let open = try B.applying(board, [.proposeMatch(B.proposal(1, B.idea, B.koen))])
    assertRefused(
      open, .proposeMatch(B.proposal(2, B.idea, B.koen)),
      .invalid(field: "person", reason: "they are matched with this idea already (M-0001, proposed)"))
    // The same person as a partner is another kind of match.
    var partnerToo = open
    XCTAssertNoThrow(try partnerToo.apply(.proposeMatch(B.proposal(2, B.idea, B.koen, kind: .partner)), by: "t", at: B.t0))
  }

  func testCapacityIsARuleUnlessAReasonIsGivenAndRecorded() throws {
    // Els has one place, taken by the other idea.
    let full = try B.applying(
      B.board(), [.proposeMatch(B.proposal(1, B.other, B.els)), B.move(1, .active)])
    XCTAssertEqual(full.activeLoad(of: B.els), 1)
    let overCapacity = BoardError.invalid(
      field: "person",
      reason: "P-0003 has 1 active matches and a capacity of 1; give a reason to go over it")
    assertRefused(full, .proposeMatch(B.proposal(2, B.idea, B.els)), overCapacity)
    var forced = B.proposal(2, B.idea, B.els)
    forced.overrideReason = "she asked for this one"
    let proposed = try B.applying(full, [.proposeMatch(forced)])
    XCTAssertEqual(proposed.match(MatchID(2))?.overrideReason, "she asked for this one")
    // Recorded on the proposal, it lets the activation through too.
    let active = try B.applying(proposed, [B.move(2, .active)])
    XCTAssertEqual(active.activeLoad(of: B.els), 2)
    // A proposal made while she was free is refused when she is full by the time it would start.
    let early = try B.applying(B.board(), [.proposeMatch(B.proposal(1, B.idea, B.els)), .proposeMatch(B.proposal(2, B.other, B.els)), B.move(2, .active)])
    assertRefused(early, B.move(1, .active), overCapacity)
    let overridden = try B.applying(early, [B.move(1, .active, override: "short project")])
    XCTAssertEqual(overridden.match(MatchID(1))?.overrideReason, "short project")
  }

  func testTheHoursBudgetIsARuleUnlessAReasonIsGiven() throws {
    let active = try B.applying(
      B.board(), [.proposeMatch(B.proposal(1, B.idea, B.els)), B.move(1, .active), B.hours(1, minutes: 540)])
    assertRefused(
      active, B.hours(1, minutes: 90),
      .invalid(
        field: "hours",
        reason: "P-0003 has 9 h logged of a budget of 10 h, and 1.5 h more goes over it; give a reason to go over it"))
    XCTAssertNoThrow(try B.applying(active, [B.hours(1, minutes: 60)]), "exactly the budget is fine")
    let over = try B.applying(active, [B.hours(1, minutes: 90, override: "pitch week")])
    XCTAssertEqual(over.match(MatchID(1))?.overrideReason, "pitch week")
    XCTAssertEqual(over.minutesLogged(by: B.els), 630)
    let proposed = try B.applying(B.board(), [.proposeMatch(B.proposal(1, B.idea, B.koen))])
    assertRefused(
      proposed, B.hours(1, minutes: 30),
      .invalid(field: "hours", reason: "hours are logged on an introduced, active or ended match, not a proposed one"))
    assertRefused(
      active, B.hours(1, minutes: 0), .invalid(field: "hours", reason: "hours must be more than 0 and at most 24 on one day"))
  }

  func testMatchChangesAreInTheHistoryOfTheIdeaAndOfThePerson() throws {
    let b = try B.applying(
      B.board(), [.proposeMatch(B.proposal(1, B.idea, B.koen)), B.move(1, .active), B.hours(1, minutes: 90)])
    let lines = b.history(of: .person(B.koen)).map(\.what)
    XCTAssertEqual(
      lines,
      [
        "added person P-0004 Koen Peeters", "proposed Koen Peeters as mentor for I-0001 (M-0001)",
        "M-0001 of Koen Peeters with I-0001 is active", "logged 1.5 h on 2026-03-03 for M-0001 of Koen Peeters with I-0001",
      ])
    XCTAssertEqual(b.history(of: .idea(B.idea)).suffix(3).map(\.what), Array(lines.suffix(3)))
  }

  func testANewMatchTakenByAnotherProcessIsNumberedAnewUnderTheLock() throws {
    let b = try B.applying(B.board(), [.proposeMatch(B.proposal(1, B.idea, B.koen))])
    let op = b.numberingNewRecords(.batch([.proposeMatch(B.proposal(1, B.other, B.koen)), B.move(1, .active)]))
    XCTAssertEqual(op, .batch([.proposeMatch(B.proposal(2, B.other, B.koen)), B.move(2, .active)]))
  }

  func testAPersonWithMatchesCannotBeRemoved() throws {
    let b = try B.applying(B.board(), [.proposeMatch(B.proposal(1, B.other, B.koen))])
    assertRefused(
      b, .removePerson(B.koen), .conflict("Koen Peeters (P-0004) is still linked to M-0001; unlink them first."))
  }
}
