import XCTest

@testable import FabriekCore

/// Bars at eighth-of-a-cell resolution, as the report draws them.
final class BarsTests: XCTestCase {
  func testEighthsZeroOneValueLargeValues() {
    XCTAssertEqual(Bars.horizontal(0, of: 10, width: 10), "", "zero draws nothing")
    XCTAssertEqual(Bars.horizontal(10, of: 10, width: 10), String(repeating: "█", count: 10))
    XCTAssertEqual(Bars.horizontal(5, of: 10, width: 10), String(repeating: "█", count: 5))
    XCTAssertEqual(Bars.horizontal(1, of: 8, width: 1), "▏", "one eighth of one cell")
    XCTAssertEqual(Bars.horizontal(3, of: 8, width: 1), "▍")
    XCTAssertEqual(Bars.horizontal(0.001, of: 1_000_000, width: 20), "▏", "a value above zero shows")
    XCTAssertEqual(Bars.horizontal(Double(Int64.max), of: Double(Int64.max), width: 3), "███")
    XCTAssertEqual(Bars.horizontal(20, of: 10, width: 4), "████", "never wider than the width")
    XCTAssertEqual(Bars.horizontal(5, of: 0, width: 4), "")
    XCTAssertEqual(Bars.horizontal(.nan, of: 10, width: 4), "")
  }
}
