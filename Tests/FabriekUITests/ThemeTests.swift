import FabriekUI
import Foundation
import XCTest

final class ThemeTests: XCTestCase {
  let themesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("themes")

  func testTheShippedDefaultFileIsTheBuiltInTheme() throws {
    let theme = try ThemeCatalog.load(file: themesDirectory.appendingPathComponent("default.toml"), name: "default")
    XCTAssertEqual(theme, Theme.builtInDefault)
  }

  func testEveryShippedThemeLoadsAndDefinesEverySlot() throws {
    let catalog = ThemeCatalog(directories: [themesDirectory])
    XCTAssertEqual(catalog.names(), ["default", "light", "monochrome", "projector"])
    for name in catalog.names() where name != "default" {
      let theme = try catalog.load(named: name)
      let missing = Style.allCases.filter { theme.specs[$0] == nil }.map(\.rawValue)
      XCTAssertEqual(missing, [], "\(name) leaves out slots")
    }
  }

  func testMissingSlotsAndPropertiesComeFromTheParentSlot() throws {
    let theme = try Theme(
      toml: "[slots]\nselection = { fg = \"black\", bg = \"cyan\" }\ncardFocused = { bold = true }\n", name: "t",
      path: "t.toml")
    XCTAssertEqual(
      theme.style(.cardFocused), SlotStyle(foreground: .black, background: .cyan, attributes: .bold))
    XCTAssertEqual(theme.style(.searchMatch).background, .cyan)
    XCTAssertEqual(theme.style(.statusBar), SlotStyle())
  }

  func testABrokenFileGivesOneSentenceWithFileAndLine() {
    let text = "description = \"x\"\n[slots]\ncard = { fg = \"cyan\" }\ncardFocussed = { bg = 236 }\n"
    XCTAssertThrowsError(try Theme(toml: text, name: "x", path: "/home/an/themes/x.toml")) { error in
      let message = (error as? ThemeError)?.message ?? ""
      XCTAssertTrue(message.hasPrefix("Theme file /home/an/themes/x.toml, line 4: “cardFocussed” is not a style slot"))
      XCTAssertTrue(message.hasSuffix("."))
    }
  }

  func testBadValuesAreRefusedWithTheirLine() {
    let cases: [(String, String)] = [
      ("[slots]\ncard = { fg = \"purpel\" }", "Theme file t.toml, line 2: “purpel” is not a colour"),
      ("[slots]\ncard = { fg = 300 }", "Theme file t.toml, line 2: colour index 300 in slot “card” is outside 0–255."),
      ("[slots]\ncard = { bold = \"yes\" }", "Theme file t.toml, line 2: “bold” in slot “card” must be true or false."),
      ("[slots]\ncard = { italic = true }", "Theme file t.toml, line 2: unknown property “italic” in slot “card”"),
      ("colours = 1", "Theme file t.toml, line 1: unknown key “colours”"),
      ("[slots]\ncard = { mono = \"blink\" }", "Theme file t.toml, line 2: “mono” in slot “card” must list attributes"),
      ("[slots]\ncard = 1", "Theme file t.toml, line 2: slot “card” must be a table"),
    ]
    for (text, expected) in cases {
      XCTAssertThrowsError(try Theme(toml: text, name: "t", path: "t.toml"), text) { error in
        XCTAssertTrue((error as? ThemeError)?.message.hasPrefix(expected) == true, "\(error)")
      }
    }
  }

  func testColourNamesIndexesAndHex() {
    XCTAssertEqual(ThemeColor(name: "brightCyan"), .brightCyan)
    XCTAssertEqual(ThemeColor(name: "default"), .terminalDefault)
    XCTAssertEqual(ThemeColor(name: "#ff0000"), .index(196))
    XCTAssertNil(ThemeColor(name: "bright-cyan"))
    XCTAssertNil(ThemeColor(index: 256))
  }
}
