import FabriekCore
import Foundation
import XCTest

/// The new-idea form in the built binary under tmux: `n`, a title, Ctrl-S, quit, start again;
/// and an empty title that is refused with nothing stored.
final class FormEndToEndTests: EndToEndTestCase {
  let title = "Crèche 社会 café"

  override func setUp() async throws {
    try await super.setUp()
    try createBoard()
  }

  func ideas() throws -> [IdeaID: Idea] { try stored().ideas }

  func testANewIdeaTypedInTheFormIsThereWithItsExactTitleAfterARestart() throws {
    var tmux: Tmux? = try Tmux([Binary.path, "--file", board, "--as", "noor"], width: 100, height: 30)
    try tmux?.waitFor(text: "Alpha buurtrestaurant")
    try tmux?.send("n")
    try tmux?.waitFor(text: "New idea")
    try tmux?.type(title)
    try tmux?.waitFor(text: "Crèche")
    try tmux?.send("C-s")
    let deadline = Date().addingTimeInterval(5)
    while try ideas().count < 2, Date() < deadline { usleep(50_000) }
    XCTAssertEqual(try ideas()[IdeaID(2)]?.title, title, "saved at once")
    try tmux?.send("q")
    XCTAssertEqual(try tmux?.waitForExit(), 0)
    tmux = nil

    let again = try Tmux([Binary.path, "--file", board], width: 100, height: 30)
    try again.waitFor(text: "Crèche")
    try again.send("q")
    XCTAssertEqual(try again.waitForExit(), 0)
    let stored = try ideas()
    XCTAssertEqual(stored.count, 2)
    XCTAssertEqual(stored[IdeaID(2)]?.title, title)
    XCTAssertEqual(stored[IdeaID(2)]?.stage, Stage.incoming)
  }

  func testAnEmptyTitleIsRefusedAndNothingIsStored() throws {
    let before = try Data(contentsOf: URL(fileURLWithPath: board))
    let tmux = try Tmux([Binary.path, "--file", board, "--as", "noor"], width: 100, height: 30)
    try tmux.waitFor(text: "Alpha buurtrestaurant")
    try tmux.send("n")
    try tmux.waitFor(text: "New idea")
    try tmux.send("C-s")
    try tmux.waitFor(text: "an idea needs a title")
    try tmux.send("Escape")
    try tmux.waitFor("the board again") { !$0.contains("New idea") && $0.contains("Alpha buurtrestaurant") }
    try tmux.send("q")
    XCTAssertEqual(try tmux.waitForExit(), 0)
    XCTAssertEqual(try ideas().keys.sorted { $0.rawValue < $1.rawValue }, [IdeaID(1)])
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: board)), before, "the board file is untouched")
  }

  func testAnInnovatorTypedInNewIsMadeWithTheIdeaInOneStepAndUndoneTogether() throws {
    let tmux = try Tmux([Binary.path, "--file", board, "--as", "noor"], width: 100, height: 30)
    try tmux.waitFor(text: "Alpha buurtrestaurant")
    try tmux.send("n")
    try tmux.waitFor(text: "New idea")
    try tmux.type("Deelkeuken")
    for _ in 0..<3 { try tmux.send("Tab") }  // pitch, applicant kind, innovators
    try tmux.type("Amélie Ngono")
    try tmux.waitFor(text: "+ new person “Amélie Ngono”")
    try tmux.send("Enter")
    try tmux.waitFor(text: "Amélie Ngono (new)")
    try tmux.send("C-s")
    try tmux.waitFor(text: "Deelkeuken")
    let deadline = Date().addingTimeInterval(5)
    while try ideas().count < 2, Date() < deadline { usleep(50_000) }
    let stored = try self.stored()
    let person = try XCTUnwrap(stored.people[PersonID(1)])
    XCTAssertEqual([person.givenName, person.familyName], ["Amélie", "Ngono"])
    XCTAssertEqual(person.roles, [.innovator])
    XCTAssertEqual(stored.ideas[IdeaID(2)]?.innovators, [PersonID(1)])
    try tmux.send("u")
    let undone = Date().addingTimeInterval(5)
    while try ideas().count > 1, Date() < undone { usleep(50_000) }
    let after = try self.stored()
    XCTAssertEqual(after.ideas.count, 1, "one undo takes the idea back")
    XCTAssertEqual(after.people.count, 0, "and the person made with it")
    try tmux.send("q")
    XCTAssertEqual(try tmux.waitForExit(), 0)
  }
}
