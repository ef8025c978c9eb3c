import FabriekCore
import XCTest

@testable import FabriekUI

/// Cards copied from the cache look exactly as cards drawn anew, whatever changed between two
/// frames: the focus, a move, a search, an innovator's name, the day, the size.
final class CardCacheTests: XCTestCase {
  func assertCachedEqualsFresh(_ journey: Journey, _ step: String, file: StaticString = #filePath, line: UInt = #line)
  {
    let cached = journey.screen
    CardCache.shared.removeAll()
    let fresh = journey.screen
    XCTAssertEqual(cached.lines, fresh.lines, step, file: file, line: line)
    XCTAssertEqual(cached, fresh, "\(step): styles", file: file, line: line)
  }

  func testEveryFrameWithCachedCardsIsTheFrameDrawnFromScratch() throws {
    CardCache.shared.removeAll()
    var journey = Journey(try ScreenFixtures.state(width: 120, height: 40))
    _ = journey.screen
    let steps: [(String, (inout Journey) throws -> Void)] = [
      ("focus down", { $0.press("j") }),
      ("focus right", { $0.press("l") }),
      ("move a card", { $0.press("L") }),
      ("undo", { $0.press("u") }),
      ("search", { j in j.press("/"); j.type("cafe") }),
      ("search off", { $0.press("Esc") }),
      (
        "an innovator renamed",
        { j in
          var board = j.state.board
          guard let id = board.ideasInOrder.first(where: { !$0.innovators.isEmpty })?.innovators.first,
            var person = board.people[id]
          else { return }
          person.givenName = "Hernoemd"
          try board.apply(.editPerson(person), by: "test", at: j.state.now)
          j.send(.boardChanged(board))
        }
      ),
      ("ten days later", { j in j.send(.tick(now: Timestamp(seconds: j.state.now.seconds + 10 * 86_400))) }),
      ("narrower", { $0.send(.resize(width: 90, height: 30)) }),
      ("detail beside", { j in j.send(.resize(width: 160, height: 48)); j.press("Enter") }),
    ]
    for (name, step) in steps {
      _ = journey.screen
      try step(&journey)
      assertCachedEqualsFresh(journey, name)
    }
  }
}
