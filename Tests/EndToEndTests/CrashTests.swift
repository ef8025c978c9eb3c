import FabriekCore
import Foundation
import XCTest

/// A process committing changes is killed with SIGKILL at random moments, again and again.
/// After every kill the board must load, pass its checksum and hold every change the
/// process reported as committed.
final class CrashTests: XCTestCase {
  func testKilledWritersNeverLoseAReportedChangeOrDamageTheBoard() throws {
    try Binary.requireBuilt()
    let dir = try Binary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let board = dir + "/board.json"
    var generator = SystemRandomNumberGenerator()
    var reported: [String] = []
    let kills = 40
    var compactionsSeen = 0
    for run in 0..<kills {
      let outPath = dir + "/out-\(run).txt"
      _ = FileManager.default.createFile(atPath: outPath, contents: nil)
      let out = try XCTUnwrap(FileHandle(forWritingAtPath: outPath))
      let p = Process()
      p.executableURL = URL(fileURLWithPath: Binary.path)
      p.arguments = [
        "commit-loop", "--file", board, "--count", "100000", "--prefix", "r\(run)", "--compact-every", "7",
      ]
      p.standardOutput = out
      p.standardError = out
      try p.run()
      usleep(UInt32.random(in: 30_000...250_000, using: &generator))
      kill(p.processIdentifier, SIGKILL)
      p.waitUntilExit()
      try out.close()
      let output = try String(contentsOfFile: outPath, encoding: .utf8)
      XCTAssertEqual(p.terminationReason, .uncaughtSignal, "run \(run) ended on its own: \(output)")
      let lines = output.split(separator: "\n")
      for line in lines where line.hasPrefix("committed ") {
        reported.append("r\(run) " + line.dropFirst("committed ".count))
      }
      // Killed before it created the board (a slow start on a loaded machine): nothing was
      // reported, so nothing can be missing.
      if reported.isEmpty, !FileManager.default.fileExists(atPath: board) { continue }
      let store = try BoardStore.open(board)  // throws if the checksum or the journal is damaged
      let titles = Set(store.board.ideas.values.map(\.title))
      let missing = reported.filter { !titles.contains($0) }
      XCTAssertEqual(missing, [], "after kill \(run)")
      if store.lastSeq > 0, (try? FileManager.default.attributesOfItem(atPath: board + ".bak.1")) != nil {
        compactionsSeen += 1
      }
      store.close()
    }
    print(
      "crash test: \(kills) kills, \(reported.count) reported commits all present, \(compactionsSeen) loads after compactions"
    )
    XCTAssertGreaterThan(reported.count, kills, "the writer got to commit between kills")
    XCTAssertGreaterThan(compactionsSeen, 0, "kills also fell around compactions")
  }
}
