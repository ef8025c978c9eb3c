import FabriekCore
import FabriekUI
import XCTest

/// Keys in through the real key map and `update`, commits applied like the run loop applies
/// them, and the outcome read from the state and the rendered screen.
final class JourneyTests: XCTestCase {
  func testArrowAndVimKeysMoveTheFocusBetweenColumnsAndCards() throws {
    var journey = Journey(try ScreenFixtures.state())
    XCTAssertEqual(journey.focusedCode, "I-0001")
    journey.press("j", "↓")
    XCTAssertEqual(journey.focusedCode, "I-0003")
    journey.press("j")
    XCTAssertEqual(journey.focusedCode, "I-0003", "the focus stops at the last card")
    journey.press("l")
    XCTAssertEqual(journey.focusedCode, "I-0004")
    journey.press("→", "j", "h")
    XCTAssertEqual(journey.focusedCode, "I-0004", "each column remembers its card")
    journey.press("←", "g")
    XCTAssertEqual(journey.focusedCode, "I-0001")
    journey.press("End")
    XCTAssertEqual(journey.focusedCode, "I-0003")
  }

  func testMovingACardTwoStagesThenUndoAndRedo() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("L")
    XCTAssertEqual(journey.stage(of: "I-0001"), Stage.ideaGeneration)
    XCTAssertEqual(journey.focusedCode, "I-0001", "the focus follows the moved card")
    XCTAssertEqual(journey.state.focusColumn, 1)
    journey.press("Shift-→", "y")  // Enrichment is over its WIP limit: asked first
    XCTAssertEqual(journey.stage(of: "I-0001"), Stage.enrichment)
    XCTAssertEqual(journey.state.focusColumn, 2)
    XCTAssertEqual(
      journey.commits,
      [
        .decide(IdeaID(1), Decision(kind: .accept(stage: Stage.ideaGeneration), by: "fabriek", at: ScreenFixtures.now)),
        .moveIdea(IdeaID(1), stage: Stage.enrichment, index: nil, enteredAt: ScreenFixtures.now),
      ])
    XCTAssertEqual(journey.state.message?.text, "Moved I-0001 to Enrichment.")

    journey.press("u")
    XCTAssertEqual(journey.stage(of: "I-0001"), Stage.ideaGeneration)
    XCTAssertEqual(journey.focusedCode, "I-0001")
    journey.press("u")
    XCTAssertEqual(journey.stage(of: "I-0001"), Stage.incoming)
    XCTAssertEqual(journey.state.board.columns[Stage.incoming]?.first, IdeaID(1), "back in its old place")
    XCTAssertEqual(journey.state.board.ideas[IdeaID(1)]?.enteredStage, ScreenFixtures.day(-3))
    XCTAssertEqual(journey.state.message?.text, "Undone: put back the triage decision on I-0001")
    XCTAssertNil(journey.state.board.ideas[IdeaID(1)]?.decision, "the decision is undone with the move")
    journey.press("u")
    XCTAssertEqual(journey.state.message?.text, "Nothing to undo.")

