import FabriekCore
import FabriekUI
import XCTest

/// Present mode through the real key map and `update`: entering and leaving with the projector
/// theme, the spotlight's steps, votes, the timer and a contribution typed with `i`.
final class PresentJourneyTests: XCTestCase {
  private func presenting(width: Int = 80, height: Int = 24) throws -> Journey {
    var journey = Journey(try PresentFixtures.state(width: width, height: height))
    journey.press("p")
    return journey
  }

  func testPOpensTodaysSessionInTheProjectorThemeAndEscGoesBack() throws {
    var journey = try presenting()
    XCTAssertEqual(journey.state.mode, .present)
    XCTAssertEqual(journey.state.present?.sessionID, SessionID(1))
    XCTAssertEqual(journey.state.present?.view, .spotlight)
    XCTAssertEqual(journey.state.present?.spotlight, IdeaID(1))
    XCTAssertEqual(journey.effects, [.setTheme("projector")])
    journey.send(.themeChanged(name: "projector"))
    journey.press("Esc")
    XCTAssertEqual(journey.state.mode, .board)
    XCTAssertNil(journey.state.present)
    XCTAssertEqual(journey.effects.last, .setTheme("default"))
  }

  func testTabCyclesTheViewsAndArrowsStepThroughTheAgenda() throws {
    var journey = try presenting()
    journey.press("Tab")
    XCTAssertEqual(journey.state.present?.view, .votes)
    journey.press("v", "v", "Shift-Tab")
    XCTAssertEqual(journey.state.present?.view, .timer)
    journey.press("→")
    XCTAssertEqual(journey.state.present?.view, .spotlight)
    XCTAssertEqual(journey.state.present?.spotlight, IdeaID(2))
    journey.press("Space", "Space", "Space")
    XCTAssertEqual(journey.state.present?.spotlight, IdeaID(4), "the agenda ends at its last idea")
    journey.press("←")
    XCTAssertEqual(journey.state.present?.spotlight, IdeaID(3))
  }

  func testPlusAndMinusVoteAndTheTallyIsSorted() throws {
    var journey = try presenting()
    journey.press("→", "+", "+", "+", "+", "-")
    XCTAssertEqual(journey.commits.last, .vote(SessionID(1), IdeaID(2), participant: nil, dots: -1))
    let tally = journey.state.board.session(SessionID(1))?.tally.map { "\($0.0.code) \($0.1)" }
    XCTAssertEqual(tally, ["I-0004 5", "I-0002 4", "I-0001 3"])
    journey.press("Tab")
    let rows = journey.screen.lines.filter { $0.contains("█") }
    XCTAssertEqual(rows.count, 3)
    XCTAssertTrue(rows[0].contains("I-0004") && rows[0].contains("5 dots"), rows[0])
    XCTAssertTrue(rows[1].contains("I-0002") && rows[1].contains("4 dots"), rows[1])
  }

  func testTheFirstVoteWithoutASessionStartsOne() throws {
    var state = try PresentFixtures.state()
    _ = update(&state, .tick(now: PresentFixtures.now.adding(days: 1)))
    var journey = Journey(state)
    journey.press("p", "+")
    guard case .batch(let ops)? = journey.commits.last, case .addSession(let session)? = ops.first else {
      return XCTFail("expected a session and a vote in one commit: \(journey.commits)")
    }
    XCTAssertEqual(session.kind, .coCreation)
    XCTAssertEqual(journey.state.present?.sessionID, session.id)
    XCTAssertEqual(journey.state.board.session(session.id)?.tally.first?.1, 1)
  }

  func testTheTimerCountsDownEverySecondAndSaysWhenTimeIsUp() throws {
    var journey = try presenting()
    journey.press("1")
    XCTAssertEqual(journey.state.present?.view, .timer)
    XCTAssertEqual(journey.state.present?.timer.remaining(at: journey.state.now), 300)
    journey.press("+", "-", "-", "s")
    XCTAssertTrue(journey.state.needsSecondTicks)
    let start = PresentFixtures.now.adding(seconds: 1)
    journey.send(.tick(now: start))
    journey.send(.tick(now: start.adding(seconds: 61)))
    XCTAssertEqual(journey.state.present?.timer.remaining(at: journey.state.now), 179)
    XCTAssertTrue(journey.screen.lines.joined().contains("paused") == false)
    journey.press("s")
    journey.send(.tick(now: start.adding(seconds: 500)))
    XCTAssertEqual(journey.state.present?.timer.remaining(at: journey.state.now), 179, "paused")
    journey.press("s")
    journey.send(.tick(now: start.adding(seconds: 501)))
    journey.send(.tick(now: start.adding(seconds: 700)))
    XCTAssertEqual(journey.state.present?.timer.isUp(at: journey.state.now), true)
    XCTAssertFalse(journey.state.needsSecondTicks)
    XCTAssertTrue(journey.screen.lines.joined().contains("time is up"))
  }

  func testICapturesAContributionInTheSession() throws {
    var journey = try presenting()
    journey.press("→", "i")
    journey.type("Samen met de buurt!")
    journey.press("Enter")
    guard case .addNote(let id, let note)? = journey.commits.last else { return XCTFail("\(journey.commits)") }
    XCTAssertEqual(id, IdeaID(2))
    XCTAssertEqual(note.text, "Samen met de buurt!")
    XCTAssertEqual(note.session, SessionID(1))
    XCTAssertEqual(note.author, "fabriek")
    XCTAssertFalse(note.isPrivate)
    XCTAssertEqual(journey.state.mode, .present)
    XCTAssertNil(journey.state.present?.capture)
    XCTAssertTrue(journey.screen.lines.joined().contains("Samen met de buurt!"))
    journey.press("i")
    journey.type("q weg")
    journey.press("Esc")
    XCTAssertNil(journey.state.present?.capture)
    XCTAssertEqual(journey.state.mode, .present, "q typed in the line does not leave")
    XCTAssertEqual(journey.commits.count, 1)
  }

  func testTheSummaryOverlayOpensAndCloses() throws {
    var journey = try presenting(width: 160, height: 48)
    journey.press("S")
    XCTAssertTrue(journey.screen.lines.joined().contains("Session summary"))
    journey.press("Esc")
    XCTAssertNil(journey.state.present?.summaryScroll)
    XCTAssertEqual(journey.state.mode, .present)
  }
}
