import FabriekCore
import FabriekUI
import XCTest

/// The `:` palette through the real key map: completion, `go`, `search`, `theme` and the rest.
final class PaletteJourneyTests: XCTestCase {
  func testGoingToAnIdeaByCodeFromThePalette() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press(":")
    journey.type("go i-9")
    journey.press("Enter")
    XCTAssertEqual(journey.focusedCode, "I-0009")
    XCTAssertEqual(journey.state.focusColumn, 3)
    journey.press(":")
    journey.type("go I-0011")
    journey.press("Enter")
    XCTAssertEqual(journey.state.mode, .detail, "a declined idea opens in the detail")
    XCTAssertEqual(journey.state.detail?.id, IdeaID(11))
    XCTAssertEqual(journey.state.message?.text, "I-0011 is off the board (declined: out of scope, no social aim).")
    journey.press(":")
    journey.type("go I-0099")
    journey.press("Enter")
    XCTAssertEqual(journey.state.message, StatusMessage("There is no idea “I-0099” on this board.", isError: true))
  }

  func testThePaletteCompletesCommandsCodesAndThemes() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.send(.themesAvailable(["default", "light", "monochrome", "projector"]))
    journey.press(":")
    journey.type("th")
    XCTAssertEqual(journey.state.palette.completions, ["theme "])
    journey.press("Tab")
    journey.type("l")
    XCTAssertEqual(journey.state.palette.completions, ["theme light"])
    journey.press("Tab", "Enter")
    XCTAssertEqual(journey.effects.last, .setTheme("light"))
    journey.press(":")
    journey.type("go I-001")
    XCTAssertEqual(journey.state.palette.completions, ["go I-0010", "go I-0011", "go I-0012"])
    journey.press("Esc", ":")
    journey.type("dance")
    journey.press("Enter")
    XCTAssertEqual(journey.state.message?.isError, true)
  }

  func testEveryFormOpensFromThePaletteOnTheFocusedIdea() throws {
    var journey = Journey(try ScreenFixtures.state())
    let id = try XCTUnwrap(journey.state.focusedID)
    let expected: [(String, FormKind)] = [
      ("new", .newIdea), ("edit", .editIdea(id)), ("note", .note(id)), ("exit-plan", .exitPlan(id)),
      ("enrichment", .enrichment(id)), ("financing", .financing(id)), ("indicators", .indicators(id)),
      ("person", .person(nil)), ("session", .session(nil)),
    ]
    for (command, kind) in expected {
      journey.press(":")
      journey.type(command)
      journey.press("Enter")
      XCTAssertEqual(journey.state.mode, .form, command)
      XCTAssertEqual(journey.state.form?.kind, kind, command)
      journey.press("Esc")
      XCTAssertEqual(journey.state.mode, .board, command)
    }
    journey.press(":")
    journey.type("fi")
    XCTAssertEqual(journey.state.palette.completions, ["financing"])
  }

  func testSearchUndoHelpAndQuitFromThePalette() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press(":")
    journey.type("search buurt")
    journey.press("Enter")
    XCTAssertEqual(journey.state.mode, .board)
    XCTAssertEqual(journey.state.search.matches, [IdeaID(1), IdeaID(2), IdeaID(5)])
    XCTAssertEqual(journey.focusedCode, "I-0001")
    journey.press("n")
    XCTAssertEqual(journey.focusedCode, "I-0002")
    journey.press("L", ":")
    journey.type("undo")
    journey.press("Enter")
    XCTAssertEqual(journey.stage(of: "I-0002"), Stage.incoming)
    journey.press(":")
    journey.type("redo")
    journey.press("Enter")
    XCTAssertEqual(journey.stage(of: "I-0002"), Stage.ideaGeneration)
    journey.press(":")
    journey.type("help")
    journey.press("Enter")
    XCTAssertEqual(journey.state.mode, .help)
    journey.press("Esc", ":", "Backspace")
    XCTAssertEqual(journey.state.mode, .board, "Backspace on an empty command line closes the palette")
    journey.press(":")
    journey.type("theme")
    journey.press("Enter", ":")
    journey.type("quit")
    journey.press("Enter")
    let accepted = Decision(kind: .accept(stage: Stage.ideaGeneration), by: "fabriek", at: ScreenFixtures.now)
    // The undo puts back the candidate as it was in Incoming; the redo, as accepted.
    guard journey.effects.count == 5, case .commit(.restoreTriage(_, let undone), .undo) = journey.effects[1],
      case .commit(.restoreTriage(_, let redone), .redo) = journey.effects[2]
    else { return XCTFail("\(journey.effects)") }
    XCTAssertEqual([undone.stage, redone.stage], [Stage.incoming, Stage.ideaGeneration])
    XCTAssertEqual([undone.decision, redone.decision], [nil, accepted])
    XCTAssertEqual(
      journey.effects,
      [
        .commit(.decide(IdeaID(2), accepted), purpose: .change),
        .commit(.restoreTriage(IdeaID(2), undone), purpose: .undo),
        .commit(.restoreTriage(IdeaID(2), redone), purpose: .redo),
        .cycleTheme, .quit,
      ])
  }

  func testTheThemeCommandLeavesUnknownNamesToTheRunLoopAndNoticesReachTheStatusLine() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.send(.themesAvailable(["default", "Light"]))
    journey.press(":")
    journey.type("theme light")
    journey.press("Enter", ":")
    journey.type("theme nope")
    journey.press("Enter")
    XCTAssertEqual(journey.effects, [.setTheme("Light"), .setTheme("nope")])
    journey.send(.notice("There is no theme “nope”; the themes are default and Light.", isError: true))
    XCTAssertEqual(journey.state.message?.isError, true)
    XCTAssertTrue(journey.screen.lines[23].contains("There is no theme “nope”"))
    journey.send(.notice("Another fabriek has this board open.", isError: false))
    XCTAssertEqual(journey.screen[8, 23].style, .statusBar)
  }
}
