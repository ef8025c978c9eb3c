import FabriekCore
import Foundation
import XCTest

/// `fabriek --demo` opens a scratch copy of the sample board: changes go to the copy, the
/// copy is removed at the end, and the sample is never touched.
final class DemoEndToEndTests: XCTestCase {
  func testTheDemoIsAScratchCopyThatLeavesTheSampleUntouched() throws {
    try Binary.requireBuilt()
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let sample = root.appendingPathComponent("sample-data/demo-board.json").path
    let before = try Data(contentsOf: URL(fileURLWithPath: sample))
    let tmux = try Tmux(
      ["sh", "-c", "cd \(Tmux.shellQuote(root.path)) && \(Tmux.shellQuote(Binary.path)) --demo"], width: 120, height: 40
    )
    try tmux.waitFor(text: "Sociale InnovatieFabriek (demo)")
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("fabriek-demo-")
    let pids = Tmux.processes(withArguments: [Binary.path, "--demo"])
    XCTAssertEqual(pids.count, 1)
    let folder = scratch.path + String(pids.first ?? 0)
    XCTAssertTrue(
      FileManager.default.fileExists(atPath: folder + "/demo-board.json"), "the scratch copy exists while running")
    try tmux.send("L")  // a change goes to the copy
    let deadline = Date().addingTimeInterval(5)
    while (try? Data(contentsOf: URL(fileURLWithPath: folder + "/demo-board.json.journal")))?.isEmpty ?? true,
      Date() < deadline
    {
      usleep(50_000)
    }
    XCTAssertFalse((try? Data(contentsOf: URL(fileURLWithPath: folder + "/demo-board.json.journal")))?.isEmpty ?? true)
    try tmux.send("q")
    XCTAssertEqual(try tmux.waitForExit(), 0)
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder), "the scratch copy is removed at the end")
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: sample)), before, "the sample is untouched")
  }
}
