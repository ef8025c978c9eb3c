import FabriekCore
import FabriekUI
import XCTest

/// The `:people` and `:sessions` lists at 80×24 and 120×40: long names clipped by display
/// width (emoji, CJK), escape sequences and bidi overrides as markers, counts on the right.
final class PeopleListSnapshotTests: XCTestCase {
  func screen(_ command: String, width: Int, height: Int, keys: [String] = []) throws -> Grid {
    var journey = Journey(try PeopleFixtures.state(width: width, height: height))
    journey.press(":")
    journey.type(command)
    journey.press("Enter")
    for key in keys { journey.press(key) }
    return journey.screen
  }

  func testThePeopleListAt80x24() throws {
    assertSnapshot(try screen("people", width: 80, height: 24, keys: ["j", "j", "j"]), named: "people-80x24")
  }

  func testThePeopleListAt120x40() throws {
    assertSnapshot(try screen("people", width: 120, height: 40), named: "people-120x40")
  }

  func testTheSessionsListAt80x24() throws {
    assertSnapshot(try screen("sessions", width: 80, height: 24), named: "sessions-80x24")
  }

  func testTheSessionsListAt120x40() throws {
    assertSnapshot(try screen("sessions", width: 120, height: 40, keys: ["j"]), named: "sessions-120x40")
  }

  func testTheSessionFormWithItsAgendaResolvedAt80x24() throws {
    assertSnapshot(try screen("sessions", width: 80, height: 24, keys: ["j", "Enter"]), named: "session-form-80x24")
  }

  func testTheCellsOfEveryRowStayInTheirColumns() throws {
    let grid = try screen("people", width: 80, height: 24)
    let header = grid.lines[1]
    let rolesColumn = try XCTUnwrap(header.range(of: "roles")).lowerBound
    let x = header.distance(from: header.startIndex, to: rolesColumn)
    for row in 2..<9 {
      let gap = grid[x - 1, row]
      XCTAssertEqual(gap.grapheme, " ", "row \(row): a gap before the roles column, whatever is clipped before it")
      XCTAssertFalse(gap.isContinuation, "row \(row): no wide character reaches into the gap")
    }
  }
}
