import FabriekCore
import FabriekRunner
@testable import FabriekUI
import XCTest

/// `f` on the board: the filter line narrows the board as it is typed, stays on through the
/// detail, the edit form, a move and undo, marks a wrong word in place keeping the last good
/// result; `F` clears it; saved views live in the board file; triage takes the filtered
/// candidates only.
final class FilterJourneyTests: XCTestCase {
  private func shown(_ journey: Journey) -> [[Int]] { journey.state.columns.map { $0.map(\.rawValue) } }

  func testTheBoardNarrowsAsTheFilterIsTypedAndTheFilterStaysThroughDetailEditMoveAndUndo() throws {
    var journey = Journey(try ScreenFixtures.state(width: 120, height: 30))
    journey.press("f")
    XCTAssertEqual(journey.state.mode, .filter)
    journey.type("circ")
    XCTAssertEqual(shown(journey), [[1], [], [6], [], []], "each typed character narrows the board")
    journey.type("ulair")
    XCTAssertEqual(shown(journey), [[1], [], [6], [], []])
    XCTAssertTrue(journey.screen.lines.joined(separator: "\n").contains("1 / 3"), "the Incoming header counts shown / in the column")
    XCTAssertTrue(journey.screen.lines.joined(separator: "\n").contains("2 ideas"), "the filter line says how many match")
    journey.press("Esc")
    XCTAssertEqual(journey.state.mode, .board)
    XCTAssertTrue(journey.state.filter.isActive, "Esc leaves the line, the filter stays on")
    XCTAssertTrue(journey.screen.lines.joined(separator: "\n").contains("f circulair"), "the active filter shows on the message line")
    XCTAssertEqual(journey.focusedCode, "I-0001")

    journey.press("Enter")
    XCTAssertNotNil(journey.state.detail)
    journey.press("Esc")
    XCTAssertEqual(shown(journey), [[1], [], [6], [], []], "opening a card keeps the filter")

    journey.press("e", "Ctrl-U")
    journey.type("Repair café circulair")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.state.board.ideas[IdeaID(1)]?.title, "Repair café circulair")
    XCTAssertEqual(shown(journey), [[1], [], [6], [], []], "editing a card keeps the filter")

