import FabriekCore
import FabriekUI
import XCTest

/// The report's charts as text: bars in eighths of a cell, zero, one value, very large values,
/// labels and values that do not fit, sparklines and tables.
final class ReportChartTests: XCTestCase {
  func testBarsAreDrawnInEighthsOfACell() {
    XCTAssertEqual(Bars.horizontal(1, of: 8, width: 1), "▏")
    XCTAssertEqual(Bars.horizontal(3, of: 8, width: 1), "▍")
    XCTAssertEqual(Bars.horizontal(7, of: 8, width: 1), "▉")
    XCTAssertEqual(Bars.horizontal(8, of: 8, width: 1), "█")
    XCTAssertEqual(Bars.horizontal(21, of: 32, width: 4), "██▋")  // 21/32 of 32 eighths = 21 = 2 cells + 5/8
    XCTAssertEqual(Bars.horizontal(1, of: 1_000, width: 10), "▏", "above zero shows at least an eighth")
  }

  func testZeroNothingAndOneValue() {
    XCTAssertEqual(Bars.horizontal(0, of: 10, width: 10), "")
    XCTAssertEqual(Bars.horizontal(5, of: 0, width: 10), "")
    XCTAssertEqual(Bars.horizontal(.nan, of: 10, width: 10), "")
    let one = ReportLines.barLines([ReportDocument.Bar(label: "Incoming", value: 3, text: "3")], width: 40)
    // 40 − 2 − 8 (label) − 2 − 1 − 1 (value) = 26 cells: the one value takes them all.
    XCTAssertEqual(one.map(\.text), ["  Incoming  " + String(repeating: "█", count: 26) + " 3"])
    XCTAssertEqual(one[0].bar, 12..<38)
    let zeros = ReportLines.barLines([ReportDocument.Bar(label: "a", value: 0, text: "0")], width: 40)
    XCTAssertEqual(zeros.map(\.text), ["  a   0"])
    XCTAssertEqual(zeros[0].bar, 5..<5)
  }

  func testVeryLargeValuesScaleAndKeepTheirLabel() {
    let bars = [
      ReportDocument.Bar(label: "big", value: 9e15, text: "€ 90.000.000.000.000,00"),
      ReportDocument.Bar(label: "small", value: 9e14, text: "€ 9.000.000.000.000,00"),
    ]
    let lines = ReportLines.barLines(bars, width: 60)
    // 60 − 2 − 5 − 2 − 1 − 23 = 27 cells for the longest bar; a tenth of it is 21.6 eighths:
    // 22, two cells and six eighths.
    XCTAssertEqual(lines[0].text, "  big    " + String(repeating: "█", count: 27) + " € 90.000.000.000.000,00")
    XCTAssertEqual(lines[1].text, "  small  ██▊ € 9.000.000.000.000,00")
    XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0.text) <= 60 })
  }

  func testLabelsThatDoNotFitAreClippedByDisplayWidth() {
    let bars = [
      ReportDocument.Bar(label: "Ideeënoproep Circulaire Steden 2026 – tweede ronde", value: 2, text: "2"),
      ReportDocument.Bar(label: "日本語のキャンペーン名はとても長い", value: 1, text: "1"),
      ReportDocument.Bar(label: "evil\u{1B}[2Jname", value: 1, text: "1"),
    ]
    let lines = ReportLines.barLines(bars, width: 48)
    // Labels get a third of 48 = 16 cells at most.
    XCTAssertEqual(lines[0].text.prefix(20), "  Ideeënoproep Ci…  ")
    XCTAssertTrue(lines[1].text.hasPrefix("  日本語のキャン…   "), "7 wide characters and … in 16 cells, one left blank")
    XCTAssertFalse(lines[2].text.contains("\u{1B}"), "an escape sequence is drawn as a marker")
    XCTAssertTrue(lines[2].text.hasPrefix("  evil␛[2Jname"))
    XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0.text) <= 48 })
    // Too narrow for anything but the value: a bar of at least one cell is still drawn.
    let narrow = ReportLines.barLines([ReportDocument.Bar(label: "x", value: 5, text: "12345678901234567890")], width: 20)
    XCTAssertEqual(narrow[0].text, "  x  █ 123456789012…")
  }

  func testSparklinesInEighthsWithGapsForZero() {
    XCTAssertEqual(Bars.sparkline([0, 1, 2, 3, 4, 5, 6, 7, 8]), " ▁▂▃▄▅▆▇█")
    XCTAssertEqual(Bars.sparkline([0, 0]), "  ")
    XCTAssertEqual(Bars.sparkline([5]), "█")
    XCTAssertEqual(Bars.sparkline([1, 1_000_000]), "▁█")
    XCTAssertEqual(Bars.sparkline([]), "")
    let weeks = (0..<100).map { BoardReport.Week(monday: Day(daysSinceEpoch: 4 + 7 * $0), count: $0 % 3) }
    let lines = Language.$current.withValue(.en) { ReportLines.sparkLines(weeks, width: 40) }
    // Only the last 36 weeks fit in 40 cells.
    XCTAssertEqual(lines[0].bar, 2..<38)
    XCTAssertEqual(DisplayWidth.of(lines[0].text), 39)
    XCTAssertTrue(lines[1].text.contains("max 2"))
  }

  func testTablesAlignNumbersRightAndClipTheWidestTextColumn() {
    let lines = ReportLines.tableLines(
      ["idea", "days"], [["I-0001 A very long title that cannot fit", "12"], ["I-0002 Short", "3"]], [false, true], width: 30)
    XCTAssertEqual(lines.map(\.text), ["  idea                    days", "  I-0001 A very long ti…    12", "  I-0002 Short               3"])
    XCTAssertEqual(lines[0].kind, .columns)
  }
}
