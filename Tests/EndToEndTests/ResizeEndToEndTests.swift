import FabriekCore
import Foundation
import XCTest

/// After any resize the terminal shows exactly what a fresh start at that size shows: nothing
/// of the old layout stays behind (the frame after a resize starts from a cleared terminal).
final class ResizeEndToEndTests: XCTestCase {
  var dir = ""
  var board: String { dir + "/board.json" }

  override func setUp() async throws {
    try Binary.requireBuilt()
    dir = try Binary.temporaryDirectory()
    let demo = try Binary.run(["demo-data", "--count", "120", "--seed", "5", "--out", board])
    XCTAssertEqual(demo.status, 0, demo.stderr)
  }
  override func tearDown() async throws { try? FileManager.default.removeItem(atPath: dir) }

  /// The screen once it has stopped changing.
  func settled(_ tmux: Tmux) throws -> String {
    var last = try tmux.screen()
    for _ in 0..<40 {
      usleep(100_000)
      let now = try tmux.screen()
      if now == last { return now }
      last = now
    }
    return last
  }

  /// The screen once it equals `target`, or the last one seen after five seconds.
  func reaches(_ tmux: Tmux, _ target: String?) throws -> String {
    var last = ""
    for _ in 0..<100 {
      last = try tmux.screen()
      if last == target { return last }
      usleep(50_000)
    }
    return last
  }

  func fresh(width: Int, height: Int) throws -> String {
    let tmux = try Tmux([Binary.path, "--file", board, "--as", "noor"], width: width, height: height)
    try tmux.waitFor("the first screen") { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    let screen = try settled(tmux)
    try tmux.send("q")
    _ = try tmux.waitForExit()
    return screen
  }

  func testEveryResizeEndsOnTheScreenAFreshStartAtThatSizeDraws() throws {
    let sizes = [(120, 40), (80, 24), (200, 60), (70, 20), (80, 24), (160, 48)]
    var expected: [String: String] = [:]
    for (w, h) in sizes where expected["\(w)x\(h)"] == nil { expected["\(w)x\(h)"] = try fresh(width: w, height: h) }
    let tmux = try Tmux([Binary.path, "--file", board, "--as", "noor"], width: sizes[0].0, height: sizes[0].1)
    try tmux.waitFor("the first screen") { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    for (w, h) in sizes.dropFirst() {
      try tmux.resize(width: w, height: h)
      XCTAssertEqual(try reaches(tmux, expected["\(w)x\(h)"]), expected["\(w)x\(h)"], "after resizing to \(w)×\(h)")
    }
    try tmux.send("C-l")
    XCTAssertEqual(try reaches(tmux, expected["160x48"]), expected["160x48"], "Ctrl-L repaints the same screen")
    try tmux.send("q")
    XCTAssertEqual(try tmux.waitForExit(), 0)
  }
}
