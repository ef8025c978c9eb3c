import FabriekCore
import FabriekUI
import XCTest

/// Two fabrieks editing one idea: changes the other saves reach this one as `.boardChanged`
/// while its edit form is open. A field both changed is not overwritten without asking; a
/// field only the other changed is left as the other saved it.
final class ConflictFormJourneyTests: XCTestCase {
  let theirs = "Repair café Gent – herstelplaats"
  let yours = "Repair café Ledeberg"

  /// Another process saves `edits` to I-0001 and this one's board is refreshed.
  func otherProcessSaves(_ edits: [IdeaEdit], into journey: inout Journey) throws {
    var other = journey.state.board
    try other.apply(.editIdea(IdeaID(1), edits), by: "ann", at: ScreenFixtures.now)
    journey.send(.boardChanged(other))
  }

  func testATitleChangedElsewhereIsShownWithBothValuesAndOverwrittenOnlyOnY() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("e", "Ctrl-U")
    journey.type(yours)
    try otherProcessSaves([.title(theirs)], into: &journey)
    XCTAssertEqual(journey.state.form?.text("title"), yours, "the refresh leaves the form alone")

    journey.press("Ctrl-S")
    XCTAssertEqual(journey.commits, [], "nothing saved silently")
    XCTAssertEqual(journey.state.mode, .form)
    let conflicts = try XCTUnwrap(journey.state.form?.conflicts)
    XCTAssertEqual(conflicts.map(\.key), ["title"])
    XCTAssertEqual(conflicts.first?.theirs, theirs)
    XCTAssertEqual(conflicts.first?.yours, yours)
    var screen = journey.screen.lines.joined(separator: "\n")
    XCTAssertTrue(screen.contains("Changed by someone else since you opened this form:"), screen)
    XCTAssertTrue(screen.contains("Title             theirs Repair café Gent – herstelplaats"), screen)
    XCTAssertTrue(screen.contains("yours  Repair café Ledeberg"), screen)
    XCTAssertTrue(screen.contains("y save yours over theirs   n/Esc keep editing"), screen)
    XCTAssertTrue(
      journey.screen.lines[23].contains("I-0001 was changed elsewhere meanwhile: nothing saved yet"),
      journey.screen.lines[23])
    XCTAssertNil(journey.screen.cursor, "no cursor while asking")

    journey.press("x", "Ctrl-S")
    journey.send(.key(.paste("zzz")))
    XCTAssertEqual(journey.state.form?.conflicts.count, 1, "other keys neither overwrite nor dismiss")
    XCTAssertEqual(journey.state.form?.text("title"), yours)

    journey.press("n")
    XCTAssertEqual(journey.state.form?.conflicts, [])
    XCTAssertEqual(journey.state.mode, .form, "back to the form")
    XCTAssertEqual(journey.state.form?.text("title"), yours, "with the text intact")
    XCTAssertEqual(journey.commits, [])
    screen = journey.screen.lines.joined(separator: "\n")
    XCTAssertFalse(screen.contains("theirs"), screen)

    journey.press("Ctrl-S")
    XCTAssertEqual(journey.state.form?.conflicts.map(\.key), ["title"], "asked again")
    journey.press("Esc")
    XCTAssertEqual(journey.state.mode, .form, "Esc keeps editing too")
    XCTAssertFalse(journey.state.form?.isConfirmingDiscard ?? true)

    journey.press("Ctrl-S", "y")
    XCTAssertEqual(journey.commits, [.editIdea(IdeaID(1), [.title(yours)])], "y saves yours")
    XCTAssertEqual(journey.state.mode, .board)
    XCTAssertEqual(journey.state.board.ideas[IdeaID(1)]?.title, yours)
  }

  func testAChangeElsewhereAfterTheQuestionIsAskedAboutBeforeYOverwritesIt() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("e", "Ctrl-U")
    journey.type(yours)
    try otherProcessSaves([.title(theirs)], into: &journey)
    journey.press("Ctrl-S")
    try otherProcessSaves([.title("Herstelcafé Gent")], into: &journey)
    journey.press("y")
    XCTAssertEqual(journey.commits, [], "y answered what was shown, not the newer value")
    XCTAssertEqual(journey.state.form?.conflicts.first?.theirs, "Herstelcafé Gent")
    journey.press("y")
    XCTAssertEqual(journey.commits, [.editIdea(IdeaID(1), [.title(yours)])])
  }

  func testAFieldOnlyTheOtherChangedIsSavedWithoutAQuestionAndKeepsTheirValue() throws {
    var journey = Journey(try ScreenFixtures.state())
    let pitch = "Buren herstellen samen, elke zaterdag."
    journey.press("e", "Ctrl-U")
    journey.type(yours)
    try otherProcessSaves([.pitch(pitch), .tags(["herstel"])], into: &journey)
    XCTAssertEqual(journey.state.form?.text("pitch"), "Buren herstellen samen kapotte toestellen in het buurthuis.")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.commits, [.editIdea(IdeaID(1), [.title(yours)])], "only the field this user changed")
    XCTAssertEqual(journey.state.mode, .board)
    let idea = try XCTUnwrap(journey.state.board.ideas[IdeaID(1)])
    XCTAssertEqual(idea.title, yours)
    XCTAssertEqual(idea.pitch, pitch, "their pitch stays")
    XCTAssertEqual(idea.tags, ["herstel"], "and their tags")
  }

  func testAnOriginNameTypedHereKeepsTheKindOfOriginSetElsewhere() throws {
    var journey = Journey(try ScreenFixtures.state())
    journey.press("e")
    try journey.tab(to: "originName")
    journey.type("Stadsfestival")
    try otherProcessSaves([.origin(Origin(kind: .ideaCampaign, name: nil))], into: &journey)
    journey.press("Ctrl-S")
    XCTAssertEqual(
      journey.commits, [.editIdea(IdeaID(1), [.origin(Origin(kind: .ideaCampaign, name: "Stadsfestival"))])],
      "the kind is theirs, the name yours: one edit holds both halves")
    XCTAssertEqual(journey.state.board.ideas[IdeaID(1)]?.origin, Origin(kind: .ideaCampaign, name: "Stadsfestival"))
  }
}
