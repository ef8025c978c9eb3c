import XCTest

@testable import FabriekCore

/// Exit plans in the board file: every field reads back, a format-1 file's criteria text is
/// migrated, and an erasure reaches the follow-up notes.
final class ExitSnapshotTests: XCTestCase {
  func day(_ iso: String) -> Day { Day(iso: iso) ?? Day(daysSinceEpoch: 0) }

  func fullBoard() throws -> Board {
    var b = try TestBoards.small()
    try b.apply(
      .setExitSettings(
        ExitSettings(
          templates: [.socialOnly: ["eigen vzw"], .financialAndSocial: ["break-even"]], followUpMonths: [3, 12])),
      by: "t", at: TestBoards.t0)
    let id = IdeaID(6)
    try b.apply(
      .editIdea(
        id, [.exitPlan(ExitPlan(criteria: "x", targetDate: day("2026-12-01"), status: .executing, outcome: "goed"))]),
      by: "t", at: TestBoards.t0)
    try b.apply(
      .exit(
        id,
        .setCriteria([
          ExitCriterion(text: "eigen vzw", state: .met, evidence: "statuten"),
          ExitCriterion(text: "team", state: .dropped),
        ])),
      by: "t", at: TestBoards.t0)
    try b.apply(
      .exit(
        id,
        .setTaper([TaperStep(support: .monthly, until: day("2026-06-30"), done: true), TaperStep(support: .alumni)])),
      by: "t", at: TestBoards.t0)
    try b.apply(.exit(id, .leave(Departure(outcome: .handedOver, day: day("2026-07-01")))), by: "t", at: TestBoards.t0)
    try b.apply(
      .exit(
        id,
        .recordFollowUp(
          FollowUpRecord(
            day: day("2026-10-02"), operating: true, jobs: 3, turnover: .over1m, raised: Euro(cents: 1_234_567),
            note: "Gesproken met Sofie Van den Broeck"))),
      by: "t", at: TestBoards.t0)
    return b
  }

  func testEveryExitFieldReadsBackFromTheSnapshot() throws {
    let b = try fullBoard()
    let bytes = try SnapshotCodec.encode(b, journalSeq: 3)
    let read = try SnapshotCodec.decode(bytes, path: "x")
    XCTAssertEqual(read.board, b)
    XCTAssertEqual(read.board.ideas[IdeaID(6)]?.exitPlan?.followUps.first?.record?.raised, Euro(cents: 1_234_567))
    XCTAssertEqual(read.board.exitSettings.followUpMonths, [3, 12])
  }

