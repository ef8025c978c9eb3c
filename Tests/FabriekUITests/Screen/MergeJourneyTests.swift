import FabriekCore
import FabriekUI
import XCTest

/// Merging into any idea, chosen by code or by words: the triage merge prompt (`m`) and
/// `:merge CODE` on the board, each showing the target's code, stage and title first, writing
/// a history line on both ideas and undone in one step.
final class MergeJourneyTests: XCTestCase {
  func text(_ journey: Journey) -> String { journey.screen.lines.joined(separator: "\n") }

  func testTriageMergesIntoAnIdeaFoundByWordsOrByCode() throws {
    var journey = Journey(try TriageFixtures.state(width: 160, height: 48))
    journey.press("t")
    XCTAssertEqual(journey.state.triage?.candidate, IdeaID(2))
    journey.press("m")
    journey.type("taal")
    XCTAssertEqual(journey.state.triage?.prompt, .merge(choices: [IdeaID(4)], choice: 0, text: "taal"))
    XCTAssertTrue(text(journey).contains("▸ I-0004 · Incoming · Taalcafé voor nieuwkomers"), text(journey))
    journey.press("Ctrl-U")
    journey.type("6")
    XCTAssertEqual(journey.state.triage?.prompt?.mergeChoices?.first, IdeaID(6), "a number is a code first")
    XCTAssertTrue(text(journey).contains("▸ I-0006 · Idea generation · Deelfietsen voor senioren"), text(journey))
    journey.press("Enter")
    XCTAssertEqual(journey.state.board.ideas[IdeaID(2)]?.decision?.kind, .merge(into: IdeaID(6)))
    XCTAssertEqual(journey.state.board.ideas[IdeaID(6)]?.innovators, [PersonID(2)], "Karim came along")
    XCTAssertEqual(journey.state.board.history(of: .idea(IdeaID(6))).last?.what, "merged I-0002 into I-0006")
    XCTAssertEqual(journey.state.board.history(of: .idea(IdeaID(2))).last?.what, "merged I-0002 into I-0006")
    journey.press("u")
    XCTAssertNil(journey.state.board.ideas[IdeaID(2)]?.decision)
    XCTAssertEqual(journey.state.board.ideas[IdeaID(6)]?.innovators, [PersonID(2)], "Karim is its own innovator")
    XCTAssertEqual(journey.state.board.ideas[IdeaID(6)]?.notes, [])
    XCTAssertEqual(journey.state.triage?.candidate, IdeaID(2), "one undo, the candidate shown again")
  }

  func testTriageMergePromptSaysWhenNothingMatchesAndCommitsNothing() throws {
    var journey = Journey(try TriageFixtures.state(width: 160, height: 48))
    journey.press("t", "m")
    journey.type("zwembad")
    XCTAssertEqual(journey.state.triage?.prompt?.mergeChoices, [])
    XCTAssertTrue(text(journey).contains("No idea on the board matches “zwembad”"), text(journey))
    journey.press("Enter")
    XCTAssertEqual(
      journey.state.message,
      StatusMessage("No idea on the board matches “zwembad”; type a code or other words.", isError: true))
    XCTAssertTrue(journey.commits.isEmpty)
    journey.press("Ctrl-U")
    journey.type("2")
    XCTAssertEqual(journey.state.triage?.prompt?.mergeChoices, [], "never the candidate itself")
    journey.press("Ctrl-U")
    journey.type("soep")
    XCTAssertEqual(journey.state.triage?.prompt?.mergeChoices, [IdeaID(1), IdeaID(3)], "not the declined I-0005")
  }

  func testPaletteMergeAsksWithTheTargetsStageAndTitleThenMergesInOneUndo() throws {
    var journey = Journey(try TriageFixtures.state())
    journey.press(":")
    journey.type("go I-0002")
    journey.press("Enter", ":")
    journey.type("merge 6")
    XCTAssertEqual(journey.state.palette.completions, ["merge I-0006"])
    journey.press("Enter")
    XCTAssertEqual(journey.state.keyLayer, .confirmMerge)
    XCTAssertEqual(
      journey.state.message?.text,
      "Merge I-0002 into I-0006 · Idea generation · Deelfietsen voor senioren? y merges, n leaves both")
    journey.press("x")
    XCTAssertEqual(journey.state.keyLayer, .confirmMerge, "a stray key neither answers nor merges")
    journey.press("n")
    XCTAssertTrue(journey.commits.isEmpty)
    XCTAssertEqual(journey.state.message?.text, "Left as it was.")
    journey.press(":")
    journey.type("merge deelfiets")
    journey.press("Enter", "y")
    XCTAssertEqual(journey.commits.count, 1, "one operation")
    XCTAssertEqual(
      journey.state.board.ideas[IdeaID(2)]?.outcome, .declined(reason: .duplicate, text: "merged into I-0006"))
    XCTAssertEqual(journey.state.board.history(of: .idea(IdeaID(6))).last?.what, "merged I-0002 into I-0006")
    XCTAssertEqual(journey.focusedCode, "I-0006", "the focus follows the idea merged into")
    journey.press("u")
    XCTAssertEqual(journey.stage(of: "I-0002"), Stage.incoming)
    XCTAssertNil(journey.state.board.ideas[IdeaID(2)]?.outcome)
  }

  func testPaletteMergeRefusesWithOneSentence() throws {
    var journey = Journey(try TriageFixtures.state())
    journey.press(":")
    journey.type("go I-0002")
    journey.press("Enter")
    for (typed, said) in [
      ("merge", "Say which idea I-0002 merges into: a code (I-0138, 138) or words of its title."),
      ("merge I-0002", "I-0002 cannot be merged into itself; name another idea."),
      ("merge I-0005", "I-0005 is no longer on the board; reopen it before merging."),
      ("merge soepbar", "“soepbar” matches several ideas (I-0001, I-0003); type the code."),
      ("merge zwembad", "No idea on the board matches “zwembad”; type a code or other words."),
    ] {
      journey.press(":")
      journey.type(typed)
      journey.press("Enter")
      XCTAssertEqual(journey.state.message, StatusMessage(said, isError: true), typed)
    }
    XCTAssertTrue(journey.commits.isEmpty)
  }

  func testTheMergePromptAt80x24And160x48() throws {
    for (width, height) in [(80, 24), (160, 48)] {
      var journey = Journey(try TriageFixtures.state(width: width, height: height))
      journey.press("t", "s", "s", "m")
      journey.type("soep")
      assertSnapshot(journey.screen, named: "triage-merge-\(width)x\(height)")
    }
  }
}

extension TriagePrompt {
  var mergeChoices: [IdeaID]? {
    if case .merge(let choices, _, _) = self { choices } else { nil }
  }
}
