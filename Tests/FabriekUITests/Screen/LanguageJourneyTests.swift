import FabriekCore
import FabriekRunner
import FabriekUI
import XCTest

/// `:lang` on the board: the screen speaks the new language at once, the host is asked to
/// remember it, and a name fabriek does not speak is refused in words, the language kept.
final class LanguageJourneyTests: XCTestCase {
  private func lines(_ journey: Journey) -> [String] { journey.screen.lines }

  func testLangNlSwitchesTheBoardToDutchAtOnceAndIsRemembered() throws {
    var journey = Journey(try ScreenFixtures.state())
    XCTAssertTrue(lines(journey)[0].contains("Incoming"), lines(journey)[0])
    journey.press(":")
    journey.type("lang nl")
    journey.press("Enter")

    XCTAssertEqual(journey.state.language, .nl)
    let screen = lines(journey)
    XCTAssertTrue(screen[0].hasPrefix("  Binnengekomen"), screen[0])
    XCTAssertTrue(screen[0].contains("Ideevorming"), screen[0])
    XCTAssertTrue(screen[0].contains("Verrijking"), screen[0])
    let status = try XCTUnwrap(screen.last)
    XCTAssertTrue(status.hasPrefix(" BORD  De taal is nu Nederlands."), status)
    XCTAssertTrue(status.hasSuffix("· bewaard "), status)
    XCTAssertTrue(screen[2].contains("3d"), "days on the cards: \(screen[2])")
    let host = try XCTUnwrap(journey.runner.host as? HeadlessHost)
    XCTAssertEqual(host.rememberedLanguages, [.nl])

    journey.press(":")
    journey.type("lang xx")
    journey.press("Enter")
    XCTAssertEqual(journey.state.language, .nl, "an unknown language keeps the one spoken")
    XCTAssertEqual(journey.state.message?.text, "“xx” is geen taal van fabriek; kies en, nl of fr.")
    XCTAssertEqual(journey.state.message?.isError, true)
    XCTAssertTrue(lines(journey)[0].hasPrefix("  Binnengekomen"))
    XCTAssertEqual(host.rememberedLanguages, [.nl], "nothing more to remember")
  }

  func testLangFrThenEnGoesBackToTheEnglishScreenAsItWas() throws {
    let english = render(try ScreenFixtures.state()).lines
    var journey = Journey(try ScreenFixtures.state())
    journey.press(":")
    journey.type("lang fr")
    journey.press("Enter")
    XCTAssertTrue(lines(journey)[0].hasPrefix("  Entrant"), lines(journey)[0])
    XCTAssertTrue(try XCTUnwrap(lines(journey).last).hasPrefix(" TABLEAU  L'interface est maintenant en français."))
    journey.press(":")
    journey.type("lang en")
    journey.press("Enter")
    XCTAssertEqual(Array(lines(journey).dropLast()), Array(english.dropLast()), "the board as it was in English")
    let host = try XCTUnwrap(journey.runner.host as? HeadlessHost)
    XCTAssertEqual(host.rememberedLanguages, [.fr, .en])
  }

  func testAnUnknownLanguageOnAnEnglishBoardIsRefusedInEnglish() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press(":")
    journey.type("lang de")
    journey.press("Enter")
    XCTAssertEqual(journey.state.language, .en)
    XCTAssertEqual(journey.state.message?.text, "“de” is not a language fabriek speaks; choose en, nl or fr.")
  }
}
