import FabriekUI
import XCTest

/// The decimal number field kind: a comma or a point, nothing else.
final class DecimalFieldTests: XCTestCase {
  func testADecimalCommaOrPointIsRead() throws {
    XCTAssertEqual(try FieldKinds.decimal("12.5"), 12.5)
    XCTAssertEqual(try FieldKinds.decimal("12,5"), 12.5)
    XCTAssertEqual(try FieldKinds.decimal(" 250 "), 250)
    XCTAssertEqual(try FieldKinds.decimal("-0,75"), -0.75)
    XCTAssertEqual(try FieldKinds.decimal("+3"), 3)
    XCTAssertNil(try FieldKinds.decimal("  "))
  }

  func testAnythingElseIsRefusedWithTheReason() {
    for text in ["abc", "12,3,4", "1.234,5", "1e5", "inf", "nan", ",5", "5,", "12 5", "--1", "٣"] {
      XCTAssertThrowsError(try FieldKinds.decimal(text), text) { error in
        XCTAssertEqual((error as? FormProblem)?.reason, "“\(text)” is not a number (like 12,5 or 12.5)")
      }
    }
  }
}
