import Foundation
import XCTest

@testable import FabriekCore

final class StoreTests: XCTestCase {
  var dir = ""
  var path: String { dir + "/board.json" }
  let t = TestBoards.t0

  override func setUp() async throws { dir = try TestBoards.temporaryDirectory() }
  override func tearDown() async throws { try? FileManager.default.removeItem(atPath: dir) }

  func addIdea(_ store: BoardStore, _ title: String) throws {
    try store.commit { (b: Board) throws(BoardError) -> Change in
      Change(.addIdea(Idea(id: IdeaID(b.nextIdea), title: title, created: self.t)), by: "test", at: self.t)
    }
  }

  func testSnapshotAndJournalRoundTripThroughReopenAndCompaction() throws {
    try BoardStore.create(at: path, board: try TestBoards.small())
    let store = try BoardStore.open(path)
    try addIdea(store, "Kringloopwinkel Anderlecht")
    try store.commit(Change(.moveIdea(IdeaID(1), stage: Stage.enrichment, index: 0, enteredAt: t), by: "test", at: t))
    try store.commit(
      Change(.addNote(IdeaID(8), Note(id: 1, at: t, author: "An", text: "Bellen\tmorgen ☎ 社")), by: "test", at: t))
    XCTAssertEqual(store.lastSeq, 3)
    let reopened = try BoardStore.open(path)
    XCTAssertEqual(reopened.board, store.board)
    XCTAssertEqual(reopened.lastSeq, 3)
    try reopened.compact()
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path + ".journal")).count, 0)
    let afterCompaction = try BoardStore.open(path)
    XCTAssertEqual(afterCompaction.board, store.board)
    XCTAssertEqual(afterCompaction.lastSeq, 3)
    XCTAssertEqual(afterCompaction.board.idea(IdeaID(8))?.notes.first?.text, "Bellen\tmorgen ☎ 社")
  }

  func testTwoProcessesOnOneFileNeverLoseEachOthersChanges() throws {
    try BoardStore.create(at: path, board: try TestBoards.small())
    let a = try BoardStore.open(path)
    let b = try BoardStore.open(path)
    try addIdea(a, "Van A")
    try addIdea(b, "Van B")  // b reads a's change under the lock first, so it gets the next id
    try a.commit(Change(.addNote(IdeaID(9), Note(id: 1, at: t, author: "a", text: "gezien")), by: "a", at: t))
    XCTAssertTrue(try b.refresh())
    XCTAssertEqual(a.board, b.board)
    XCTAssertEqual(a.board.idea(IdeaID(8))?.title, "Van A")
    XCTAssertEqual(a.board.idea(IdeaID(9))?.title, "Van B")
    try b.compact()
    try addIdea(a, "Na compactie")  // a notices the new snapshot and reloads before committing
    XCTAssertEqual(try BoardStore.open(path).board.ideas.count, 10)
    XCTAssertEqual(try BoardStore.open(path).board, a.board)
  }

  func testASecondInteractiveSessionIsDetected() throws {
    try BoardStore.create(at: path, board: Board(name: "x"))
    let a = try BoardStore.open(path)
    XCTAssertFalse(a.announceInteractiveSession())
    let b = try BoardStore.open(path)
    XCTAssertTrue(b.announceInteractiveSession())
  }

  func testATornLineAtTheEndOfTheJournalIsIgnoredAndCutBeforeTheNextChange() throws {
    try BoardStore.create(at: path, board: Board(name: "x"))
    let store = try BoardStore.open(path)
    try addIdea(store, "Een")
    let journal = try FileHandle(forWritingTo: URL(fileURLWithPath: path + ".journal"))
    try journal.seekToEnd()
    try journal.write(contentsOf: Data("1234abcd {\"seq\":2,\"chan".utf8))
    try journal.close()
    let reopened = try BoardStore.open(path)
    XCTAssertEqual(reopened.board.ideas.count, 1)
    try addIdea(reopened, "Twee")
    let again = try BoardStore.open(path)
    XCTAssertEqual(again.board.ideasInOrder.map(\.title), ["Een", "Twee"])
  }

  func testChangesAlreadyFoldedIntoTheSnapshotAreNotAppliedTwice() throws {
    try BoardStore.create(at: path, board: Board(name: "x"))
    let store = try BoardStore.open(path)
    try addIdea(store, "Een")
    try addIdea(store, "Twee")
    let oldJournal = try Data(contentsOf: URL(fileURLWithPath: path + ".journal"))
    try store.compact()
    // A crash between writing the snapshot and emptying the journal leaves both.
    try oldJournal.write(to: URL(fileURLWithPath: path + ".journal"))
    let reopened = try BoardStore.open(path)
    XCTAssertEqual(reopened.board.ideas.count, 2)
    XCTAssertEqual(reopened.lastSeq, 2)
  }

  func testBoardFilesArePrivateToTheUser() throws {
    try BoardStore.create(at: path, board: Board(name: "x"))
    let store = try BoardStore.open(path)
    try addIdea(store, "Een")
    try store.compact()
    for file in [path, path + ".journal", path + ".lock", path + ".bak.1"] {
      let mode = (try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber)?.intValue
      XCTAssertEqual(mode, 0o600, file)
    }
  }

  func testAFullDiskRefusesTheChangeWithAClearSentenceAndLosesNothing() throws {
    try BoardStore.create(at: path, board: try TestBoards.small())
    let fs = FaultyFileSystem()
    let store = try BoardStore.open(path, fs: fs)
    try addIdea(store, "Bewaard")
    let before = store.board
    let journalBefore = try Data(contentsOf: URL(fileURLWithPath: path + ".journal"))
    fs.fillDisk(after: 40)  // the next journal line is cut off after 40 bytes
    XCTAssertThrowsError(try addIdea(store, "Verloren")) { error in
      XCTAssertEqual(
        (error as? StoreError)?.message,
        "Could not save to \(path).journal: the disk is full; free some space and try again (nothing already saved was lost)."
      )
    }
    XCTAssertEqual(store.board, before, "the refused change is taken back in memory")
    XCTAssertEqual(
      try Data(contentsOf: URL(fileURLWithPath: path + ".journal")), journalBefore, "the partial line is cut off")
    fs.fillDisk(after: 100)
    XCTAssertThrowsError(try store.compact())
    XCTAssertEqual(try BoardStore.open(path).board, before)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".tmp-") }
    XCTAssertEqual(leftovers, [], "no temp file is left behind")
    fs.freeSpace()
    try addIdea(store, "Na opruimen")
    XCTAssertEqual(try BoardStore.open(path).board.ideasInOrder.last?.title, "Na opruimen")
  }

  func testAReadOnlyFolderOpensForReadingAndRefusesChangesClearly() throws {
    try BoardStore.create(at: path, board: try TestBoards.small())
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    let fs = FaultyFileSystem()
    fs.makeReadOnly()
    let store = try BoardStore.open(path, fs: fs)
    XCTAssertEqual(store.board.ideas.count, 7)
    XCTAssertThrowsError(try addIdea(store, "Nee")) { error in
      XCTAssertEqual(
        (error as? StoreError)?.message,
        "Could not save to \(path).journal: the folder \(dir) is on a read-only file system; open a copy of the board in a folder you can write to (nothing already saved was lost)."
      )
    }
    XCTAssertEqual(store.board.ideas.count, 7)
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), bytes)
  }

  func testADamagedSnapshotIsKeptAsideNeverOverwrittenAndTheNewestGoodBackupIsOffered() throws {
    try BoardStore.create(at: path, board: try TestBoards.small())
    let store = try BoardStore.open(path)
    try addIdea(store, "Een")
    try store.compact()
    try addIdea(store, "Twee")
    try store.compact()
    var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    bytes[bytes.count / 2] ^= 0x20
    try bytes.write(to: URL(fileURLWithPath: path))
    XCTAssertThrowsError(try BoardStore.open(path)) { error in
      guard case .damagedKept(let p, let detail, let kept, let backup) = error as? StoreError else {
        return XCTFail("\(error)")
      }
      XCTAssertEqual(p, path)
      XCTAssertTrue(detail.hasPrefix("its checksum does not match its contents"), detail)
      XCTAssertEqual(backup, path + ".bak.1")
      XCTAssertEqual(kept.map { try? Data(contentsOf: URL(fileURLWithPath: $0)) }, bytes)
      XCTAssertEqual((error as? StoreError)?.exitCode, 2)
    }
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), bytes, "the damaged file is untouched")
    let restored = try BoardRecovery.restore(path)
    XCTAssertEqual(restored.plan.backup, path + ".bak.1")
    // The change folded into the damaged snapshot is replayed from bak.1's journal: nothing lost.
    XCTAssertEqual(restored.plan.replayed, 1)
    XCTAssertEqual(restored.plan.lost, [])
    XCTAssertEqual(try BoardStore.open(path).board.ideasInOrder.map(\.title).suffix(2), ["Een", "Twee"])
  }

  func testAGarbledLineInsideTheJournalIsDamage() throws {
    try BoardStore.create(at: path, board: Board(name: "x"))
    let store = try BoardStore.open(path)
    try addIdea(store, "Een")
    try addIdea(store, "Twee")
    var journal = try Data(contentsOf: URL(fileURLWithPath: path + ".journal"))
    journal[20] ^= 0x01
    try journal.write(to: URL(fileURLWithPath: path + ".journal"))
    XCTAssertThrowsError(try BoardStore.open(path)) { error in
      XCTAssertEqual(
        (error as? StoreError).map { if case .damagedKept(let p, let d, _, _) = $0 { "\(p): \(d)" } else { "" } },
        "\(path).journal: the change recorded at byte 0 is garbled")
    }
  }

  func testVersionZeroBoardsAreMigratedAndTheOriginalKept() throws {
    let fixture = try XCTUnwrap(
      Bundle.module.url(forResource: "board-v0", withExtension: "json", subdirectory: "Fixtures"))
    let original = try Data(contentsOf: fixture)
    try original.write(to: URL(fileURLWithPath: path))
    let store = try BoardStore.open(path)
    let b = store.board
    XCTAssertEqual(b.name, "Fabriek Gent (prototype)")
    XCTAssertEqual(
      b.ideasInOrder.map(\.title),
      ["Repair café", "Buurtmoestuin Sint-Amandsberg", "Coopérative de soins", "Deelauto's"])
    XCTAssertEqual(b.columns[Stage.incoming], [IdeaID(1), IdeaID(4)])
    XCTAssertEqual(b.idea(IdeaID(2))?.stage, Stage.enrichment)
    XCTAssertEqual(b.idea(IdeaID(2))?.tags, ["voeding", "buurt"])
    XCTAssertEqual(b.idea(IdeaID(2))?.notes.map(\.text), ["Eerste intake", "Mentor gezocht"])
    XCTAssertEqual(b.idea(IdeaID(3))?.created.day.description, "2025-05-14")
    XCTAssertEqual(b.nextIdea, 5)
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path + ".before-migration")), original)
    let bytes = try XCTUnwrap(try PosixFileSystem().readFile(path))
    XCTAssertEqual(try SnapshotCodec.verify(bytes, path: path).version, SnapshotCodec.currentVersion)
    XCTAssertEqual(try BoardStore.open(path).board, b)
  }

  func testABoardFromANewerFabriekIsRefusedAndLeftAlone() throws {
    var bytes = try SnapshotCodec.encode(Board(name: "x"), journalSeq: 0)
    let current = SnapshotCodec.currentVersion
    let header = Array("{\"format\":\"fabriek-board\",\"version\":\(current),".utf8)
    XCTAssertTrue(bytes.starts(with: header))
    bytes[header.count - 2] = UInt8(ascii: "9")
    // Recompute the checksum so that only the version differs.
    if let r = SnapshotCodec.crcRange(in: bytes) {
      bytes.replaceSubrange(r, with: Array("00000000".utf8))
      bytes.replaceSubrange(r, with: Array(CRC32.hex(CRC32.checksum(bytes)).utf8))
    }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    XCTAssertThrowsError(try BoardStore.open(path)) { error in
      XCTAssertEqual(
        (error as? StoreError)?.message,
        "\(path) was written by a newer fabriek (board format 9; this one reads up to \(current)); update fabriek to open it.")
    }
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), Data(bytes))
  }

  func testAFileThatIsNotABoardIsRefused() throws {
    try Data("name,email\n".utf8).write(to: URL(fileURLWithPath: path))
    XCTAssertThrowsError(try BoardStore.open(path)) { error in
      XCTAssertEqual(
        (error as? StoreError)?.message, "\(path) is not a fabriek board file; check the path given with --file.")
    }
  }

  func testReadingCreatesNothingBesideTheBoardAndRefusesToCommit() throws {
    try BoardStore.create(at: path, board: try TestBoards.small())
    let store = try BoardStore.open(path, readOnly: true)
    XCTAssertEqual(store.board.ideas.count, 7)
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["board.json"])
    XCTAssertThrowsError(try addIdea(store, "Nee"))
  }

  func testStaleTempFilesAreSweptAtCompaction() throws {
    try BoardStore.create(at: path, board: Board(name: "x"))
    let stale = dir + "/.board.json.tmp-99999-1"
    try Data("half".utf8).write(to: URL(fileURLWithPath: stale))
    try BoardStore.open(path).compact()
    XCTAssertFalse(FileManager.default.fileExists(atPath: stale))
  }
}
