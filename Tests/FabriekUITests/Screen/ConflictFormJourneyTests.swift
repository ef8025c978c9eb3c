import FabriekCore
import FabriekUI
import XCTest

/// Two fabrieks editing one idea: changes the other saves reach this one as `.boardChanged`
/// while its edit form is open. A field only the other changed is left as the other saved it.
final class ConflictFormJourneyTests: XCTestCase {
  let yours = "Repair café Ledeberg"

  /// Another process saves `edits` to I-0001 and this one's board is refreshed.
  func otherProcessSaves(_ edits: [IdeaEdit], into journey: inout Journey) throws {
    var other = journey.state.board
    try other.apply(.editIdea(IdeaID(1), edits), by: "ann", at: ScreenFixtures.now)
    journey.send(.boardChanged(other))
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
