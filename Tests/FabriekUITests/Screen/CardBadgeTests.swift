import FabriekCore
@testable import FabriekUI
import XCTest

/// The card badges: the mentor badge is one cell wide, and a card's age is a warning only
/// when it is stale for its stage.
final class CardBadgeTests: XCTestCase {
  func testTheMentorSymbolIsOneCellWide() {
    XCTAssertEqual(DisplayWidth.of("☺"), 1)
  }

  func testAStagesOwnThresholdDecidesWhetherACardIsStale() throws {
    var board = Board(
      name: "b",
      stages: [
        Stage(id: Stage.incoming, name: "Incoming", staleDays: 14),
        Stage(id: Stage.ideaGeneration, name: "Idea generation", staleDays: nil),
      ])
    let at = Timestamp(seconds: 0)
    try board.apply(.addIdea(Idea(id: IdeaID(1), title: "A", stage: Stage.incoming, created: at)), by: "t", at: at)
    try board.apply(
      .addIdea(Idea(id: IdeaID(2), title: "B", stage: Stage.ideaGeneration, created: at)), by: "t", at: at)
    let now = Timestamp(seconds: 20 * 86_400)
    func ageStyle(_ id: Int) throws -> Style? {
      let idea = try XCTUnwrap(board.ideas[IdeaID(id)])
      return CardFacts.badges(idea, board: board, now: now).first { $0.text.hasSuffix("d") }?.style
    }
    XCTAssertEqual(try ageStyle(1), .badgeWarning, "20 days in Incoming is stale (14)")
    XCTAssertEqual(try ageStyle(2), .cardMeta, "a stage without a threshold never is")
  }
}
