import Foundation
import Glibc
import XCTest

@testable import FabriekCore

/// The board file under attack: each test is one way a board lost saved work before, and
/// fails without the defence that stops it (see docs in README.md, "The board file").
final class BoardFileAttackTests: XCTestCase {
  var dir = ""
  var path: String { dir + "/board.json" }
  let t = TestBoards.t0

  override func setUp() async throws { dir = try TestBoards.temporaryDirectory() }
  override func tearDown() async throws { try? FileManager.default.removeItem(atPath: dir) }

  @discardableResult
  func addIdea(_ store: BoardStore, _ title: String) throws -> Change {
    try store.commit { (b: Board) throws(BoardError) -> Change in
      Change(.addIdea(Idea(id: IdeaID(b.nextIdea), title: title, created: self.t)), by: "test", at: self.t)
    }.change
  }

  func bytes(_ p: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: p)) }
  func exists(_ p: String) -> Bool { PosixFileSystem().linkStatus(p) != nil }
  func titles(_ store: BoardStore) -> [String] { store.board.ideasInOrder.map(\.title) }

  // MARK: 1. numbers at their limits, and every new snapshot read back

  func testTheLargestHoursBudgetSurvivesCompactionAndReload() throws {
    try BoardStore.create(at: path, board: try TestBoards.small())
    let store = try BoardStore.open(path)
    var p = try XCTUnwrap(store.board.people[PersonID(2)])
    p.hoursBudget = Int.max
    p.mentorCapacity = 1_000_000_000_000_000_000
    try store.commit(Change(.editPerson(p), by: "test", at: t))
    try store.compact()
    let reopened = try BoardStore.open(path)
    XCTAssertEqual(reopened.board.people[PersonID(2)]?.hoursBudget, 9_223_372_036_854_775_807)
    XCTAssertEqual(reopened.board.people[PersonID(2)]?.mentorCapacity, 1_000_000_000_000_000_000)
    XCTAssertEqual(reopened.board, store.board)
  }

  func testTheJSONReaderReadsEveryWholeNumberTheWriterWritesAndRefusesOverflow() throws {
    for n in [0, 1, -1, 999_999_999_999_999_999, 1_000_000_000_000_000_000, Int.max, Int.min, Int.min + 1] {
      var w = JSONWriter(capacity: 64)
      w.int(n)
      let written = w.bytes
      let read = try written.withUnsafeBufferPointer { buf in
        var r = JSONReader(buf)
        return try r.int()
      }
      XCTAssertEqual(read, n, String(decoding: written, as: UTF8.self))
    }
    for text in ["9223372036854775808", "-9223372036854775809", "99999999999999999999", "012"] {
      let b = Array(text.utf8)
      XCTAssertThrowsError(
        try b.withUnsafeBufferPointer { buf in
          var r = JSONReader(buf)
          return try r.int()
        }, text)
    }
  }

  func testASnapshotThatDoesNotReadBackIsSetAsideAndTheOldOneAndTheJournalKept() throws {
    let fs = FaultyFileSystem()
    try BoardStore.create(at: path, board: try TestBoards.small(), fs: fs)
    let store = try BoardStore.open(path, fs: fs)
    try addIdea(store, "Voedselbank Leuven")
    let snapshot = try bytes(path)
    let journal = try bytes(path + ".journal")
    fs.corruptTempFiles()
    XCTAssertThrowsError(try store.compact()) { error in
      guard case .snapshotNotVerified(_, _, let aside) = error as? StoreError else { return XCTFail("\(error)") }
      XCTAssertTrue(aside?.hasPrefix(self.path + ".unverified-") == true, "\(String(describing: aside))")
      XCTAssertTrue((error as? StoreError)?.message.contains("nothing was lost") == true)
    }
    XCTAssertEqual(try bytes(path), snapshot, "the old snapshot stays")
    XCTAssertEqual(try bytes(path + ".journal"), journal, "the journal stays")
    XCTAssertFalse(exists(path + ".bak.1"), "no rotation for a compaction that failed")
    XCTAssertEqual(titles(try BoardStore.open(path)).last, "Voedselbank Leuven")
  }

  // MARK: 2. the same board through a link

  func testABoardReachedThroughALinkSharesOneJournalAndLockWithItsRealPath() throws {
    let real = dir + "/real"
    let app = dir + "/app"
    try FileManager.default.createDirectory(atPath: real, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: app, withIntermediateDirectories: true)
    try BoardStore.create(at: real + "/board.json", board: Board(name: "x"))
    XCTAssertEqual(symlink(real + "/board.json", app + "/board.json"), 0)
    let viaLink = try BoardStore.open(app + "/board.json")
    let viaReal = try BoardStore.open(real + "/board.json")
    XCTAssertEqual(viaLink.files, viaReal.files)
    let a = try addIdea(viaLink, "Een")
    let b = try addIdea(viaReal, "Twee")
    guard case .addIdea(let ia) = a.op, case .addIdea(let ib) = b.op else { return XCTFail() }
    XCTAssertNotEqual(ia.id, ib.id, "one code is never handed out twice")
    XCTAssertFalse(exists(app + "/board.json.journal"))
    try viaLink.compact()
    XCTAssertEqual(PosixFileSystem().linkStatus(app + "/board.json")?.kind, .symbolicLink, "the link stays a link")
    let bak = try XCTUnwrap(PosixFileSystem().linkStatus(real + "/board.json.bak.1"))
    XCTAssertEqual(bak.kind, .regular)
    XCTAssertEqual(bak.links, 1, "a backup is never a hard link")
    XCTAssertEqual(titles(try BoardStore.open(app + "/board.json")), ["Een", "Twee"])
  }

  // MARK: 3. companion files that are links

  func testAJournalLinkedToDevZeroIsRefusedAndNothingIsReportedSaved() throws {
    try BoardStore.create(at: path, board: Board(name: "x"))
    XCTAssertEqual(symlink("/dev/zero", path + ".journal"), 0)
    XCTAssertThrowsError(try BoardStore.open(path)) { error in
      guard case .unsafeFile(let p, let found, let target, _) = error as? StoreError else {
        return XCTFail("\(error)")
      }
      XCTAssertEqual(p, self.path + ".journal")
      XCTAssertEqual(found, .symbolicLink)
      XCTAssertEqual(target, "/dev/zero")
    }
  }

  func testAJournalLinkedToAnotherFileIsNeverAppendedTo() throws {
    try BoardStore.create(at: path, board: Board(name: "x"))
    let other = dir + "/elsewhere.txt"
    try Data("private\n".utf8).write(to: URL(fileURLWithPath: other))
    XCTAssertEqual(symlink(other, path + ".journal"), 0)
    XCTAssertThrowsError(try BoardStore.open(path))
    XCTAssertEqual(try bytes(other), Data("private\n".utf8))
  }

  func testADanglingPresenceLinkIsRefusedAndItsTargetNeverCreated() throws {
    try BoardStore.create(at: path, board: Board(name: "x"))
    let target = dir + "/created-through-link"
    XCTAssertEqual(symlink(target, path + ".open"), 0)
    XCTAssertThrowsError(try BoardStore.open(path)) { error in
      XCTAssertTrue((error as? StoreError)?.message.contains("symbolic link") == true, "\(error)")
    }
    XCTAssertFalse(exists(target))
  }

  func testALinkLeadingNowhereAsTheBoardIsRefusedNotCreated() throws {
    let target = dir + "/nowhere/board.json"
    XCTAssertEqual(symlink(target, path), 0)
    XCTAssertThrowsError(try BoardStore.open(path, create: "new")) { error in
      guard case .unsafeFile(_, .symbolicLink, _, true) = error as? StoreError else { return XCTFail("\(error)") }
    }
  }

  // MARK: 4. FIFOs, devices and huge files

  func testAFIFOAsTheBoardOrTheJournalIsRefusedWithoutBlocking() throws {
    XCTAssertEqual(mkfifo(path, 0o600), 0)
    XCTAssertThrowsError(try BoardStore.open(path)) { error in
      guard case .unsafeFile(_, .fifo, _, _) = error as? StoreError else { return XCTFail("\(error)") }
    }
    try FileManager.default.removeItem(atPath: path)
    try BoardStore.create(at: path, board: Board(name: "x"))
    XCTAssertEqual(mkfifo(path + ".journal", 0o600), 0)
    XCTAssertThrowsError(try BoardStore.open(path)) { error in
      XCTAssertTrue((error as? StoreError)?.message.contains("FIFO") == true, "\(error)")
    }
    XCTAssertThrowsError(try BoardRecovery.restore(path))
  }

  func testALinkToADeviceAsTheBoardIsRefused() throws {
    XCTAssertEqual(symlink("/dev/urandom", path), 0)
    XCTAssertThrowsError(try BoardStore.open(path)) { error in
      guard case .unsafeFile("/dev/urandom", .characterDevice, _, _) = error as? StoreError else {
        return XCTFail("\(error)")
      }
    }
  }

  func testAHugeSparseJournalIsDamageFoundInItsFirstMegabyteNotReadWhole() throws {
    try BoardStore.create(at: path, board: Board(name: "x"))
    let fd = Glibc.open(path + ".journal", O_WRONLY | O_CREAT, 0o600)
    XCTAssertEqual(ftruncate(fd, 2 << 30), 0)
    Glibc.close(fd)
    let counting = FaultyFileSystem()
    XCTAssertThrowsError(try BoardStore.open(path, fs: counting)) { error in
      guard case .damagedKept(_, let detail, _, _) = error as? StoreError else { return XCTFail("\(error)") }
      XCTAssertEqual(detail, "the bytes at 0 are not a recorded change")
    }
    XCTAssertLessThanOrEqual(counting.bytesRead, 2 << 20, "bytes read from the 2 GB journal")
  }

  // MARK: 5. restore

  func testRestoreRefusesAHealthyBoardAndWithForceKeepsTheCurrentStateAsideAndLosesNothing() throws {
    try BoardStore.create(at: path, board: Board(name: "x"))
    let store = try BoardStore.open(path)
    try addIdea(store, "Een")
    try store.compact()
    try addIdea(store, "Twee")
    try store.compact()
    try addIdea(store, "Drie")
    XCTAssertThrowsError(try BoardRecovery.restore(path)) { error in
      XCTAssertEqual((error as? StoreError)?.exitCode, 1)
      XCTAssertTrue((error as? StoreError)?.message.contains("is healthy") == true, "\(error)")
    }
    let done = try BoardRecovery.restore(path, force: true)
    XCTAssertEqual(done.plan.backup, path + ".bak.1")
    XCTAssertEqual(done.plan.lost, [])
    XCTAssertEqual(done.plan.replayed, 2, "the change folded at the last compaction and the journal's")
    XCTAssertTrue(done.keptAside.allSatisfy { $0.hasSuffix("-before-restore") }, "\(done.keptAside)")
    XCTAssertEqual(titles(try BoardStore.open(path)), ["Een", "Twee", "Drie"])
  }

  func testRestoreNamesTheChangesItCannotBringBackBeforeDoingIt() throws {
    try BoardStore.create(at: path, board: Board(name: "x"))
    let store = try BoardStore.open(path)
    try addIdea(store, "Een")
    try store.compact()
    try addIdea(store, "Twee")
    try store.compact()
    try FileManager.default.removeItem(atPath: path + ".bak.1.journal")
    var damaged = try bytes(path)
    damaged[damaged.count / 2] ^= 0x04
    try damaged.write(to: URL(fileURLWithPath: path))
    let plan = try BoardRecovery.plan(path)
    XCTAssertFalse(plan.healthy)
    XCTAssertEqual(plan.lost.map(\.seq), [2])
    XCTAssertEqual(plan.lost.first?.description, "change 2 (no record of it survives)")
    XCTAssertEqual(try bytes(path), damaged, "planning changes nothing")
  }

  // MARK: 6. backup rotation

  func testIdleCompactionsRotateNothingAndBackupsAreNeverLinksToTheLiveFile() throws {
    try BoardStore.create(at: path, board: Board(name: "x"))
    let store = try BoardStore.open(path)
    try addIdea(store, "Een")
    try store.compact()
    let bak1 = try bytes(path + ".bak.1")
    for _ in 0..<3 { try store.compact() }
    XCTAssertEqual(try bytes(path + ".bak.1"), bak1)
    XCTAssertFalse(exists(path + ".bak.2"), "idle compactions made no backups")
    try addIdea(store, "Twee")
    try store.compact()
    let fs = PosixFileSystem()
    let live = try XCTUnwrap(fs.status(path))
    XCTAssertEqual(live.links, 1)
    for n in 1...2 {
      let b = try XCTUnwrap(fs.linkStatus(path + ".bak.\(n)"))
      XCTAssertNotEqual(b.inode, live.inode)
      XCTAssertEqual(b.links, 1)
    }
    XCTAssertEqual(try bytes(path + ".bak.2"), bak1)
  }

  func testACompactionOnAFullDiskLeavesTheBackupsAndTheBoardAsTheyWere() throws {
    let fs = FaultyFileSystem()
    try BoardStore.create(at: path, board: try TestBoards.small(), fs: fs)
    let store = try BoardStore.open(path, fs: fs)
    try addIdea(store, "Een")
    try store.compact()
    try addIdea(store, "Twee")
    let before = try [path, path + ".bak.1", path + ".journal"].map(bytes)
    fs.fillDisk(after: 100)
    for _ in 0..<3 { XCTAssertThrowsError(try store.compact()) }
    fs.freeSpace()
    XCTAssertEqual(try [path, path + ".bak.1", path + ".journal"].map(bytes), before)
    XCTAssertFalse(exists(path + ".bak.2"))
    XCTAssertEqual(titles(try BoardStore.open(path)).suffix(2), ["Een", "Twee"])
  }

  func testWhereTheFileSystemCannotSwapTheOldSnapshotIsCopiedToTheBackup() throws {
    let fs = FaultyFileSystem()
    fs.refuseExchange()
    try BoardStore.create(at: path, board: Board(name: "x"), fs: fs)
    let store = try BoardStore.open(path, fs: fs)
    let first = try bytes(path)
    try addIdea(store, "Een")
    try store.compact()
    XCTAssertEqual(try bytes(path + ".bak.1"), first)
    XCTAssertEqual(titles(try BoardStore.open(path)), ["Een"])
  }

  // MARK: 7. a damaged journal line

  func testRepairKeepsEveryChangeBeforeTheDamageAndSetsTheRestAside() throws {
    try BoardStore.create(at: path, board: Board(name: "x"))
    let store = try BoardStore.open(path)
    for title in ["Een", "Twee", "Drie", "Vier"] { try addIdea(store, title) }
    var journal = try bytes(path + ".journal")
    let lines = journal.split(separator: 0x0A, omittingEmptySubsequences: false)
    let third = lines[0].count + lines[1].count + 2 + 20
    journal[third] ^= 0x02
    try journal.write(to: URL(fileURLWithPath: path + ".journal"))
    XCTAssertThrowsError(try BoardStore.open(path)) { error in
      XCTAssertTrue((error as? StoreError)?.message.contains("fabriek check --repair") == true, "\(error)")
    }
    let result = try BoardRecovery.repair(path)
    XCTAssertEqual(result.kept, 2)
    XCTAssertEqual(result.setAside, 2)
    let copy = try XCTUnwrap(result.copy)
    XCTAssertEqual(try bytes(copy), journal, "the whole journal as it was is kept")
    XCTAssertEqual(titles(try BoardStore.open(path)), ["Een", "Twee"])
    XCTAssertTrue(try BoardRecovery.repair(path).nothingToRepair)
  }

  // MARK: 8. the last line

  func testAFinalLineWhoseNewlineBecameASpaceIsStillASavedChange() throws {
    try BoardStore.create(at: path, board: Board(name: "x"))
    let store = try BoardStore.open(path)
    try addIdea(store, "Een")
    try addIdea(store, "Twee")
    var journal = try bytes(path + ".journal")
    journal[journal.count - 1] = 0x20
    try journal.write(to: URL(fileURLWithPath: path + ".journal"))
    let reopened = try BoardStore.open(path)
    XCTAssertEqual(titles(reopened), ["Een", "Twee"])
    try addIdea(reopened, "Drie")
    XCTAssertEqual(reopened.takeNotices(), [], "nothing was cut")
    XCTAssertEqual(titles(try BoardStore.open(path)), ["Een", "Twee", "Drie"])
  }

  func testAnUnfinishedLastWriteIsCopiedAsideBeforeItIsCutAndTheUserTold() throws {
    try BoardStore.create(at: path, board: Board(name: "x"))
    let store = try BoardStore.open(path)
    try addIdea(store, "Een")
    let tail = Data("1234abcd {\"seq\":2,\"chan".utf8)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path + ".journal"))
    try handle.seekToEnd()
    try handle.write(contentsOf: tail)
    try handle.close()
    let reopened = try BoardStore.open(path)
    try addIdea(reopened, "Twee")
    let notices = reopened.takeNotices()
    XCTAssertEqual(notices.count, 1)
    let copies = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix("-unfinished") }
    XCTAssertEqual(copies.count, 1)
    XCTAssertEqual(try bytes(dir + "/" + copies[0]), tail)
    XCTAssertTrue(notices[0].contains(copies[0]), notices[0])
    XCTAssertEqual(titles(try BoardStore.open(path)), ["Een", "Twee"])
  }

  // MARK: 9. ids assigned under the lock

  func testANewIdeaNumberedFromAStaleBoardGetsTheNextFreeCodeInsteadOfBeingRefused() throws {
    try BoardStore.create(at: path, board: try TestBoards.small())
    let ui = try BoardStore.open(path)
    let cli = try BoardStore.open(path)
    let stale = ui.board
    try addIdea(cli, "From the command line")
    let person = Person(id: PersonID(stale.nextPerson), givenName: "Amal", familyName: "Haddad", roles: [.innovator])
    try cli.commit(Change(.addPerson(person), by: "cli", at: t))
    var idea = Idea(id: IdeaID(stale.nextIdea), title: "From the form", created: t)
    idea.innovators = [PersonID(stale.nextPerson)]
    let newcomer = Person(id: PersonID(stale.nextPerson), givenName: "Lotte", familyName: "Claes", roles: [.innovator])
    let (recorded, inverse) = try ui.commit { _ in
      Change(.batch([.addPerson(newcomer), .addIdea(idea)]), by: "ui", at: self.t)
    }
    guard case .batch(let ops) = recorded.op, case .addPerson(let p) = ops[0], case .addIdea(let i) = ops[1] else {
      return XCTFail("\(recorded.op)")
    }
    XCTAssertEqual(i.id, IdeaID(stale.nextIdea + 1))
    XCTAssertEqual(p.id, PersonID(stale.nextPerson + 1))
    XCTAssertEqual(i.innovators, [p.id], "the reference follows the renumbered person")
    let board = try BoardStore.open(path).board
    XCTAssertEqual(board.ideas[i.id]?.title, "From the form")
    XCTAssertEqual(board.ideas[IdeaID(stale.nextIdea)]?.title, "From the command line")
    XCTAssertEqual(board.people[p.id]?.givenName, "Lotte")
    XCTAssertEqual(board.people[PersonID(stale.nextPerson)]?.givenName, "Amal")
    try ui.commit(Change(inverse, by: "ui", at: t))
    XCTAssertNil(try BoardStore.open(path).board.ideas[i.id], "undo removes the renumbered idea")
  }

  // MARK: smaller

  func testAReadOnlyBoardFileIsRespectedEvenByRoot() throws {
    try BoardStore.create(at: path, board: Board(name: "x"))
    let store = try BoardStore.open(path)
    try addIdea(store, "Een")
    XCTAssertEqual(chmod(path, 0o444), 0)
    let before = try bytes(path)
    let reopened = try BoardStore.open(path)
    XCTAssertThrowsError(try addIdea(reopened, "Twee")) { error in
      guard case .readOnlyBoard = error as? StoreError else { return XCTFail("\(error)") }
      XCTAssertTrue((error as? StoreError)?.message.contains("chmod u+w") == true)
    }
    XCTAssertThrowsError(try store.compact())
    XCTAssertEqual(try bytes(path), before)
    XCTAssertEqual(titles(reopened), ["Een"])
  }
}
