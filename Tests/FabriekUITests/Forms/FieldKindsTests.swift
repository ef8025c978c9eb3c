import FabriekCore
import FabriekUI
import XCTest

/// The date and amount field kinds: exact values and exact reasons.
final class FieldKindsTests: XCTestCase {
  private let today = Day(year: 2026, month: 11, day: 29)

  private func date(_ text: String) throws -> Day? {
    try FieldKinds.date(text, today: try XCTUnwrap(today))
  }

  func testDatesAreISOTodayOrRelative() throws {
    XCTAssertEqual(try date("2027-03-01"), Day(year: 2027, month: 3, day: 1))
    XCTAssertEqual(try date(" today "), Day(year: 2026, month: 11, day: 29))
    XCTAssertEqual(try date("+3d"), Day(year: 2026, month: 12, day: 2))
    XCTAssertEqual(try date("+2w"), Day(year: 2026, month: 12, day: 13))
    XCTAssertEqual(try date("+1m"), Day(year: 2026, month: 12, day: 29))
    XCTAssertEqual(try date("+3m"), Day(year: 2027, month: 2, day: 28), "29 February 2027 does not exist")
    XCTAssertNil(try date("  "))
    XCTAssertEqual(FieldKinds.resolvedDate("+2w", today: try XCTUnwrap(today)), "13 Dec 2026")
    XCTAssertNil(FieldKinds.resolvedDate("soon", today: try XCTUnwrap(today)))
  }

  func testAnUnreadableDateGivesTheReason() throws {
    for text in ["soon", "2027-02-30", "+3x", "27-03-01"] {
      XCTAssertThrowsError(try date(text)) { error in
        XCTAssertEqual(
          (error as? FormProblem)?.reason, "“\(text)” is not a date (use 2027-03-01, today, +3d, +2w or +1m)")
      }
    }
  }

  func testAmountsInEuro() throws {
    XCTAssertEqual(try FieldKinds.amount("12.500"), Euro(cents: 1_250_000))
    XCTAssertEqual(try FieldKinds.amount("12.500,50"), Euro(cents: 1_250_050))
    XCTAssertEqual(try FieldKinds.amount("€ 12 500"), Euro(cents: 1_250_000))
    XCTAssertNil(try FieldKinds.amount(""))
    XCTAssertEqual(FieldKinds.resolvedAmount("12500"), "€12,500.00")
    XCTAssertEqual(FieldKinds.resolvedAmount("12.500,5"), "€12,500.50")
    XCTAssertThrowsError(try FieldKinds.amount("veel")) { error in
      XCTAssertEqual((error as? FormProblem)?.reason, "“veel” is not an amount in euro (like 12.500,50)")
    }
  }
}
