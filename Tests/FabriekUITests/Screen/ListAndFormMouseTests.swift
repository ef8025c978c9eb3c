import FabriekCore
import FabriekUI
import XCTest

/// The mouse in the lists and the forms, as on the board: a click puts the cursor on a row or
/// a field, a double click opens a row, the wheel moves through a list.
final class ListAndFormMouseTests: XCTestCase {
  func testAClickPutsTheCursorOnARowTheWheelMovesItAndADoubleClickOpensTheRow() throws {
    var journey = Journey(try PeopleFixtures.state())
    journey.press(":")
    journey.type("people")
    journey.press("Enter")
    let row = try XCTUnwrap(journey.screen.lines.firstIndex { $0.contains("Léa Dubois") })
    journey.click(.press, x: 5, y: row)
    XCTAssertEqual(journey.state.list?.rows[journey.state.list?.cursor ?? 0].cells[0], "Léa Dubois")
    journey.click(.wheelDown, x: 5, y: row)
    XCTAssertEqual(journey.state.list?.cursor, 6, "three rows down, stopping at the last")
    journey.click(.wheelUp, x: 5, y: row)
    XCTAssertEqual(journey.state.list?.cursor, 3)
    journey.click(.press, x: 5, y: journey.screen.height - 3)
    XCTAssertEqual(journey.state.list?.cursor, 3, "a click below the rows changes nothing")
    journey.click(.doubleClick, x: 5, y: row - 1)
    XCTAssertEqual(journey.state.mode, .form)
    XCTAssertEqual(journey.state.form?.text("givenName"), "Karim")
  }

  func testAClickOnAFieldFocusesIt() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("e")
    let row = try XCTUnwrap(journey.screen.lines.firstIndex { $0.hasPrefix("  Region") })
    journey.click(.press, x: 3, y: row)
    XCTAssertEqual(journey.state.form?.focusedField?.key, "region")
    journey.click(.press, x: 30, y: 0)
    XCTAssertEqual(journey.state.form?.focusedField?.key, "region", "the title row is no field")
  }
}
