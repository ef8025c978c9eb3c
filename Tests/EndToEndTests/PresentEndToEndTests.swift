import FabriekCore
import Foundation
import XCTest

/// Present mode's live board: `fabriek present` in a tmux pane shows what another
/// process writes to the board within a second, without a keystroke; two writers adding notes
/// at once lose nothing.
final class PresentEndToEndTests: EndToEndTestCase {
  override func setUp() async throws {
    try await super.setUp()
    try createBoard()
  }

  func testAnIdeaAddedByAnotherProcessAppearsOnThePresenterWithinASecond() throws {
    let tmux = try Tmux([Binary.path, "present", "--file", board], width: 120, height: 40)
    try tmux.waitFor(text: "I-0001")
    try tmux.send("Tab", "Tab", "Tab")  // spotlight → votes → timer → board
    try tmux.waitFor(text: "Incoming (1)")
    let added = try Binary.run(["idea", "add", "--file", board, "--title", "Nieuw idee X"])
    XCTAssertEqual(added.status, 0, added.stderr)
    let written = Date()
    try tmux.waitFor("the new idea", seconds: 5) { $0.contains("Nieuw idee X") }
    let latency = Date().timeIntervalSince(written)
    print("present: live update latency \(String(format: "%.3f", latency)) s")
    XCTAssertLessThan(latency, 1.0)
    try tmux.send("q")  // leaves present mode
    try tmux.waitFor("the board") { !$0.contains("PRESENT") }
    try tmux.send("q")
    XCTAssertEqual(try tmux.waitForExit(), 0)
  }

  func testTwoWritersAdd200NotesEachWhilePresentingAndAll400AreKept() throws {
    let tmux = try Tmux([Binary.path, "present", "--file", board], width: 100, height: 30)
    try tmux.waitFor(text: "I-0001")
    let failures = Failures()
    let path = board
    DispatchQueue.concurrentPerform(iterations: 2) { writer in
      for k in 1...200 {
        let text = "writer \(writer) note \(k)"
        guard let r = try? Binary.run(["idea", "note", "--file", path, "I-0001", "--text", text]), r.status == 0
        else {
          failures.add(text)
          continue
        }
      }
    }
    XCTAssertEqual(failures.list, [])
    let notes = try stored().idea(code: "I-0001")?.notes ?? []
    XCTAssertEqual(notes.count, 400)
    XCTAssertEqual(Set(notes.map(\.text)).count, 400)
    XCTAssertEqual(Set(notes.map(\.id)).count, 400)
    try tmux.send("q")  // leaves present mode
    try tmux.waitFor("the board") { !$0.contains("PRESENT") }
    try tmux.send("q")
    XCTAssertEqual(try tmux.waitForExit(), 0)
  }
}

/// Texts of notes whose writer failed, collected from both threads.
private final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var texts: [String] = []
  func add(_ text: String) { lock.withLock { texts.append(text) } }
  var list: [String] { lock.withLock { texts } }
}
