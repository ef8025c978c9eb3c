import FabriekCore
import FabriekUI
import XCTest

/// `:people` with the filters `retention:due` and `consent:none`, and the count of people due
/// for erasure in the list's title.
final class PeopleDueJourneyTests: XCTestCase {
  /// The people of `PeopleFixtures`, Léa with consent and a retention date past, Mathéo with
  /// consent kept for years yet, Ward erased; the others have no consent on record.
  func state() throws -> AppState {
    var board = try PeopleFixtures.board()
    let at = ScreenFixtures.now
    for (id, retention) in [(PeopleFixtures.lea, -10), (PeopleFixtures.matheo, 700)] {
      guard var p = board.people[id] else { throw PeopleFixtures.Missing() }
      p.consentDate = at.adding(days: -400).day
      p.retentionDate = at.adding(days: retention).day
      try board.apply(.editPerson(p), by: "test", at: at)
    }
    try board.apply(
      .erasePerson(PersonErasure(person: PeopleFixtures.ward, at: at, by: "test", reason: "asked")), by: "test", at: at)
    return AppState(board: board, file: "/tmp/board.json", width: 80, height: 24, now: at)
  }

  func names(_ journey: Journey) -> [String] { journey.state.list?.rows.map { $0.cells[0] } ?? [] }

  func testTheFiltersListThePeopleDueAndTheTitleCountsThem() throws {
    var journey = Journey(try state())
    journey.press(":")
    journey.type("people")
    journey.press("Enter")
    XCTAssertEqual(journey.screen.lines[0].trimmingCharacters(in: .whitespaces), "People · 7 · 5 due for erasure")
    journey.type("retention:due")
    XCTAssertEqual(names(journey), ["Léa Dubois"])
    journey.press("Ctrl-U")
    journey.type("consent:none")
    XCTAssertEqual(names(journey), ["Anneleen-Marie 🌻 Vandenbroucke-Van de Velde 社会企业", "Jan Janssens", "Karim El Amrani", "Sofie Peeters"])
    journey.type(" jan")
    XCTAssertEqual(names(journey), ["Jan Janssens"], "the rest of the filter matches as text")
  }
}
