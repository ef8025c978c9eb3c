import FabriekUI
import XCTest

final class PaletteTests: XCTestCase {
  let theme = Theme(
    name: "t",
    specs: [
      .statusBar: StyleSpec(fg: .index(231), bg: .index(24)),
      .selection: StyleSpec(fg: .black, bg: .cyan, bold: true),
      .badgeWarning: StyleSpec(fg: .brightRed, monochrome: [.bold, .underline]),
      .dim: StyleSpec(fg: .index(250), bg: .index(255)),
    ])

  func testFullColourUsesTheIndexesAsGiven() {
    let palette = theme.palette(for: .full)
    XCTAssertEqual(palette[.statusBar], TerminalStyle(foreground: 231, background: 24))
    XCTAssertEqual(palette[.normal], TerminalStyle())
  }

  func testSixteenColoursMapToTheNearestBasicColour() {
    let palette = theme.palette(for: .sixteen)
    XCTAssertEqual(palette[.statusBar], TerminalStyle(foreground: 15, background: 8))
    XCTAssertEqual(palette[.badgeWarning], TerminalStyle(foreground: 9, background: -1))
  }

  func testEightColoursTurnBrightForegroundsIntoBold() {
    let palette = theme.palette(for: .eight)
    XCTAssertEqual(palette[.badgeWarning], TerminalStyle(foreground: 1, background: -1, attributes: .bold))
    XCTAssertEqual(palette[.statusBar].foreground, 7)
  }

  func testColoursThatCollapseTogetherKeepTheTextVisible() {
    let palette = theme.palette(for: .eight)
    XCTAssertNotEqual(palette[.dim].foreground, palette[.dim].background)
  }

  func testWithoutColourSlotsUseAttributesOnly() {
    let palette = theme.palette(for: .none)
    XCTAssertEqual(palette[.selection], TerminalStyle(attributes: [.bold, .reverse]))
    XCTAssertEqual(palette[.statusBar], TerminalStyle(attributes: .reverse))
    XCTAssertEqual(palette[.badgeWarning], TerminalStyle(attributes: [.bold, .underline]))
    XCTAssertEqual(palette[.card], TerminalStyle())
  }

  func testDepthFromTheTerminalAndNoColor() {
    XCTAssertEqual(ColorDepth(colors: 256, hasColors: true, noColor: false), .full)
    XCTAssertEqual(ColorDepth(colors: 16, hasColors: true, noColor: false), .sixteen)
    XCTAssertEqual(ColorDepth(colors: 8, hasColors: true, noColor: false), .eight)
    XCTAssertEqual(ColorDepth(colors: 256, hasColors: true, noColor: true), .none)
    XCTAssertEqual(ColorDepth(colors: 2, hasColors: true, noColor: false), .none)
    XCTAssertTrue(ColorDepth.noColorRequested(in: ["NO_COLOR": "1"]))
    XCTAssertFalse(ColorDepth.noColorRequested(in: ["NO_COLOR": ""]))
    XCTAssertFalse(ColorDepth.noColorRequested(in: [:]))
  }
}
