import FabriekCore
import Foundation
import Glibc
import XCTest

/// kill -9 at random points of every command that writes a board — adding ideas, notes,
/// imports, compactions, restores and repairs — on a board reached through a symbolic link
/// as well as its real path. After every kill `fabriek check` passes and every change a
/// command reported saved is on the board.
final class CrashCampaignTests: EndToEndTestCase {
  var real: String { dir + "/real/board.json" }
  var link: String { dir + "/app/board.json" }

  override func setUp() async throws {
    try await super.setUp()
    try FileManager.default.createDirectory(atPath: dir + "/real", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: dir + "/app", withIntermediateDirectories: true)
  }

  enum Kind: CaseIterable { case add, note, importRows, compact, restore, repair }

  struct Trial {
    var kind: Kind
    var killed: Bool
    var output: String
    var status: Int32
  }

  /// Starts fabriek, kills it with SIGKILL after `delay` microseconds unless it ended first.
  func run(_ args: [String], killAfter delay: UInt32) throws -> Trial {
    let outPath = dir + "/out.txt"
    _ = FileManager.default.createFile(atPath: outPath, contents: nil)
    let out = try XCTUnwrap(FileHandle(forWritingAtPath: outPath))
    let p = Process()
    p.executableURL = URL(fileURLWithPath: Binary.path)
    p.arguments = args
    p.standardOutput = out
    p.standardError = out
    p.standardInput = FileHandle.nullDevice
    try p.run()
    let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(delay) * 1000
    while p.isRunning, DispatchTime.now().uptimeNanoseconds < deadline { usleep(500) }
    let killed = p.isRunning
    if killed { kill(p.processIdentifier, SIGKILL) }
    p.waitUntilExit()
    try out.close()
    return Trial(
      kind: .add, killed: killed, output: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
      status: killed ? -1 : p.terminationStatus)
  }

