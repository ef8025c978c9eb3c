import XCTest

@testable import FabriekCore

/// A small board with people, ideas in several stages, a declined idea and a session.
enum TestBoards {
  static let t0 = Timestamp(iso: "2026-03-02T09:00:00Z") ?? Timestamp(seconds: 0)

  static func small() throws -> Board {
    var b = Board(name: "Testfabriek")
    let people = [
      Person(
        id: PersonID(1), givenName: "Sofie", familyName: "Van den Broeck", email: "sofie@example.be",
        roles: [.innovator]),
      Person(id: PersonID(2), givenName: "Jérôme", familyName: "Dubois", email: "jerome@example.be", roles: [.mentor]),
      Person(id: PersonID(3), givenName: "Noor", familyName: "El Amrani", roles: [.staff]),
      Person(id: PersonID(4), givenName: "Zoë", familyName: "Peeters", roles: [.mentor]),
    ]
    for p in people { try b.apply(.addPerson(p), by: "test", at: t0) }
    let titles: [(String, String)] = [
      ("Buurtrestaurant voor senioren", Stage.incoming), ("Café Solidaire à Molenbeek", Stage.incoming),
      ("Repair café Gent", Stage.ideaGeneration), ("Digital skills for newcomers", Stage.enrichment),
      ("Deelfietsen in Genk", Stage.realisation), ("Zorgboerderij", Stage.exited),
    ]
    for (n, (title, stage)) in titles.enumerated() {
      var idea = Idea(
        id: IdeaID(n + 1), title: title, stage: stage, created: t0, pitch: "Pitch \(n + 1)", tags: ["zorg"])
      idea.innovators = [PersonID(1)]
      try b.apply(.addIdea(idea), by: "test", at: t0)
    }
    var declined = Idea(id: IdeaID(7), title: "Te vroeg", created: t0)
    declined.outcome = .declined(reason: .incomplete, text: "no team yet")
    try b.apply(.addIdea(declined), by: "test", at: t0)
    var s = Session(
      id: SessionID(1), kind: .coCreation, title: "Co-creatie Gent", date: Day(year: 2026, month: 3, day: 10) ?? t0.day)
    s.agenda = [IdeaID(3)]
    s.participants = [PersonID(1), PersonID(2)]
    try b.apply(.addSession(s), by: "test", at: t0)
    return b
  }

  static func temporaryDirectory() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fabriek-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }
}

/// Applies `op`, checks it took effect, undoes it, and checks every record is back exactly.
func assertRoundTrip(
  _ board: Board, _ op: BoardOperation, file: StaticString = #filePath, line: UInt = #line,
  _ check: (Board) -> Void = { _ in }
) {
  var b = board
  do {
    let inverse = try b.apply(op, by: "tester", at: TestBoards.t0)
    XCTAssertNotEqual(b.withoutHistory, board.withoutHistory, "the operation changed nothing", file: file, line: line)
    XCTAssertNil(b.consistencyProblem(), file: file, line: line)
    check(b)
    let historyAfterApply = b.history.count
    let redo = try b.apply(inverse, by: "tester", at: TestBoards.t0)
    XCTAssertEqual(b.withoutHistory, board.withoutHistory, "undo did not restore the board", file: file, line: line)
    XCTAssertGreaterThan(b.history.count, historyAfterApply, "undo is recorded in history", file: file, line: line)
    try b.apply(redo, by: "tester", at: TestBoards.t0)
    var again = board
    try again.apply(op, by: "tester", at: TestBoards.t0)
    XCTAssertEqual(
      b.withoutHistory, again.withoutHistory, "redo did not give the changed board again", file: file, line: line)
  } catch {
    XCTFail("\(error)", file: file, line: line)
  }
}

/// Applies `op` expecting the given refusal, and checks nothing changed.
func assertRefused(
  _ board: Board, _ op: BoardOperation, _ expected: BoardError, file: StaticString = #filePath, line: UInt = #line
) {
  var b = board
  do {
    try b.apply(op, by: "tester", at: TestBoards.t0)
    XCTFail("expected \(expected)", file: file, line: line)
  } catch {
    XCTAssertEqual(error, expected, file: file, line: line)
  }
  XCTAssertEqual(b, board, "a refused operation changed the board", file: file, line: line)
}