  func testAFormatOneBoardHasItsCriteriaTextMigratedOnePerLine() throws {
    var b = try TestBoards.small()
    try b.apply(
      .editIdea(IdeaID(5), [.exitPlan(ExitPlan(criteria: "Break-even\nEigen vzw", status: .agreed))]), by: "t",
      at: TestBoards.t0)
    // Write today's file, then put the plan back in format 1's shape and header.
    var text = String(decoding: try SnapshotCodec.encode(b, journalSeq: 0), as: UTF8.self)
    let new = #""criteria":[{"state":"open","text":"Break-even"},{"state":"open","text":"Eigen vzw"}]"#
    XCTAssertTrue(text.contains(new))
    text = text.replacingOccurrences(of: new, with: #""criteria":"Break-even\nEigen vzw""#)
      .replacingOccurrences(of: #""version":2,"#, with: #""version":1,"#)
    var bytes = Array(text.utf8)
    let length = String(bytes.count)
    if let r = text.range(of: #""length":\s*\d+"#, options: .regularExpression) {
      let old = String(text[r])
      let padded = #""length":"# + String(repeating: " ", count: old.count - 9 - length.count) + length
      bytes = Array(text.replacingCharacters(in: r, with: padded).utf8)
    }
    if let r = SnapshotCodec.crcRange(in: bytes) {
      bytes.replaceSubrange(r, with: Array("00000000".utf8))
      bytes.replaceSubrange(r, with: Array(CRC32.hex(CRC32.checksum(bytes)).utf8))
    }
    XCTAssertEqual(try SnapshotCodec.verify(bytes, path: "old").version, 1)
    let read = try SnapshotCodec.decode(bytes, path: "old").board
    XCTAssertEqual(
      read.ideas[IdeaID(5)]?.exitPlan?.criteria, [ExitCriterion(text: "Break-even"), ExitCriterion(text: "Eigen vzw")])
    XCTAssertEqual(read.ideas[IdeaID(5)]?.exitPlan?.status, .agreed)
  }

  func testErasingAPersonScrubsTheirNameFromAFollowUpNote() throws {
    var b = try fullBoard()
    try b.apply(
      .erasePerson(PersonErasure(person: PersonID(1), at: TestBoards.t0, by: "noor", reason: "gevraagd")), by: "noor",
      at: TestBoards.t0)
    XCTAssertEqual(
      b.ideas[IdeaID(6)]?.exitPlan?.followUps.first?.record?.note, "Gesproken met Erased person P-0001")
  }
}

/// The exit operations in the journal, and on the demo board.
final class ExitJournalTests: XCTestCase {
  func day(_ iso: String) -> Day { Day(iso: iso) ?? Day(daysSinceEpoch: 0) }

  func testEveryExitChangeIsReplayedFromTheJournal() throws {
    let dir = try TestBoards.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/board.json"
    try BoardStore.create(at: path, board: try TestBoards.small())
    let store = try BoardStore.open(path)
    let id = IdeaID(6)
    let changes: [BoardOperation] = [
      .setExitSettings(ExitSettings(templates: [.socialOnly: ["eigen vzw"]], followUpMonths: [6, 18])),
      .exit(id, .setCriteria([ExitCriterion(text: "eigen vzw")])),
      .exit(id, .addCriterion(ExitCriterion(text: "team"))),
      .exit(id, .setCriterion(index: 0, ExitCriterion(text: "eigen vzw", state: .met, evidence: "statuten"))),
      .exit(id, .setTaper([TaperStep(support: .quarterly, until: day("2026-06-30")), TaperStep(support: .alumni)])),
      .exit(id, .leave(Departure(outcome: .stopped, day: day("2026-02-28")))),
      .exit(id, .recordFollowUp(FollowUpRecord(day: day("2026-09-01"), operating: false, turnover: TurnoverBand.none))),
    ]
    for op in changes { try store.commit(Change(op, by: "noor", at: TestBoards.t0)) }
    let inMemory = store.board
    store.close()
    let reopened = try BoardStore.open(path, readOnly: true)
    XCTAssertEqual(reopened.board, inMemory)
    XCTAssertEqual(reopened.board.ideas[id]?.exitPlan?.followUps.map(\.due), [day("2026-08-28"), day("2027-08-28")])
    XCTAssertEqual(
      reopened.board.history.suffix(7).map(\.what),
      [
        "changed the exit settings", "agreed 1 exit criteria for I-0006", "added the exit criterion “team” to I-0006",
        "exit criterion 1 of I-0006: met", "set a taper plan of 2 steps for I-0006", "I-0006 exited: stopped",
        "recorded the follow-up of I-0006 on 2026-09-01",
      ])
  }

  func testTheDemoBoardHasExitsInEveryStateTheSameForTheSameSeed() {
    let now = Timestamp(seconds: 1_796_378_400)  // 2026-12-04
    let board = DemoData.board(count: 400, seed: 1, now: now)
    XCTAssertEqual(board, DemoData.board(count: 400, seed: 1, now: now))
    let states = Set(board.column(Stage.exited).flatMap { $0.exitPlan?.followUps ?? [] }.map { $0.state(on: now.day) })
    XCTAssertEqual(states, [.done, .due, .overdue, .scheduled])
    XCTAssertTrue(board.column(Stage.exited).allSatisfy { $0.exitPlan?.departure != nil })
    let realisation = board.column(Stage.realisation).compactMap(\.exitPlan)
    XCTAssertTrue(realisation.contains { $0.readiness.met > 0 && $0.readiness.met < $0.readiness.total }, "partly met")
    XCTAssertTrue(realisation.contains { !$0.taper.isEmpty })
    XCTAssertTrue(
      realisation.contains { $0.taperDue(on: now.day) },
      "some taper step is due: \(realisation.map { $0.taper.map { "\($0.until?.description ?? "-") \($0.done)" } })")
  }
}
