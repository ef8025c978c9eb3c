import FabriekCore
import Foundation
import Glibc
import XCTest

/// The built binary against what a hostile or broken folder puts where a board's files
/// belong: FIFOs, links, a read-only board file, damaged journals, and a second writer
/// adding ideas while a form is saved.
final class BoardFileAttackEndToEndTests: EndToEndTestCase {
  override func setUp() async throws {
    try await super.setUp()
    try BoardStore.create(at: board, board: Board(name: "Aanval"))
  }

  func fabriek(_ args: String...) throws -> Binary.Result { try Binary.run(args) }

  /// Runs fabriek and kills it if it has not finished in `seconds` (a hang is a failure).
  func bounded(_ args: [String], seconds: Double = 5) throws -> (result: Binary.Result?, hung: Bool) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: Binary.path)
    p.arguments = args
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = FileHandle.nullDevice
    try p.run()
    let deadline = Date().addingTimeInterval(seconds)
    while p.isRunning, Date() < deadline { usleep(20_000) }
    if p.isRunning {
      kill(p.processIdentifier, SIGKILL)
      p.waitUntilExit()
      return (nil, true)
    }
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    return (
      Binary.Result(
        status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
        stderr: String(decoding: e, as: UTF8.self)), false
    )
  }

  func testAFIFOInPlaceOfTheBoardOrItsJournalIsRefusedAtOnceByCheckAddAndRestore() throws {
    try FileManager.default.removeItem(atPath: board)
    XCTAssertEqual(mkfifo(board, 0o600), 0)
    for args in [["check"], ["idea", "add", "--title", "x"], ["restore"]] {
      let (r, hung) = try bounded(args + ["--file", board])
      XCTAssertFalse(hung, "\(args) blocked on the FIFO")
      XCTAssertEqual(r?.status, 2, "\(args)")
      XCTAssertEqual(
        r?.stderr,
        "fabriek: \(board) is a FIFO (named pipe), not a regular file; fabriek only reads and writes regular files for a board: remove it, or give the path of a board file.\n"
      )
    }
    try FileManager.default.removeItem(atPath: board)
    try BoardStore.create(at: board, board: Board(name: "Aanval"))
    XCTAssertEqual(try fabriek("idea", "add", "--file", board, "--title", "Een").status, 0)
    try FileManager.default.removeItem(atPath: board + ".journal")
    XCTAssertEqual(mkfifo(board + ".journal", 0o600), 0)
    let (r, hung) = try bounded(["check", "--file", board])
    XCTAssertFalse(hung)
    XCTAssertEqual(r?.status, 2)
    XCTAssertTrue(r?.stderr.contains("board.json.journal is a FIFO") == true, r?.stderr ?? "")
  }

  func testAJournalLinkedToDevZeroMakesIdeaAddRefuseInsteadOfReportingASavedIdea() throws {
    XCTAssertEqual(try fabriek("idea", "add", "--file", board, "--title", "Een").status, 0)
    try FileManager.default.removeItem(atPath: board + ".journal")
    XCTAssertEqual(symlink("/dev/zero", board + ".journal"), 0)
    let (r, hung) = try bounded(["idea", "add", "--file", board, "--title", "Twee"])
    XCTAssertFalse(hung)
    XCTAssertEqual(r?.status, 2)
    XCTAssertEqual(r?.stdout, "", "no code is printed for an idea that is not saved")
    XCTAssertTrue(r?.stderr.contains("is a symbolic link to /dev/zero") == true, r?.stderr ?? "")
  }

  func testABoardThroughALinkAndThroughItsRealPathHandOutEachCodeOnce() throws {
    try FileManager.default.createDirectory(atPath: dir + "/real", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: dir + "/app", withIntermediateDirectories: true)
    let real = dir + "/real/board.json"
    let link = dir + "/app/board.json"
    try BoardStore.create(at: real, board: Board(name: "Aanval"))
    XCTAssertEqual(try fabriek("idea", "add", "--file", real, "--title", "Een").status, 0)
    XCTAssertEqual(symlink(real, link), 0)
    let a = try fabriek("idea", "add", "--file", link, "--title", "Twee")
    let b = try fabriek("idea", "add", "--file", real, "--title", "Drie")
    XCTAssertNotEqual(a.stdout, b.stdout)
    XCTAssertEqual(try fabriek("compact", "--file", link).status, 0)
    XCTAssertEqual(
      try FileManager.default.destinationOfSymbolicLink(atPath: link), real, "compaction keeps the link a link")
    XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/app/board.json.journal"))
    let list = try fabriek("idea", "list", "--file", link, "--json")
    for title in ["Een", "Twee", "Drie"] { XCTAssertTrue(list.stdout.contains(title), list.stdout) }
  }

  func testAReadOnlyBoardFileIsNeverReplacedAndTheRefusalSaysHowToAllowIt() throws {
    XCTAssertEqual(try fabriek("idea", "add", "--file", board, "--title", "Een").status, 0)
    XCTAssertEqual(chmod(board, 0o444), 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: board))
    let add = try fabriek("idea", "add", "--file", board, "--title", "Twee")
    XCTAssertEqual(add.status, 1)
    XCTAssertTrue(add.stderr.contains("chmod u+w"), add.stderr)
    let compact = try fabriek("compact", "--file", board)
    XCTAssertEqual(compact.status, 1)
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: board)), before)
    XCTAssertEqual(try fabriek("check", "--file", board).status, 0, "reading still works")
  }

  func testCheckRepairKeepsTheChangesBeforeADamagedLineAndSaysHowManyItSetAside() throws {
    for title in ["Een", "Twee", "Drie"] {
      XCTAssertEqual(try fabriek("idea", "add", "--file", board, "--title", title).status, 0)
    }
    var journal = try Data(contentsOf: URL(fileURLWithPath: board + ".journal"))
    let firstEnd = try XCTUnwrap(journal.firstIndex(of: 0x0A))
    journal[firstEnd + 30] ^= 0x01
    try journal.write(to: URL(fileURLWithPath: board + ".journal"))
    let check = try fabriek("check", "--file", board)
    XCTAssertEqual(check.status, 2)
    XCTAssertTrue(check.stderr.contains("fabriek check --repair --file \(board)"), check.stderr)
    let repair = try fabriek("check", "--repair", "--file", board)
    XCTAssertEqual(repair.status, 0, repair.stderr)
    XCTAssertTrue(
      repair.stdout.hasPrefix("\(board): kept 1 change; set aside 2 lines from the damage on"), repair.stdout)
    XCTAssertTrue(repair.stdout.contains("OK, 1 idea ("), repair.stdout)
  }

  func testRestoreOnAHealthyBoardIsRefusedAndWithForceLosesNoChange() throws {
    XCTAssertEqual(try fabriek("idea", "add", "--file", board, "--title", "Een").status, 0)
    XCTAssertEqual(try fabriek("compact", "--file", board).status, 0)
    XCTAssertEqual(try fabriek("idea", "add", "--file", board, "--title", "Twee").status, 0)
    XCTAssertEqual(try fabriek("compact", "--file", board).status, 0)
    XCTAssertEqual(try fabriek("idea", "add", "--file", board, "--title", "Drie").status, 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: board))
    let refused = try fabriek("restore", "--file", board)
    XCTAssertEqual(refused.status, 1)
    XCTAssertTrue(refused.stderr.contains("is healthy"), refused.stderr)
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: board)), before)
    let forced = try fabriek("restore", "--file", board, "--force")
    XCTAssertEqual(forced.status, 0, forced.stderr)
    XCTAssertTrue(forced.stdout.contains("with 2 changes of the journals replayed on top"), forced.stdout)
    let list = try fabriek("idea", "list", "--file", board, "--json")
    for title in ["Een", "Twee", "Drie"] { XCTAssertTrue(list.stdout.contains(title), list.stdout) }
  }

  func testANewIdeaSavedFromTheFormWhileAnotherProcessAddsIdeasIsNeverRefused() throws {
    try FileManager.default.removeItem(atPath: board)
    try BoardStore.create(at: board, board: Board(name: "Aanval"))
    XCTAssertEqual(try fabriek("idea", "add", "--file", board, "--title", "Alpha").status, 0)
    let loop = Process()
    loop.executableURL = URL(fileURLWithPath: Binary.path)
    loop.arguments = ["commit-loop", "--file", board, "--count", "100000", "--prefix", "cli", "--compact-every", "1000000"]
    loop.standardOutput = FileHandle.nullDevice
    loop.standardError = FileHandle.nullDevice
    let tmux = try Tmux([Binary.path, "--file", board, "--as", "noor"], width: 100, height: 30)
    try tmux.waitFor(text: "Alpha")
    try loop.run()
    defer {
      if loop.isRunning { kill(loop.processIdentifier, SIGKILL) }
    }
    var saved: [String] = []
    for k in 1...6 {
      usleep(150_000)
      try tmux.send("n")
      try tmux.waitFor(text: "New idea")
      try tmux.type("Form \(k)")
      try tmux.send("C-s")
      let screen = try tmux.waitFor("the save") { $0.contains("“Form \(k)”") || $0.contains("exists already") }
      XCTAssertFalse(screen.contains("exists already"), screen)
      saved.append("Form \(k)")
    }
    kill(loop.processIdentifier, SIGKILL)
    loop.waitUntilExit()
    try tmux.send("q")
    XCTAssertEqual(try tmux.waitForExit(), 0)
    let ideas = try stored().ideas.values
    let titles = Set(ideas.map(\.title))
    for title in saved { XCTAssertTrue(titles.contains(title), title) }
    XCTAssertGreaterThan(ideas.filter { $0.title.hasPrefix("cli ") }.count, 6, "the loop really ran meanwhile")
    XCTAssertEqual(Set(ideas.map(\.id)).count, ideas.count)
  }

  func testADemoRunThatCannotStartItsScreenLeavesNoScratchFolderBehind() throws {
    let tmp = dir + "/tmp"
    try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
    // A copy left by a demo that was killed: its process is long gone.
    try FileManager.default.createDirectory(atPath: tmp + "/fabriek-demo-999999", withIntermediateDirectories: true)
    let r = try Binary.run(["--demo"], environment: ["TMPDIR": tmp, "TERM": "dumb"])
    XCTAssertEqual(r.status, 2, r.stderr)
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: tmp), [])
  }
}
