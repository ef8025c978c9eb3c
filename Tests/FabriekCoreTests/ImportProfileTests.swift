import Foundation
import XCTest

@testable import FabriekCore

/// Import profiles on the board: one operation with an exact inverse, part of the board's
/// equality, and kept exactly by the snapshot, the journal and compaction's read-back check.
final class ImportProfileTests: XCTestCase {
  static let profile = ImportProfile(
    name: "Oproep 2026",
    columns: [
      .init(header: "Wat is de naam van je project?", field: .title),
      .init(header: "Hoe heb je ons leren kennen?", field: nil),
    ],
    values: [.init(field: .applicantKind, answer: "Middenveldorganisatie", option: "civil-society")])

  func testSavingAProfileIsOneOperationThatOneUndoTakesBack() throws {
    let board = try TestBoards.small()
    var b = board
    let inverse = try b.apply(.setImportProfile(name: "Oproep 2026", Self.profile), by: "noor", at: TestBoards.t0)
    XCTAssertEqual(b.importProfile(named: "oproep 2026"), Self.profile)
    XCTAssertNotEqual(b.withoutHistory, board.withoutHistory, "the profile is part of the board's equality")
    XCTAssertEqual(b.history.last?.what, "saved the import profile “Oproep 2026”")
    try b.apply(inverse, by: "noor", at: TestBoards.t0)
    XCTAssertEqual(b.withoutHistory, board.withoutHistory)
    XCTAssertThrowsError(try b.apply(.setImportProfile(name: " ", Self.profile), by: "noor", at: TestBoards.t0))
    var renamed = Self.profile
    renamed.name = "Iets anders"
    XCTAssertThrowsError(try b.apply(.setImportProfile(name: "Oproep 2026", renamed), by: "noor", at: TestBoards.t0))
  }

  func testAProfileSurvivesTheSnapshotTheJournalAndCompaction() throws {
    var b = try TestBoards.small()
    try b.apply(.setImportProfile(name: "Oproep 2026", Self.profile), by: "noor", at: TestBoards.t0)
    let bytes = try SnapshotCodec.encode(b, journalSeq: 3)
    XCTAssertEqual(try SnapshotCodec.decode(bytes, path: "b").board, b)
    XCTAssertNoThrow(try SnapshotCodec.verify(FileBytes(copying: bytes), path: "b", matches: b, journalSeq: 3))
    var other = b
    try other.apply(.setImportProfile(name: "Oproep 2026", nil), by: "noor", at: TestBoards.t0)
    XCTAssertThrowsError(try SnapshotCodec.verify(FileBytes(copying: bytes), path: "b", matches: other, journalSeq: 3))
    let coded = try JSONDecoder().decode(Board.self, from: try SnapshotCodec.encoder().encode(b))
    XCTAssertEqual(coded, b, "Codable keeps the profile too")
    let plain = try SnapshotCodec.encode(try TestBoards.small(), journalSeq: 0)
    XCTAssertFalse(String(decoding: plain, as: UTF8.self).contains("importProfiles"), "no key without profiles")

    let dir = try TestBoards.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/board.json"
    try BoardStore.create(at: path, board: try TestBoards.small())
    let store = try BoardStore.open(path)
    _ = try store.commit(Change(.setImportProfile(name: "Oproep 2026", Self.profile), by: "noor"))
    store.close()
    let reopened = try BoardStore.open(path)
    XCTAssertEqual(reopened.board.importProfile(named: "Oproep 2026"), Self.profile)
    try reopened.compact()
    reopened.close()
    XCTAssertEqual(try BoardStore.open(path).board.importProfile(named: "Oproep 2026"), Self.profile)
  }

  func testAProfileFitsTheSameFormsExportAndNotAnother() {
    var b = Board(name: "T")
    XCTAssertNoThrow(try b.apply(.setImportProfile(name: "Oproep 2026", Self.profile), by: "n", at: TestBoards.t0))
    XCTAssertEqual(b.importProfile(fitting: ["Wat is de naam van je project? ", "Hoe heb je ons leren kennen"])?.name, "Oproep 2026")
    XCTAssertNil(b.importProfile(fitting: ["Titel", "Naam", "E-mail"]))
  }
}
