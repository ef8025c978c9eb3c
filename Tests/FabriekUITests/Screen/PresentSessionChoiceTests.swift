import FabriekCore
import FabriekUI
import XCTest

/// Choosing the session to present in the TUI: `:present CODE` with completion of session
/// codes, and `p` on a row of `:sessions`.
final class PresentSessionChoiceTests: XCTestCase {
  /// Present mode's board with a second, older session.
  func state() throws -> AppState {
    var board = try PresentFixtures.board()
    let older = Session(
      id: SessionID(2), kind: .visionSession, title: "Visie Aalst", date: PresentFixtures.now.day.adding(days: -30))
    try board.apply(.addSession(older), by: "t", at: PresentFixtures.now)
    return AppState(board: board, file: "/home/coach/board.json", width: 80, height: 24, now: PresentFixtures.now)
  }

  func testThePaletteCompletesSessionCodesAndPresentsTheOneNamed() throws {
    var journey = Journey(try state())
    journey.press(":")
    journey.type("pres")
    XCTAssertEqual(journey.state.palette.completions, ["present "])
    journey.press("Tab")
    journey.type("S")
    XCTAssertEqual(journey.state.palette.completions, ["present S-0001", "present S-0002"], "the newest first")
    journey.type("-2")
    XCTAssertEqual(journey.state.palette.completions, ["present S-0002"])
    journey.press("Enter")
    XCTAssertEqual(journey.state.mode, .present)
    XCTAssertEqual(journey.state.present?.sessionID, SessionID(2))
    XCTAssertTrue(journey.screen.lines[0].contains("S-0002 · Visie Aalst"), journey.screen.lines[0])
    journey.press("Esc", ":")
    journey.type("present S-0099")
    journey.press("Enter")
    XCTAssertEqual(
      journey.state.message,
      StatusMessage("There is no session “S-0099” on this board; :sessions lists them.", isError: true))
    XCTAssertNotEqual(journey.state.mode, .present)
  }

  func testPOnARowOfTheSessionsListPresentsThatSessionAndEscComesBack() throws {
    var journey = Journey(try state())
    journey.press(":")
    journey.type("sessions")
    journey.press("Enter", "j")
    XCTAssertEqual(journey.state.keyLayer, .sessionList)
    XCTAssertTrue(journey.screen.lines[23].contains("p present") || journey.screen.lines[22].contains("p present"))
    journey.press("p")
    XCTAssertEqual(journey.state.mode, .present)
    XCTAssertEqual(journey.state.present?.sessionID, SessionID(2))
    journey.press("Esc")
    XCTAssertEqual(journey.state.keyLayer, .sessionList, "back on the list it was chosen from")
    journey.press("Esc", ":")
    journey.type("people")
    journey.press("Enter", "p")
    XCTAssertEqual(journey.state.list?.filter, "p", "on the people list p still starts the filter")
  }
}
