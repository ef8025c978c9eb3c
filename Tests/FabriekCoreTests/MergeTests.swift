import XCTest

@testable import FabriekCore

/// Merging a duplicate carries over what it adds (innovators, tags, SDGs, description, pitch,
/// scores, notes), declines it as merged, writes history on both ideas and is one undo step.
final class MergeTests: XCTestCase {
  private func boardWithDuplicate() throws -> Board {
    var b = try TestBoards.small()
    var dup = try XCTUnwrap(b.ideas[IdeaID(2)])
    dup.title = "Café solidaire Molenbeek"
    dup.description = "Een buurtcafé waar je betaalt wat je kan."
    dup.pitch = "Pitch 3"
    dup.tags = ["Zorg", "horeca"]
    dup.sdgs = [1, 10]
    dup.innovators = [PersonID(1), PersonID(4)]
    try b.apply(.editIdea(IdeaID(2), [.description(dup.description), .tags(dup.tags), .sdgs(dup.sdgs), .innovators(dup.innovators), .pitch(dup.pitch)]), by: "noor", at: TestBoards.t0)
    let criteria = Dictionary(uniqueKeysWithValues: b.rubric.criteria.map { ($0.id, 4) })
    try b.apply(.score(IdeaID(2), reviewer: "jerome", scores: criteria), by: "jerome", at: TestBoards.t0)
    try b.apply(
      .addNote(IdeaID(2), Note(id: Note.nextFreeID, at: TestBoards.t0, author: "noor", text: "Belde op 3 maart")),
      by: "noor", at: TestBoards.t0)
    return b
  }

  func testTheTargetGetsWhatTheDuplicateAddsAndTheDuplicateIsDeclinedAsMerged() throws {
    var b = try boardWithDuplicate()
    let historyBefore = b.history.count
    let op = try b.mergeOperation(IdeaID(2), into: IdeaID(3), by: "noor", at: TestBoards.t0)
    try b.apply(op, by: "noor", at: TestBoards.t0)
    let target = try XCTUnwrap(b.ideas[IdeaID(3)])
    XCTAssertEqual(target.innovators, [PersonID(1), PersonID(4)])
    XCTAssertEqual(target.tags, ["zorg", "horeca"], "Zorg is zorg already")
    XCTAssertEqual(target.sdgs, [1, 10])
    XCTAssertEqual(target.pitch, "Pitch 3", "the same pitch is not added twice")
    XCTAssertEqual(target.description, "Een buurtcafé waar je betaalt wat je kan.")
    XCTAssertEqual(target.scores["jerome"]?.values.allSatisfy { $0 == 4 }, true)
    XCTAssertEqual(target.notes.map(\.text), ["I-0002: Belde op 3 maart"])
    let dup = try XCTUnwrap(b.ideas[IdeaID(2)])
    XCTAssertEqual(dup.outcome, .declined(reason: .duplicate, text: "merged into I-0003"))
    XCTAssertEqual(dup.decision?.kind, .merge(into: IdeaID(3)))
    let lines = b.history[historyBefore...]
    XCTAssertTrue(lines.contains { $0.subject == .idea(IdeaID(3)) }, "a history line on the target")
    XCTAssertTrue(lines.contains { $0.subject == .idea(IdeaID(2)) && $0.what == "merged I-0002 into I-0003" })
  }

  func testADifferentPitchAndDescriptionAreAddedUnderTheDuplicatesCode() throws {
    var b = try boardWithDuplicate()
    try b.apply(.editIdea(IdeaID(3), [.description("Herstellen in Gent."), .pitch("Samen herstellen")]), by: "noor", at: TestBoards.t0)
    try b.apply(.editIdea(IdeaID(2), [.pitch("Betalen wat je kan")]), by: "noor", at: TestBoards.t0)
    try b.apply(try b.mergeOperation(IdeaID(2), into: IdeaID(3), by: "noor", at: TestBoards.t0), by: "noor", at: TestBoards.t0)
    XCTAssertEqual(
      b.ideas[IdeaID(3)]?.description,
      "Herstellen in Gent.\n\nI-0002: Een buurtcafé waar je betaalt wat je kan.\n\nI-0002: Betalen wat je kan")
    XCTAssertEqual(b.ideas[IdeaID(3)]?.pitch, "Samen herstellen")
  }

  func testADuplicateThatAddsNothingStillWritesTheMergeInTheTargetsHistory() throws {
    var b = try TestBoards.small()
    let op = try b.mergeOperation(IdeaID(2), into: IdeaID(3), by: "noor", at: TestBoards.t0)
    try b.apply(op, by: "noor", at: TestBoards.t0)
    XCTAssertEqual(b.history(of: .idea(IdeaID(3))).last?.what, "merged I-0002 into I-0003")
    XCTAssertEqual(b.history(of: .idea(IdeaID(2))).last?.what, "merged I-0002 into I-0003")
  }

  func testOneUndoTakesTheWholeMergeBack() throws {
    var b = try boardWithDuplicate()
    let before = b.withoutHistory
    let inverse = try b.apply(try b.mergeOperation(IdeaID(2), into: IdeaID(3), by: "noor", at: TestBoards.t0), by: "noor", at: TestBoards.t0)
    XCTAssertNotEqual(b.withoutHistory, before)
    try b.apply(inverse, by: "noor", at: TestBoards.t0)
    XCTAssertEqual(b.withoutHistory, before)
  }

  func testMergingIntoItselfOrAnIdeaOffTheBoardIsRefused() throws {
    var b = try boardWithDuplicate()
    XCTAssertThrowsError(try b.apply(try b.mergeOperation(IdeaID(2), into: IdeaID(2), by: "noor", at: TestBoards.t0), by: "noor", at: TestBoards.t0))
    let before = b.withoutHistory
    XCTAssertThrowsError(try b.apply(try b.mergeOperation(IdeaID(2), into: IdeaID(7), by: "noor", at: TestBoards.t0), by: "noor", at: TestBoards.t0))
    XCTAssertEqual(b.withoutHistory, before, "a refused merge changes nothing")
  }
}
