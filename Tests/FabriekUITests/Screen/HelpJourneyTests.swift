import FabriekCore
@testable import FabriekUI
import XCTest

/// The help opens at the keys of the screen it was opened from, and `/` searches it: the
/// first matching line comes into view, `n` and `N` step through the matches, Esc ends the
/// search and a second Esc closes the help.
final class HelpJourneyTests: XCTestCase {
  /// The overlay's lines on the screen, between its two rules, trimmed.
  private func overlay(_ journey: Journey) throws -> [String] {
    let screen = journey.screen.lines
    let rules = screen.indices.filter { screen[$0].hasPrefix("──") }
    let (top, bottom) = (try XCTUnwrap(rules.first), try XCTUnwrap(rules.last))
    return screen[(top + 1)..<bottom].map { $0.trimmingCharacters(in: .whitespaces) }
  }

  private func bottomRule(_ journey: Journey) throws -> String {
    let screen = journey.screen.lines
    return try XCTUnwrap(screen.last { $0.hasPrefix("──") })
  }

  func testQuestionMarkOnTheBoardOpensTheHelpAtTheTop() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("?")
    XCTAssertEqual(journey.state.helpScroll, 0)
    XCTAssertEqual(try overlay(journey).first, "Board")
  }

  func testQuestionMarkInTriageOpensTheHelpAtTheTriageKeys() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("t")
    XCTAssertEqual(journey.state.mode, .triage)
    journey.press("?")
    XCTAssertEqual(journey.state.mode, .help)
    XCTAssertEqual(try overlay(journey).first, "Triage (the Incoming queue, one candidate at a time)")
    XCTAssertTrue(try overlay(journey)[1].hasPrefix("1–9 "))
    journey.press("Esc")
    XCTAssertEqual(journey.state.mode, .triage, "the help closes back to triage")
  }

  func testF1InAFormOpensTheHelpAtTheFormKeysAndQuestionMarkIsTyped() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("n")
    XCTAssertEqual(journey.state.mode, .form)
    journey.type("Wat?")
    XCTAssertEqual(journey.state.mode, .form, "? is typed into the field")
    journey.press("F1")
    XCTAssertEqual(journey.state.mode, .help)
    XCTAssertEqual(try overlay(journey).first, "Form (type to fill in the focused field)")
    journey.press("F1")
    XCTAssertEqual(journey.state.mode, .form, "F1 closes the help too")
    XCTAssertEqual(journey.state.form?.fields.first?.display, "Wat?")
  }

  func testTheHelpFromTheDetailOpensAtTheDetailKeysInDutch() throws {
    let state = try Language.$current.withValue(.nl) { try ScreenFixtures.state() }
    var journey = Journey(state)
    journey.press("j", "Enter", "?")
    XCTAssertEqual(try overlay(journey).first, "Detailvenster")
  }

  func testSlashSearchesTheHelpNAndShiftNStepAndEscEndsTheSearchThenClosesTheHelp() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("?")
    XCTAssertFalse(try overlay(journey).contains { $0.hasSuffix("next theme") }, "not on the first page")
    journey.press("/")
    journey.type("THEME")
    let first = try overlay(journey)
    XCTAssertEqual(first.first.map { $0.hasPrefix("T ") && $0.hasSuffix(" next theme") }, true, "\(first)")
    let total = HelpState.matches(of: "theme", in: HelpOverlay.text(in: journey.state.layout)).count
    let rule = try bottomRule(journey)
    XCTAssertTrue(rule.contains("/THEME  1 of \(total) matches"), rule)
    XCTAssertEqual(journey.state.keyLayer, .helpSearch)
    XCTAssertEqual(journey.screen.cursor?.y, journey.screen.lines.lastIndex { $0.hasPrefix("──") }, "typed on the rule")

    journey.press("Enter")
    XCTAssertEqual(journey.state.keyLayer, .helpSearching, "Enter keeps the search; n and N step")
    XCTAssertEqual(
      KeyMap.helpSearching.hints.map { "\($0.keys) \($0.hint)" },
      ["j/k scroll", "/ search", "n/N match", "Esc end search"], "Esc is hinted as what it does now")
    let firstMatch = try XCTUnwrap(journey.state.help.match)
    journey.press("n")
    let second = try XCTUnwrap(journey.state.help.match)
    XCTAssertGreaterThan(second, firstMatch)
    XCTAssertTrue(try bottomRule(journey).contains("2 of \(total) matches"))
    XCTAssertTrue(try overlay(journey).contains { $0.hasPrefix("T ") && $0.hasSuffix(" next theme") })
    journey.press("N")
    XCTAssertEqual(journey.state.help.match, firstMatch)
    journey.press("N")
    let last = HelpState.matches(of: "theme", in: HelpOverlay.text(in: journey.state.layout)).last
    XCTAssertEqual(journey.state.help.match, last, "N before the first match goes round to the last")

    journey.press("Esc")
    XCTAssertEqual(journey.state.mode, .help, "the first Esc ends the search")
    XCTAssertNil(journey.state.help.query)
    XCTAssertFalse(try bottomRule(journey).contains("/THEME"))
    journey.press("Esc")
    XCTAssertEqual(journey.state.mode, .board, "the second closes the help")
  }

  func testASearchNothingMatchesLeavesTheHelpWhereItIs() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("?", "/")
    journey.type("xyzzy")
    XCTAssertEqual(journey.state.helpScroll, 0)
    XCTAssertNil(journey.state.help.match)
    XCTAssertTrue(try bottomRule(journey).contains("/xyzzy  no match"))
    journey.press("Esc")
    XCTAssertEqual(journey.state.mode, .help)
  }

  func testTheHelpsSearchIgnoresCaseAndAccentsInFrench() throws {
    let state = try Language.$current.withValue(.fr) { try ScreenFixtures.state() }
    var journey = Journey(state)
    journey.press("?", "/")
    journey.type("theme suivant")
    let first = try overlay(journey)
    XCTAssertEqual(first.first.map { $0.hasSuffix(" thème suivant") }, true, "\(first)")
  }
  func testLangSwitchesTheHelpAndTheFooterAtOnce() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press(":")
    journey.type("lang fr")
    journey.press("Enter", "?")
    XCTAssertEqual(try overlay(journey).first, "Tableau")
    XCTAssertTrue(try overlay(journey).contains { $0.hasPrefix("h, ←") && $0.hasSuffix(" colonne précédente") })
    journey.press("Esc", ":")
    journey.type("lang nl")
    journey.press("Enter")
    let footer = journey.screen.lines[journey.screen.lines.count - 2]
    XCTAssertTrue(footer.hasPrefix(" h/l kolom  j/k kaart  H/L verzetten"), footer)
  }
}
