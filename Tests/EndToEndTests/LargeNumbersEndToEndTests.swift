import FabriekCore
import Foundation
import XCTest

/// No command sets a person's hours budget, so the test writes the board file itself and
/// then has `fabriek` compact, check and export it.
final class LargeNumbersEndToEndTests: XCTestCase {
  var dir = ""
  var board: String { dir + "/board.json" }

  override func setUp() async throws {
    try Binary.requireBuilt()
    dir = try Binary.temporaryDirectory()
  }
  override func tearDown() async throws { try? FileManager.default.removeItem(atPath: dir) }

  func testTheLargestHoursBudgetSurvivesTheCommandLinesCompactionAndReload() throws {
    try BoardStore.create(at: board, board: Board(name: "Grote getallen"))
    let store = try BoardStore.open(board)
    var person = Person(id: PersonID(1), givenName: "Noor", familyName: "Haddad", email: "noor@example.be")
    person.hoursBudget = Int.max
    person.mentorCapacity = Int.max
    try store.commit(Change(.addPerson(person), by: "test"))
    var idea = Idea(id: IdeaID(1), title: "Repair café", created: Timestamp(seconds: 1_800_000_000))
    idea.innovators = [PersonID(1)]
    try store.commit(Change(.addIdea(idea), by: "test"))
    store.close()

    let compact = try Binary.run(["compact", "--file", board])
    XCTAssertEqual(compact.stdout, "\(board): compacted at change 2\n", compact.stderr)
    let snapshot = try String(contentsOfFile: board, encoding: .utf8)
    XCTAssertTrue(snapshot.contains(#""hoursBudget":9223372036854775807"#), snapshot)
    let check = try Binary.run(["check", "--file", board])
    XCTAssertEqual(check.status, 0, check.stderr)
    let export = try Binary.run(["export", "--file", board, "--format", "json"])
    XCTAssertEqual(export.status, 0, export.stderr)
    XCTAssertTrue(export.stdout.contains(#""hoursBudget" : 9223372036854775807"#), export.stdout)

    let reopened = try BoardStore.open(board, readOnly: true)
    XCTAssertEqual(reopened.board.people[PersonID(1)]?.hoursBudget, 9_223_372_036_854_775_807)
    XCTAssertEqual(reopened.board.people[PersonID(1)]?.mentorCapacity, Int.max)
  }
}
