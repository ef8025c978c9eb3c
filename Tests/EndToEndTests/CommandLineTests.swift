import FabriekCore
import Foundation
import XCTest

final class CommandLineTests: EndToEndTestCase {
  func testAddMoveNoteShowListAndCheck() throws {
    XCTAssertEqual(try Binary.run(["demo-data", "--count", "30", "--seed", "7", "--out", board]).status, 0)
    let add = try Binary.run([
      "idea", "add", "--file", board, "--title", "Fietsherstelplaats Schaerbeek", "--tag", "mobiliteit", "--as", "noor",
    ])
    XCTAssertEqual(add.status, 0, add.stderr)
    let code = add.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    XCTAssertEqual(code, "I-0031")
    let move = try Binary.run(["idea", "move", "--file", board, code, "--to", "Idea generation"])
    XCTAssertEqual(move.stdout, "I-0031 is in Idea generation\n", move.stderr)
    XCTAssertEqual(try Binary.run(["idea", "note", "--file", board, code, "--text", "Eerste gesprek: ok"]).status, 0)
    let show = try Binary.run(["idea", "show", "--file", board, code, "--json"])
    let idea = try JSONDecoder().decode(Idea.self, from: Data(show.stdout.utf8))
    XCTAssertEqual(idea.title, "Fietsherstelplaats Schaerbeek")
    XCTAssertEqual(idea.stage, Stage.ideaGeneration)
    XCTAssertEqual(idea.tags, ["mobiliteit"])
    XCTAssertEqual(idea.notes.map(\.text), ["Eerste gesprek: ok"])
    let list = try Binary.run(["idea", "list", "--file", board, "--stage", "idea-generation"])
    XCTAssertTrue(
      list.stdout.split(separator: "\n").last?.hasPrefix("I-0031  Idea generation  Fietsherstelplaats Schaerbeek")
        ?? false, list.stdout)
    let check = try Binary.run(["check", "--file", board])
    XCTAssertEqual(check.status, 0)
    XCTAssertTrue(check.stdout.contains("OK, 31 ideas (3 changes)"), check.stdout)
  }

  func testMovingACandidateOutOfIncomingAcceptsItAndItMaySkipToEnrichmentAtMost() throws {
    XCTAssertEqual(try Binary.run(["demo-data", "--count", "5", "--out", board]).status, 0)
    let code = try Binary.run(["idea", "add", "--file", board, "--title", "Kandidaat"]).stdout
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let far = try Binary.run(["idea", "move", "--file", board, code, "--to", "exited"])
    XCTAssertEqual(far.status, 1)
    XCTAssertTrue(far.stderr.contains("accept it into Idea generation or Enrichment first"), far.stderr)
    let move = try Binary.run(["idea", "move", "--file", board, code, "--to", "enrichment", "--as", "noor"])
    XCTAssertEqual(move.status, 0, move.stderr)
    let show = try Binary.run(["idea", "show", "--file", board, code, "--json"])
    let idea = try JSONDecoder().decode(Idea.self, from: Data(show.stdout.utf8))
    XCTAssertEqual(idea.stage, Stage.enrichment)
    XCTAssertEqual(idea.decision?.kind, .accept(stage: Stage.enrichment))
    XCTAssertEqual(idea.decision?.by, "noor")
  }

