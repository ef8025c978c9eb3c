import FabriekCore
import FabriekUI
import XCTest

/// Whole screens at 80×24, 120×40 and 200×60, compared with the reviewed files in Snapshots/.
final class ScreenSnapshotTests: XCTestCase {
  func testTheBoardAt80x24() throws {
    assertSnapshot(render(try ScreenFixtures.state()), named: "board-80x24")
  }

  func testTheBoardAfterAMoveAt80x24() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("j", "L")
    assertSnapshot(journey.screen, named: "board-80x24-after-move")
  }

  func testTheBoardAt120x40ScrolledToTheLastColumns() throws {
    var journey = Journey(try ScreenFixtures.state(width: 120, height: 40))
    journey.press("l", "l", "l", "l", "j")
    assertSnapshot(journey.screen, named: "board-120x40-scrolled")
  }

  func testTheBoardAt200x60WithTheDetailBesideIt() throws {
    var journey = Journey(try ScreenFixtures.state(width: 200, height: 60))
    journey.press("l", "l", "j", "Enter")
    assertSnapshot(journey.screen, named: "detail-200x60-beside")
  }

  func testTheDetailFullScreenAt80x24() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("l", "l", "j", "Enter")
    assertSnapshot(journey.screen, named: "detail-80x24")
  }

  func testASearchAt120x40() throws {
    var journey = Journey(try ScreenFixtures.state(width: 120, height: 40))
    journey.press("/")
    journey.type("cafe")
    assertSnapshot(journey.screen, named: "search-120x40")
  }

  func testTheHelpAt80x24() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("?")
    assertSnapshot(journey.screen, named: "help-80x24")
  }

  func testThePaletteWithCompletionsAt80x24() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press(":")
    journey.type("go I-000")
    assertSnapshot(journey.screen, named: "palette-80x24")
  }

  func testADemoBoardAt200x60() throws {
    let board = DemoData.board(count: 400, seed: 7, now: DemoData.referenceTime)
    let state = AppState(board: board, file: "demo.json", width: 200, height: 60, now: DemoData.referenceTime)
    assertSnapshot(render(state), named: "demo-200x60")
  }

  func testATooSmallTerminalGetsAMessage() throws {
    assertSnapshot(render(try ScreenFixtures.state(width: 60, height: 20)), named: "too-small-60x20")
    let tiny = render(try ScreenFixtures.state(width: 12, height: 3))
    XCTAssertEqual(tiny.lines.count, 3)
  }
}
