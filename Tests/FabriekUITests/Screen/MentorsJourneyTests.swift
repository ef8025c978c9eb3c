import FabriekCore
import FabriekUI
import XCTest

/// The mentoring screens without changing the board: `m` on a card and in the detail, Tab
/// between mentors and partners, the mentors screen's two tabs, the pool's rows accepted and
/// dropped, Esc back to where each was opened from.
final class MentorsJourneyTests: XCTestCase {
  func lines(_ journey: Journey) -> [String] { journey.screen.lines }

  func testMOnACardRanksTheMentorsWithWhyAndTabShowsThePartners() async throws {
    var journey = Journey(try MentorFixtures.state())
    journey.press("l", "l", "j")  // Enrichment: I-0006, then I-0007 (Léa's), I-0013
    journey.press("j")
    XCTAssertEqual(journey.focusedCode, "I-0013")
    journey.press("m")
    XCTAssertEqual(journey.state.mode, .suggestions)
    XCTAssertEqual(journey.state.mentors?.idea, MentorFixtures.bekers)
    let screen = lines(journey)
    XCTAssertEqual(screen[0].trimmingTrailingSpaces, " Mentors for I-0013 Herbruikbare bekers · 4 · Tab: partners")
    XCTAssertEqual(screen[2].trimmingTrailingSpaces, " Pieter Claes              9  circulair, horeca · 3 of 3 places free · 0 of 40…")
    XCTAssertEqual(screen[3].trimmingTrailingSpaces, " Nadia Benali              6  circulair · 2 of 2 places free · 0 of 30 h")
    XCTAssertEqual(screen[4].trimmingTrailingSpaces, " Tom Wouters              -1  no place free (2 of 1) · 0 of 10 h")
    XCTAssertEqual(screen[5].trimmingTrailingSpaces, " Léa Dubois             -1.6  no place free (1 of 1) · 12 of 20 h")
    journey.press("Tab")
    XCTAssertEqual(journey.state.mentors?.role, .partner)
    XCTAssertEqual(lines(journey)[0].trimmingTrailingSpaces, " Partners for I-0013 Herbruikbare bekers · 1 · Tab: mentors")
    XCTAssertEqual(lines(journey)[2].trimmingTrailingSpaces, " Marc Dupont               3  circulair")
    journey.press("Esc")
    XCTAssertEqual(journey.state.mode, .board)
    XCTAssertEqual(journey.focusedCode, "I-0013")
  }

  func testMInTheDetailSuggestsForItsIdeaAndEscGoesBackToTheDetail() async throws {
    var journey = Journey(try MentorFixtures.state())
    journey.press("l", "l", "Enter", "m")
    XCTAssertEqual(journey.state.mentors?.idea, IdeaID(6))
    XCTAssertTrue(lines(journey)[0].hasPrefix(" Mentors for I-0006 Circulaire kinderkleding"))
    journey.press("Esc")
    XCTAssertEqual(journey.state.mode, .detail)
  }

  func testTheMentorsScreenFlagsTheMentorOverCapacityAndTabsToTheIdeasWithoutOne() async throws {
    var journey = Journey(try MentorFixtures.state())
    journey.press("b")
    XCTAssertEqual(journey.state.mode, .mentors)
    var screen = lines(journey)
    XCTAssertEqual(screen[0].trimmingTrailingSpaces, " Mentors and partners (5) │ Ideas without a mentor (2)")
    XCTAssertEqual(screen[2].trimmingTrailingSpaces, " Léa Dubois              1/1    12/20 h  fr en     financiering  I-0007")
    XCTAssertEqual(screen[5].trimmingTrailingSpaces, " Tom Wouters           2/1 !     0/10 h  nl        voeding       I-0008 I-0009")
    XCTAssertEqual(journey.screen[1, 5].style, .badgeWarning, "over capacity in the warning colour")
    journey.press("Tab")
    screen = lines(journey)
    XCTAssertEqual(screen[2].trimmingTrailingSpaces, " I-0006 Circulaire kinderkleding                circulair")
    XCTAssertEqual(screen[3].trimmingTrailingSpaces, " I-0013 Herbruikbare bekers                     circulair, horeca")
    journey.press("j", "Enter")
    XCTAssertEqual(journey.state.mentors?.idea, MentorFixtures.bekers)
    journey.press("Esc")
    XCTAssertEqual(journey.state.mentors?.page, .unmatched)
    journey.press("Esc")
    XCTAssertEqual(journey.state.mode, .board)
  }

  func testThePoolIsTheOptimumAndSpaceDropsARowAndEscDropsTheAssignment() async throws {
    var journey = Journey(try MentorFixtures.state())
    journey.press("b", "Tab", "a")
    let pool = try XCTUnwrap(journey.state.mentors?.pool)
    XCTAssertEqual(pool.map(\.idea), [IdeaID(6), MentorFixtures.bekers])
    XCTAssertEqual(pool.map(\.person), [MentorFixtures.nadia, MentorFixtures.pieter])
    XCTAssertEqual(pool.map(\.score), [6, 9])
    XCTAssertEqual(journey.state.message?.text, "2 pairs proposed for 2 ideas: the best total score under every capacity.")
    XCTAssertEqual(lines(journey)[0].trimmingTrailingSpaces, " Pool assignment · 2 of 2 accepted · Space drops a row, Enter proposes")
    journey.press("Space")
    XCTAssertEqual(journey.state.mentors?.pool.map(\.accepted), [false, true])
    XCTAssertTrue(lines(journey)[2].hasPrefix(" [ ]  I-0006"))
    XCTAssertEqual(journey.state.mentors?.cursor, 1, "the cursor goes on to the next row")
    journey.press("k", "Space")
    XCTAssertEqual(journey.state.mentors?.pool.map(\.accepted), [true, true])
    journey.press("Esc")
    XCTAssertEqual(journey.state.mentors?.page, .unmatched)
    XCTAssertEqual(journey.state.message?.text, "Pool assignment dropped; nothing was proposed.")
    XCTAssertEqual(journey.commits, [])
  }

  func testEscapeSequencesAndBidiOverridesInNamesAndExpertiseAreDrawnAsMarkers() async throws {
    var board = try MentorFixtures.board()
    var evil = Person(id: PersonID(9), givenName: "Eve\u{1B}[31m", familyName: "Rood\u{202E}", roles: [.mentor])
    evil.expertise = ["circulair\u{1B}]0;pwned\u{07}"]
    evil.mentorCapacity = 2
    try board.apply(.addPerson(evil), by: ScreenFixtures.author, at: ScreenFixtures.now)
    let state = AppState(board: board, file: "/tmp/board.json", width: 80, height: 24, now: ScreenFixtures.now)
    for keys in [["b"], ["l", "l", "j", "j", "m"]] {
      var journey = Journey(state)
      for key in keys { journey.press(key) }
      let text = journey.screen.lines.joined(separator: "\n")
      XCTAssertTrue(text.contains("Eve"), "\(keys): \(text)")
      XCTAssertFalse(text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E }, "\(keys)")
    }
  }

  func testMWithNoCardSaysSo() async throws {
    var state = try MentorFixtures.state()
    state = AppState(board: Board(name: "Leeg", stages: ScreenFixtures.stages), file: state.file, width: 80, height: 24, now: state.now)
    var journey = Journey(state)
    journey.press("m")
    XCTAssertEqual(journey.state.mode, .board)
    XCTAssertEqual(journey.state.message?.text, "No idea to suggest people for: put the focus on a card first.")
  }
}

extension String {
  var trimmingTrailingSpaces: String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}
