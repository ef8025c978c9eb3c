import FabriekCore
@testable import FabriekUI
import XCTest

/// The help overlay in Dutch and French: reviewed snapshots at the smallest and a large size,
/// every layer's heading in the language, nothing left in English but the keys' names, and no
/// line wider than the overlay's text column (a long text wraps between words).
final class HelpLanguageTests: XCTestCase {
  private func help(_ language: Language, width: Int, height: Int) throws -> Journey {
    let state = try Language.$current.withValue(language) { try ScreenFixtures.state(width: width, height: height) }
    var journey = Journey(state)
    journey.press("?")
    return journey
  }

  func testTheHelpInDutchAt80x24() throws {
    assertSnapshot(try help(.nl, width: 80, height: 24).screen, named: "help-nl-80x24")
  }

  func testTheHelpInFrenchAt80x24() throws {
    assertSnapshot(try help(.fr, width: 80, height: 24).screen, named: "help-fr-80x24")
  }

  func testTheHelpInDutchAt160x48() throws {
    assertSnapshot(try help(.nl, width: 160, height: 48).screen, named: "help-nl-160x48")
  }

  func testTheHelpInFrenchAt160x48() throws {
    assertSnapshot(try help(.fr, width: 160, height: 48).screen, named: "help-fr-160x48")
  }

  /// The overlay's text, page by page, as the screen shows it.
  private func pages(_ language: Language, width: Int, height: Int) throws -> [String] {
    var journey = try help(language, width: width, height: height)
    var lines: [Int: String] = [:]
    for _ in 0..<40 {
      let screen = journey.screen.lines
      let rules = screen.indices.filter { screen[$0].hasPrefix("──") }
      let (top, bottom) = (try XCTUnwrap(rules.first), try XCTUnwrap(rules.last))
      for row in (top + 1)..<bottom { lines[journey.state.helpScroll + row - top - 1] = screen[row] }
      journey.press("PgDn")
    }
    return (0..<lines.count).map { (lines[$0] ?? "").trimmingCharacters(in: .whitespaces) }
  }

  func testTheHelpShowsEveryLayersHeadingInDutchAndInFrench() throws {
    for language in [Language.nl, .fr] {
      let text = try pages(language, width: 80, height: 24)
      for layer in KeyLayer.allCases {
        let heading = Language.$current.withValue(language) { layer.helpHeading }
        XCTAssertNotEqual(heading, Language.$current.withValue(.en) { layer.helpHeading }, "\(language) \(layer)")
        XCTAssertTrue(text.contains(heading), "\(language) \(layer): “\(heading)” is not on the help")
      }
      let headings = Language.$current.withValue(language) { [UIText.helpPalette, UIText.helpBadges] }
      for heading in headings { XCTAssertTrue(text.contains(heading), "\(language): \(heading)") }
    }
  }

  func testNoHelpLineIsWiderThanTheOverlaysTextColumn() throws {
    for language in Language.allCases {
      for (width, height) in [(80, 24), (160, 48)] {
        let layout = try ScreenFixtures.state(width: width, height: height).layout
        let column = HelpOverlay.textWidth(in: layout)
        let lines = Language.$current.withValue(language) { HelpOverlay.lines(in: layout).lines }
        for line in lines {
          let text = line.map(\.text).joined()
          XCTAssertLessThanOrEqual(DisplayWidth.of(text), column, "\(language) \(width): “\(text)”")
        }
      }
    }
  }

  /// A key's text the same in English as in the language, which is right there.
  private static let sameInEnglish: [Language: Set<String>] = [
    .nl: ["keys.hint.triage", "keys.hint.timer", "keys.badge.mentors", "keys.hint.open"],
    .fr: ["keys.hint.triage", "keys.hint.vote", "keys.hint.note", "keys.badge.mentors"],
  ]

  func testEveryKeyTextIsTranslated() {
    for language in [Language.nl, .fr] {
      for key in Catalogue.keys.filter({ $0.hasPrefix("keys.") }).sorted() {
        let english = tr(key, [:], in: .en)
        let translated = tr(key, [:], in: language)
        if Self.sameInEnglish[language]?.contains(key) == true { continue }
        XCTAssertNotEqual(translated, english, "\(language) \(key) is still English")
      }
    }
  }

  func testTheSpaceKeyIsNamedInTheLanguageAndTheOthersAsOnTheKeyboard() {
    let names = { (language: Language) in
      Language.$current.withValue(language) { KeyMap.scrolling.bindings.map(\.keyNames) }
    }
    XCTAssertEqual(names(.en)[2], "PgDn, Space")
    XCTAssertEqual(names(.nl)[2], "PgDn, Spatie")
    XCTAssertEqual(names(.fr)[2], "PgDn, Espace")
    XCTAssertEqual(Language.$current.withValue(.fr) { KeyMap.board.bindings.last?.keyNames }, "r")
    XCTAssertEqual(Language.$current.withValue(.nl) { KeyMap.help.bindings.first?.keyNames }, "Esc, ?, Enter, F1")
  }

  func testTheREADMEsKeyTablesAreEnglishWhateverTheLanguage() {
    let english = KeyGuide.all.map(\.markdown)
    XCTAssertEqual(Language.$current.withValue(.nl) { KeyGuide.all.map(\.markdown) }, english)
    XCTAssertEqual(Language.$current.withValue(.fr) { KeyGuide.all.map(\.markdown) }, english)
  }
}
