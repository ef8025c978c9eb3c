import FabriekCore
import Foundation
import XCTest

/// `:people` in the built binary under tmux: open a person, change the organisation, Ctrl-S,
/// quit, start again — the board file holds the change.
final class PeopleEndToEndTests: EndToEndTestCase {
  let organisation = "Coöperatie Zonnewijk 社区"

  override func setUp() async throws {
    try await super.setUp()
    try createBoard { b in
      var sofie = Person(id: PersonID(1), givenName: "Sofie", familyName: "Peeters", roles: [.innovator])
      sofie.organisation = "Buurtwerk vzw"
      try b.apply(.addPerson(sofie), by: "test", at: t0)
      try b.apply(.addPerson(Person(id: PersonID(2), givenName: "Jan", familyName: "Janssens")), by: "test", at: t0)
    }
  }

  func people() throws -> [PersonID: Person] { try stored().people }

  func testAnOrganisationChangedInThePeopleListIsInTheBoardFileAfterARestart() throws {
    var tmux: Tmux? = try Tmux([Binary.path, "--file", board, "--as", "noor"], width: 100, height: 30)
    try tmux?.waitFor(text: "Alpha buurtrestaurant")
    try tmux?.send(":")
    try tmux?.type("people")
    try tmux?.send("Enter")
    try tmux?.waitFor(text: "Buurtwerk vzw")
    try tmux?.send("j", "Enter")  // Sofie, after Jan
    try tmux?.waitFor(text: "Edit P-0001")
    for _ in 0..<4 { try tmux?.send("Tab") }
    try tmux?.send("C-u")
    try tmux?.type(organisation)
    try tmux?.waitFor(text: "Zonnewijk")
    try tmux?.send("C-s")
    try tmux?.waitFor("the list again") { $0.contains("People · 2") && $0.contains("Zonnewijk") }
    let deadline = Date().addingTimeInterval(5)
    while try people()[PersonID(1)]?.organisation != organisation, Date() < deadline { usleep(50_000) }
    XCTAssertEqual(try people()[PersonID(1)]?.organisation, organisation, "saved at once")
    try tmux?.send("Escape")
    try tmux?.waitFor("the board again") { !$0.contains("People ·") && $0.contains("Alpha buurtrestaurant") }
    try tmux?.send("q")
    XCTAssertEqual(try tmux?.waitForExit(), 0)
    tmux = nil

    let again = try Tmux([Binary.path, "--file", board], width: 100, height: 30)
    try again.waitFor(text: "Alpha buurtrestaurant")
    try again.send(":")
    try again.type("people")
    try again.send("Enter")
    try again.waitFor(text: "Zonnewijk")
    try again.send("Escape")
    try again.waitFor("the board again") { !$0.contains("People ·") && $0.contains("Alpha buurtrestaurant") }
    try again.send("q")
    XCTAssertEqual(try again.waitForExit(), 0)
    var expected = Person(id: PersonID(1), givenName: "Sofie", familyName: "Peeters", roles: [.innovator])
    expected.organisation = organisation
    XCTAssertEqual(try people()[PersonID(1)], expected, "only the organisation changed")
  }
}