    journey.press("Ctrl-R")
    XCTAssertEqual(journey.stage(of: "I-0001"), Stage.ideaGeneration)
    XCTAssertEqual(journey.focusedCode, "I-0001")
    XCTAssertEqual(journey.state.undoStack.count, 1)
    XCTAssertEqual(journey.state.redoStack.count, 1)
    journey.press("j")
    journey.press("K")
    XCTAssertTrue(journey.state.redoStack.isEmpty, "a new change clears what could be redone")
  }

  func testReorderingMovesTheCardWithinItsColumn() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("J")
    XCTAssertEqual(journey.state.board.columns[Stage.incoming], [IdeaID(2), IdeaID(1), IdeaID(3)])
    XCTAssertEqual(journey.focusedCode, "I-0001")
    journey.press("J", "J")
    XCTAssertEqual(journey.state.board.columns[Stage.incoming], [IdeaID(2), IdeaID(3), IdeaID(1)])
    XCTAssertEqual(journey.state.message?.text, "I-0001 is at the bottom of its column already.")
    journey.press("K")
    XCTAssertEqual(journey.state.board.columns[Stage.incoming], [IdeaID(2), IdeaID(1), IdeaID(3)])
  }

  func testMovingPastTheLastStageIsRefusedInWords() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("H")
    XCTAssertEqual(journey.state.message?.text, "I-0001 is in the first stage already.")
    XCTAssertTrue(journey.commits.isEmpty)
  }

  func testOpeningTheDetailAndScrollingIt() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("l", "l", "j", "Enter")
    XCTAssertEqual(journey.state.mode, .detail)
    XCTAssertEqual(journey.state.detail?.id, IdeaID(7))
    XCTAssertTrue(journey.screen.lines[1].contains("Energiecoöperatie Kortrijk"))
    journey.press("j", "j", "j")
    XCTAssertEqual(journey.state.detail?.scroll, 3)
    journey.press("k")
    XCTAssertEqual(journey.state.detail?.scroll, 2)
    journey.press("G")
    let lines = journey.state.detail?.lines.count ?? 0
    XCTAssertEqual(journey.state.detail?.scroll, lines - (24 - 2 - 2))
    XCTAssertTrue(journey.screen.lines.contains { $0.contains("History") })
    journey.press("PgUp")
    XCTAssertLessThan(journey.state.detail?.scroll ?? 0, lines - 20)
    journey.press("Esc")
    XCTAssertNil(journey.state.detail)
    XCTAssertEqual(journey.focusedCode, "I-0007")
  }

  func testSearchingForAnAccentedWordTypedWithoutItsAccent() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("l")
    journey.press("/")
    journey.type("CAFE")
    XCTAssertEqual(journey.state.search.matches, [IdeaID(1), IdeaID(4)])
    XCTAssertEqual(journey.focusedCode, "I-0001", "the focus jumps to the first match while typing")
    journey.press("Enter")
    XCTAssertEqual(journey.state.mode, .board)
    journey.press("n")
    XCTAssertEqual(journey.focusedCode, "I-0004")
    journey.press("n")
    XCTAssertEqual(journey.focusedCode, "I-0001", "n wraps around")
    journey.press("N")
    XCTAssertEqual(journey.focusedCode, "I-0004")
    XCTAssertTrue(journey.screen.lines[22].hasPrefix("/CAFE  2 of 2 matches"))
    journey.press("Esc")
    XCTAssertFalse(journey.state.search.isActive)
    journey.press("n")
    XCTAssertEqual(journey.state.mode, .form, "without a search, n opens the new-idea form")
  }

  func testSearchIgnoresCaseAccentsAndCombiningMarksAndReachesIdeasOffTheBoard() throws {
    var board = try ScreenFixtures.board()
    let titles = ["Cafe\u{301} combiné", "ŒUVRE CAFÉ", "Ｃａｆｅ wide", "Kaffee"]
    for (n, title) in titles.enumerated() {
      try board.apply(
        .addIdea(Idea(id: IdeaID(20 + n), title: title, created: ScreenFixtures.now)), by: "t", at: ScreenFixtures.now)
    }
    var journey = Journey(AppState(board: board, file: "f", width: 80, height: 24, now: ScreenFixtures.now))
    journey.press("/")
    journey.type("café")
    XCTAssertEqual(journey.state.search.matches, [IdeaID(1), IdeaID(20), IdeaID(21), IdeaID(22), IdeaID(4)])
    journey.press("Esc", "/")
    journey.type("voor")
    XCTAssertEqual(
      journey.state.search.matches, [IdeaID(3), IdeaID(4), IdeaID(10), IdeaID(11)], "declined I-0011 comes last")
    journey.press("Enter")
    XCTAssertEqual(journey.focusedCode, "I-0003")
    journey.press("n", "n")
    XCTAssertEqual(journey.focusedCode, "I-0010")
    journey.press("n")
    XCTAssertEqual(journey.state.detail?.id, IdeaID(11), "a match off the board opens in the detail")
    XCTAssertEqual(journey.state.mode, .detail)
    journey.press("n")
    XCTAssertEqual(journey.state.detail?.id, IdeaID(3), "n goes on from the detail")
    XCTAssertEqual(journey.focusedCode, "I-0003")
  }

  func testSearchFindsPeopleTagsAndPitchAndEscGoesBackToWhereItStarted() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("j", "/")
    journey.type("lea dubois")
    XCTAssertEqual(journey.state.search.matches, [IdeaID(7)])
    journey.press("Ctrl-U")
    journey.type("#circulair")
    XCTAssertEqual(journey.state.search.matches, [], "the # is not part of a tag")
    journey.press("Ctrl-U")
    journey.type("kapotte")
    XCTAssertEqual(journey.state.search.matches, [IdeaID(1)])
    journey.press("Esc")
    XCTAssertEqual(journey.focusedCode, "I-0002")
    XCTAssertEqual(journey.state.mode, .board)
  }

  func testAClickFocusesACardAndADoubleClickOpensIt() throws {
    var journey = Journey(try ScreenFixtures.state())
    let screen = journey.screen
    let row = try XCTUnwrap(screen.lines.firstIndex { $0.contains("Zorgzame buurten") })
    let column = try XCTUnwrap(screen.lines[row].range(of: "Zorgzame")).lowerBound.utf16Offset(in: screen.lines[row])
    journey.click(.press, x: column, y: row)
    XCTAssertEqual(journey.focusedCode, "I-0005")
    journey.click(.doubleClick, x: 2, y: row)
    XCTAssertEqual(journey.focusedCode, "I-0002")
    XCTAssertEqual(journey.state.detail?.id, IdeaID(2))
    journey.click(.wheelDown, x: 10, y: 10)
    XCTAssertEqual(journey.state.detail?.scroll, 3)
  }

  func testTheWheelScrollsTheColumnUnderThePointer() throws {
    let board = DemoData.board(count: 400, seed: 7, now: DemoData.referenceTime)
    var journey = Journey(AppState(board: board, file: "demo.json", width: 80, height: 24, now: DemoData.referenceTime))
    journey.click(.wheelDown, x: 30, y: 10)
    XCTAssertEqual(journey.state.cardScroll[1], 1)
    XCTAssertEqual(journey.state.cardFocus[1], 1, "the column's focus stays among the cards shown")
    XCTAssertEqual(journey.state.cardScroll[0], 0)
    XCTAssertTrue(journey.screen.lines[1].contains("▲ 1 more"))
  }

  func testQuitThemeAndHelpAreEffectsOrOverlays() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("T")
    XCTAssertEqual(journey.effects, [.cycleTheme])
    journey.send(.themeChanged(name: "light"))
    XCTAssertEqual(journey.state.themeName, "light")
    journey.press("?")
    XCTAssertEqual(journey.state.mode, .help)
    journey.press("Esc", "q")
    XCTAssertEqual(journey.effects.last, .quit)
    journey.press("/", "Ctrl-C")
    XCTAssertEqual(journey.effects.last, .quit)
  }
}