  func testCompactFoldsTheJournalIntoTheSnapshotAndKeepsABackup() throws {
    XCTAssertEqual(try Binary.run(["demo-data", "--count", "12", "--out", board]).status, 0)
    XCTAssertEqual(try Binary.run(["idea", "add", "--file", board, "--title", "Na compactie"]).status, 0)
    XCTAssertGreaterThan(try Data(contentsOf: URL(fileURLWithPath: board + ".journal")).count, 0)
    let compact = try Binary.run(["compact", "--file", board])
    XCTAssertEqual(compact.stdout, "\(board): compacted at change 1\n", compact.stderr)
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: board + ".journal")).count, 0)
    XCTAssertTrue(FileManager.default.fileExists(atPath: board + ".bak.1"))
    let check = try Binary.run(["check", "--file", board])
    XCTAssertTrue(check.stdout.contains("OK, 13 ideas (1 change)"), check.stdout)
  }

  func testExitCodesAndOneSentenceErrors() throws {
    XCTAssertEqual(try Binary.run(["demo-data", "--count", "5", "--out", board]).status, 0)
    let unknown = try Binary.run(["idea", "move", "--file", board, "I-0999", "--to", "enrichment"])
    XCTAssertEqual(unknown.status, 1)
    XCTAssertEqual(
      unknown.stderr, "fabriek: Idea I-0999 does not exist on this board; check the code with `fabriek idea list`.\n")
    let badStage = try Binary.run(["idea", "add", "--file", board, "--title", "X", "--stage", "heaven"])
    XCTAssertEqual(badStage.status, 1)
    XCTAssertEqual(
      badStage.stderr,
      "fabriek: --stage: “heaven” is not a stage; use one of incoming, idea-generation, enrichment, realisation or exited.\n"
    )
    let missing = try Binary.run(["check", "--file", dir + "/nope.json"])
    XCTAssertEqual(missing.status, 1)
    var bytes = try Data(contentsOf: URL(fileURLWithPath: board))
    bytes[200] ^= 0x01
    try bytes.write(to: URL(fileURLWithPath: board))
    let damaged = try Binary.run(["check", "--file", board])
    XCTAssertEqual(damaged.status, 2)
    XCTAssertTrue(
      damaged.stderr.hasPrefix("fabriek: \(board) is damaged (its checksum does not match its contents"), damaged.stderr
    )
    XCTAssertEqual(damaged.stderr.filter { $0 == "\n" }.count, 1, "one sentence, one line")
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: board)), bytes)
  }

  func testConcurrentCommandsOnOneBoardLoseNothing() throws {
    XCTAssertEqual(try Binary.run(["demo-data", "--count", "10", "--out", board]).status, 0)
    let writers = 6
    let perWriter = 8
    let group = DispatchGroup()
    let failures = FailureLog()
    let board = self.board
    for w in 0..<writers {
      DispatchQueue.global().async(group: group) {
        for k in 0..<perWriter {
          let args =
            k % 2 == 0
            ? ["idea", "add", "--file", board, "--title", "w\(w)-\(k)"]
            : ["idea", "note", "--file", board, "I-0001", "--text", "w\(w)-\(k)"]
          if let r = try? Binary.run(args), r.status != 0 { failures.add(r.stderr) }
        }
      }
    }
    group.wait()
    XCTAssertEqual(failures.all, [])
    let store = try BoardStore.open(board)
    let titles = Set(store.board.ideas.values.map(\.title))
    let notes = Set(store.board.idea(IdeaID(1))?.notes.map(\.text) ?? [])
    for w in 0..<writers {
      for k in 0..<perWriter {
        XCTAssertTrue(k % 2 == 0 ? titles.contains("w\(w)-\(k)") : notes.contains("w\(w)-\(k)"), "w\(w)-\(k) is lost")
      }
    }
    XCTAssertEqual(store.board.ideas.count, 10 + writers * perWriter / 2)
  }

  func testHostileTitlesArePrintedAsVisibleMarkers() throws {
    XCTAssertEqual(try Binary.run(["demo-data", "--count", "1", "--out", board]).status, 0)
    let hostile = "Evil\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{202E}txt"
    XCTAssertEqual(try Binary.run(["idea", "add", "--file", board, "--title", hostile]).status, 0)
    let list = try Binary.run(["idea", "list", "--file", board])
    XCTAssertFalse(
      list.stdout.unicodeScalars.contains {
        $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x202E
      })
    XCTAssertTrue(list.stdout.contains("Evil␛]0;pwned␇␛[2J⟨U+009B⟩31m⟨U+202E⟩txt"), list.stdout)
    let json = try Binary.run(["idea", "show", "--file", board, "I-0002", "--json"])
    XCTAssertFalse(json.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x202E })
    XCTAssertEqual(try JSONDecoder().decode(Idea.self, from: Data(json.stdout.utf8)).title, hostile)
  }
}

final class FailureLog: @unchecked Sendable {
  private let lock = NSLock()
  private var items: [String] = []
  func add(_ s: String) { lock.withLock { items.append(s) } }
  var all: [String] { lock.withLock { items } }
}
