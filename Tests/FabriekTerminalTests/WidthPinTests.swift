import CNcursesw
import FabriekTerminal
import FabriekUI
import Foundation
import XCTest

/// Pins `DisplayWidth` to what ncursesw does: both the generated table against the C library's
/// wcwidth(), and whole graphemes written the way `Terminal.draw` writes them.
final class WidthPinTests: XCTestCase {
  static let samples: [Character] = [
    "a", "é", "e\u{301}", "社", "한", "\u{1100}\u{1161}", "Ａ", "ｱ", "👍", "👍🏽", "👨‍👩‍👧", "🏳️‍🌈", "🇧🇪", "❤",
    "❤️", "1️⃣", "⌚️", "☺︎", "\u{200B}", "\u{2060}", "\u{FEFF}", "\u{301}", "\u{915}\u{93E}", "ก\u{E33}",
    Character("e" + String(repeating: "\u{301}", count: 9)), "…", "␛", "⟨", "◌", "\u{FFFD}", "─",
  ]

  override func setUp() {
    XCTAssertEqual(cnc_setup_utf8_locale(), 1, "the pin needs a UTF-8 locale")
  }

  func testTheWidthTableAgreesWithWcwidthForEveryScalar() throws {
    if ProcessInfo.processInfo.environment["FABRIEK_REGENERATE_WIDTH_TABLE"] == "1" {
      let source = WidthTableGenerator.source(libraryVersion: "glibc \(String(cString: cnc_libc_version()))")
      try source.write(to: WidthTableGenerator.tableFile, atomically: true, encoding: .utf8)
    }
    var disagreements: [String] = []
    for value in UInt32(0x20)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value), !(0x7F..<0xA0).contains(value) else { continue }
      let theirs = Int(cnc_wcwidth(Int32(bitPattern: value)))
      let ours = DisplayWidth.of(scalar)
      if ours != (theirs < 0 ? nil : theirs) { disagreements.append("U+\(String(value, radix: 16)): \(theirs)") }
    }
    XCTAssertEqual(Array(disagreements.prefix(20)), [])
  }

  func testNcursesAdvancesTheCursorByOurWidthForEveryGrapheme() async throws {
    let terminal = try Terminal.headless(width: 20, height: 2)
    defer { terminal.stop() }
    for grapheme in Self.samples {
      let scalars = grapheme.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
      XCTAssertEqual(terminal.measuredWidth(of: grapheme), DisplayWidth.of(grapheme), scalars)
    }
  }

  func testDrawnGraphemesLandInTheColumnsTheGridGaveThem() async throws {
    let terminal = try Terminal.headless(width: 24, height: 3)
    defer { terminal.stop() }
    var grid = Grid(width: 24, height: 3)
    grid.put("a社b👍🏽c❤️d🇧🇪e", x: 0, y: 0)
    grid.put("e\u{301}x\u{915}\u{93E}y", x: 0, y: 1)
    terminal.draw(grid, theme: .builtInDefault)
    let expected: [(Int, String)] = [
      (0, "a"), (1, "社"), (3, "b"), (4, "👍"), (6, "c"), (7, "❤"), (8, " "), (9, "d"), (10, "B"), (11, "E"), (12, "e"),
    ]
    for (x, text) in expected {
      XCTAssertEqual(terminal.readCell(x: x, y: 0)?.text, text, "column \(x)")
    }
    XCTAssertEqual(terminal.readCell(x: 0, y: 1)?.text, "e\u{301}")
    XCTAssertEqual(terminal.readCell(x: 1, y: 1)?.text, "x")
    XCTAssertEqual(terminal.readCell(x: 4, y: 1)?.text, "y")
    XCTAssertEqual(terminal.readLine(y: 0), "a社b👍c❤ dBEe" + String(repeating: " ", count: 11))
  }
}