    journey.press("L")
    XCTAssertEqual(journey.stage(of: "I-0001"), Stage.ideaGeneration)
    XCTAssertEqual(shown(journey), [[], [1], [6], [], []], "the moved card shows in its new column")
    journey.press("u")
    XCTAssertEqual(shown(journey), [[1], [], [6], [], []], "undo keeps the filter")
    journey.press("u")
    XCTAssertEqual(journey.state.board.ideas[IdeaID(1)]?.title, "Repair café Gent")
    XCTAssertEqual(shown(journey), [[1], [], [6], [], []])
    XCTAssertTrue(journey.state.filter.isActive)
  }

  func testAWrongWordIsMarkedInPlaceAndTheLastGoodResultStays() throws {
    var journey = Journey(try ScreenFixtures.state(width: 160, height: 30))
    journey.press("f")
    journey.type("voeding")
    // Pasted at once, as one change of the line: no half-typed query in between.
    journey.send(.key(.paste(" stage:zz")))
    XCTAssertEqual(journey.state.filter.error?.word, "stage:zz")
    XCTAssertEqual(journey.state.filter.error?.offset, 8)
    XCTAssertEqual(shown(journey), [[2], [], [], [8], []], "the last good query (voeding) stays applied")
    XCTAssertTrue(
      journey.screen.lines.joined(separator: "\n").contains("“stage:zz”: stage cannot be “zz”"), "the line says which word is wrong and why")
    journey.press("Ctrl-U")
    journey.type("tag:voeding")
    XCTAssertNil(journey.state.filter.error)
    journey.press("Enter", "F")
    XCTAssertFalse(journey.state.filter.isActive)
    XCTAssertEqual(shown(journey), [[1, 2, 3], [4, 5], [6, 7], [8, 9], [10]], "F shows every card again")
    XCTAssertEqual(journey.state.message?.text, "Filter cleared: every card shows again.")
  }

  func testASavedViewIsInTheBoardFileAfterARestart() throws {
    let folder = try TemporaryBoard(try ScreenFixtures.board())
    func runner() throws -> AppRunner {
      let store = try BoardStore.open(folder.path, policy: .never)
      let state = AppState(board: store.board, file: folder.path, width: 120, height: 30, now: ScreenFixtures.now)
      let runner = AppRunner(
        state: state, store: store, host: HeadlessHost(), clock: .state, author: ScreenFixtures.author)
      runner.start()
      return runner
    }
    func press(_ runner: AppRunner, _ keys: String...) {
      for name in keys { Key(name: name).map { runner.send(.key($0)) } }
    }
    func type(_ runner: AppRunner, _ text: String) { for c in text { runner.send(.key(.char(c))) } }

    let first = try runner()
    press(first, "f")
    type(first, "tag:voeding")
    press(first, "Enter", ":")
    type(first, "view save eten")
    press(first, "Enter")
    XCTAssertEqual(first.state.board.views, ["eten": "tag:voeding"])
    XCTAssertEqual(first.state.message?.text, "Saved the view “eten” for everyone on this board.")

    let second = try runner()
    XCTAssertFalse(second.state.filter.isActive)
    press(second, ":")
    type(second, "view e")
    XCTAssertTrue(second.state.palette.completions.contains("view eten"), "the view completes")
    type(second, "ten")
    press(second, "Enter")
    XCTAssertEqual(second.state.filter.matches.map(\.rawValue), [2, 8])
    XCTAssertEqual(second.state.columns.map { $0.map(\.rawValue) }, [[2], [], [], [8], []])
    press(second, ":")
    type(second, "view delete eten")
    press(second, "Enter")
    XCTAssertEqual(second.state.board.views, [:])
  }

  func testBuiltInViewsShowFromThePalette() throws {
    var journey = Journey(try ScreenFixtures.state(width: 120, height: 30))
    journey.press(":")
    journey.type("view no exit plan")
    journey.press("Enter")
    XCTAssertEqual(journey.state.filter.matches.map(\.rawValue), [8], "Realisation without an exit plan")
    XCTAssertEqual(journey.state.message?.text, "View “no exit plan”: 1 idea (stage:realisation exit:none).")
    journey.press(":")
    journey.type("view declined")
    journey.press("Enter")
    XCTAssertEqual(journey.state.filter.matches.map(\.rawValue), [11], "declined ideas can be browsed")
  }

  func testTriageOnAFilteredBoardTakesOnlyTheMatchingCandidates() throws {
    var journey = Journey(try ScreenFixtures.state(width: 120, height: 30))
    journey.press("f")
    journey.type("tag:buurt or tag:voeding")
    journey.press("Enter", "t")
    XCTAssertEqual(journey.state.mode, .triage)
    XCTAssertEqual(Set(journey.state.triage?.queue.map(\.rawValue) ?? []), [1, 2])
  }

  func testPresentModeShowsTheFilteredBoard() throws {
    var journey = Journey(try ScreenFixtures.state(width: 120, height: 30))
    journey.press("f")
    journey.type("tag:voeding")
    journey.press("Enter", "p")
    XCTAssertEqual(journey.state.mode, .present)
    XCTAssertTrue(
      journey.screen.lines.joined(separator: "\n").contains("I-0002  Incoming   1 / 1"),
      "the spotlight walks the filtered column")
    journey.press("Tab", "Tab", "Tab")  // spotlight → votes → timer → board
    let screen = journey.screen.lines.joined(separator: "\n")
    XCTAssertTrue(screen.contains("Buurtmoestuin Molenbeek"), screen)
    XCTAssertTrue(screen.contains("Voedselbank 2.0"), screen)
    XCTAssertFalse(screen.contains("Repair café Gent"), screen)
  }

  func testAChangeMadeWhileNoFilterIsOnIsSeenByTheNextFilter() throws {
    var journey = Journey(try ScreenFixtures.state(width: 120, height: 30))
    journey.press("f")
    journey.type("zonnepanelen")
    XCTAssertEqual(shown(journey), [[], [], [], [], []])
    journey.press("Enter", "F", "e", "Ctrl-U")
    journey.type("Zonnepanelen voor de buurt")
    journey.press("Ctrl-S")
    journey.press("f")
    journey.type("zonnepanelen")
    XCTAssertEqual(shown(journey), [[1], [], [], [], []], "the index caught up with the edit made meanwhile")
  }

  func testAFilterGivenFromTheCommandLineNarrowsAnOpenTriage() throws {
    var journey = Journey(try ScreenFixtures.state(width: 120, height: 30))
    journey.press("t")
    XCTAssertEqual(journey.state.triage?.queue.count, 3, "I-0011 and I-0012 are off the board")
    journey.send(.filterBoard("tag:buurt or tag:voeding"))
    XCTAssertEqual(Set(journey.state.triage?.queue.map(\.rawValue) ?? []), [1, 2])
    journey.send(.filterBoard("stage:"))
    XCTAssertEqual(journey.state.message?.text, "“stage:”: stage needs a value (or none, or any).")
  }
}

final class FilterHighlightTests: XCTestCase {
  func testTheFilterWordsAreMarkedInTheTitleWithoutCaseOrAccents() {
    let spans = FilterHighlight.spans("Repair Café Gent", words: ["cafe", "gent"], style: .card)
    XCTAssertEqual(spans.map(\.text), ["Repair ", "Café", " ", "Gent"])
    XCTAssertEqual(spans.map(\.style), [.card, .searchMatch, .card, .searchMatch])
    XCTAssertEqual(FilterHighlight.spans("Buurt", words: [], style: .card).map(\.text), ["Buurt"])
  }
}

final class FilterHelpTests: XCTestCase {
  func testTheHelpListsTheFilterKeysAndTheBuiltInViews() {
    let help = HelpOverlay.lines.map { $0.map(\.text).joined() }
    XCTAssertTrue(help.contains("Filter line (type a query)"))
    XCTAssertTrue(help.contains { $0.hasPrefix(":view no exit plan ") && $0.hasSuffix("stage:realisation exit:none") })
    XCTAssertTrue(help.contains { $0.hasPrefix("F ") && $0.hasSuffix("clear the filter (the financing form: from the detail)") })
  }
}