  func testKillNineAtRandomPointsOfEveryWriteLosesNoReportedChange() throws {
    let setup = try Binary.run(["demo-data", "--count", "150", "--seed", "3", "--out", real])
    XCTAssertEqual(setup.status, 0, setup.stderr)
    XCTAssertEqual(symlink(real, link), 0)
    var rng = SystemRandomNumberGenerator()
    var titles: Set<String> = []
    var notes: Set<String> = []
    var counts: [String: (trials: Int, killed: Int)] = [:]
    let started = Date()
    var trial = 0
    while Date().timeIntervalSince(started) < 60, trial < 240 {
      trial += 1
      let kind = Kind.allCases[(trial - 1) % Kind.allCases.count]
      let path = trial % 2 == 0 ? link : real
      var t: Trial
      switch kind {
      case .add:
        t = try run(
          ["commit-loop", "--file", path, "--count", "100000", "--prefix", "t\(trial)", "--compact-every", "9"],
          killAfter: UInt32.random(in: 20_000...200_000, using: &rng))
        for line in t.output.split(separator: "\n") where line.hasPrefix("committed ") {
          titles.insert("t\(trial) " + line.dropFirst("committed ".count))
        }
      case .note:
        let text = "note of trial \(trial)"
        t = try run(
          ["idea", "note", "--file", path, "I-0001", "--text", text], killAfter: UInt32.random(in: 0...250_000, using: &rng))
        if t.status == 0 { notes.insert(text) }
      case .importRows:
        let csv = dir + "/import-\(trial).csv"
        var rows = "Titel;Naam;E-mailadres\n"
        for k in 1...150 { rows += "Import \(trial) rij \(k);Rij\(k) Proef\(trial);rij\(k).\(trial)@example.org\n" }
        try Data(rows.utf8).write(to: URL(fileURLWithPath: csv))
        t = try run(["import", "--file", path, csv], killAfter: UInt32.random(in: 0...250_000, using: &rng))
        if t.status == 0 {
          XCTAssertTrue(t.output.contains("Imported 150 of 150 rows"), t.output)
          for k in 1...150 { titles.insert("Import \(trial) rij \(k)") }
        }
      case .compact:
        t = try run(["compact", "--file", path], killAfter: UInt32.random(in: 0...250_000, using: &rng))
      case .restore:
        // A flipped byte in the snapshot: restore must bring back every change from the
        // backups and their journals, however often it is killed on the way.
        // (Without a backup yet there is nothing to restore from: restore is then only refused.)
        if (1...3).contains(where: { FileManager.default.fileExists(atPath: real + ".bak.\($0)") }) {
          var bytes = try Data(contentsOf: URL(fileURLWithPath: real))
          bytes[Int.random(in: 200..<bytes.count, using: &rng)] ^= 0x10
          try bytes.write(to: URL(fileURLWithPath: real + ".damage"))
          XCTAssertEqual(Glibc.rename(real + ".damage", real), 0)
        }
        t = try run(["restore", "--file", path, "--yes"], killAfter: UInt32.random(in: 0...300_000, using: &rng))
        if try Binary.run(["check", "--file", path]).status != 0 {
          let finish = try Binary.run(["restore", "--file", path, "--yes"])
          XCTAssertEqual(finish.status, 0, "trial \(trial): \(finish.stdout)\(finish.stderr)")
          XCTAssertFalse(finish.stdout.contains("will not be in the result"), "trial \(trial): \(finish.stdout)")
        }
      case .repair:
        // An unfinished write at the end of the journal, as a writer killed mid-line leaves.
        if !FileManager.default.fileExists(atPath: real + ".journal") {
          _ = FileManager.default.createFile(atPath: real + ".journal", contents: nil)
        }
        let journal = try XCTUnwrap(FileHandle(forWritingAtPath: real + ".journal"))
        try journal.seekToEnd()
        try journal.write(contentsOf: Data("0a1b2c3d {\"seq\":99999,\"change\":{\"op".utf8))
        try journal.close()
        t = try run(["check", "--repair", "--file", path], killAfter: UInt32.random(in: 0...250_000, using: &rng))
      }
      t.kind = kind
      let key = "\(kind)"
      counts[key, default: (0, 0)].trials += 1
      if t.killed { counts[key, default: (0, 0)].killed += 1 }

      let check = try Binary.run(["check", "--file", trial % 3 == 0 ? link : real])
      XCTAssertEqual(check.status, 0, "trial \(trial) (\(kind), killed: \(t.killed)): \(check.stderr)")
      let board = try BoardStore.open(real, readOnly: true).board
      let present = Set(board.ideas.values.map(\.title))
      let missing = titles.subtracting(present)
      XCTAssertEqual(missing, [], "trial \(trial) (\(kind)): reported ideas lost")
      let presentNotes = Set(board.ideas[IdeaID(1)]?.notes.map(\.text) ?? [])
      XCTAssertEqual(notes.subtracting(presentNotes), [], "trial \(trial) (\(kind)): reported notes lost")
      if !missing.isEmpty { break }
    }
    let fs = PosixFileSystem()
    XCTAssertEqual(fs.linkStatus(link)?.kind, .symbolicLink, "the link is still a link")
    XCTAssertFalse(FileManager.default.fileExists(atPath: link + ".journal"), "no journal beside the link")
    for n in 1...3 {
      if let b = fs.linkStatus(real + ".bak.\(n)") { XCTAssertEqual(b.links, 1, "bak.\(n) is no hard link") }
    }
    let summary = Kind.allCases.map { k in
      let c = counts["\(k)"] ?? (0, 0)
      return "\(k) \(c.trials) (\(c.killed) killed)"
    }.joined(separator: ", ")
    let board = try BoardStore.open(real, readOnly: true).board
    let lost = titles.subtracting(board.ideas.values.map(\.title)).count
      + notes.subtracting(board.ideas[IdeaID(1)]?.notes.map(\.text) ?? []).count
    print(
      "crash campaign: \(trial) trials — \(summary); \(titles.count) reported ideas and \(notes.count) reported notes, \(lost) lost"
    )
    XCTAssertGreaterThan(titles.count, 0)
    XCTAssertGreaterThan(counts.values.map(\.killed).reduce(0, +), trial / 3, "many kills fell inside a command")
  }
}
