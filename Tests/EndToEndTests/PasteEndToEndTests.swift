import FabriekCore
import Foundation
import XCTest

/// A paste in the built binary under tmux: tmux brackets it because fabriek turned mode 2004
/// on, so a paste on the board is no keys (its `q` does not quit) and a long paste lands in
/// the description whole; the mode is off again when fabriek ends.
final class PasteEndToEndTests: EndToEndTestCase {
  override func setUp() async throws {
    try await super.setUp()
    try createBoard()
  }

  func testAPasteIsBracketedOnTheBoardItIsNoKeysAndInTheDescriptionItLandsWhole() throws {
    let recording = dir + "/pane.bytes"
    let tmux = try Tmux([Binary.path, "--file", board, "--as", "noor"], width: 100, height: 30, recordTo: recording)
    try tmux.waitFor(text: "Alpha buurtrestaurant")
    try tmux.paste("q:quit\n")
    try tmux.waitFor(text: "Nothing here takes pasted text")
    XCTAssertNil(try tmux.exitStatus(), "the q in the paste did not quit")

    let line = "Buurtkeuken é 社區廚房 👍🏽 café q: Ctrl-S\n"
    let text = String(String(repeating: line, count: 5_000 / line.count + 1).prefix(5_000))
    try tmux.send("e")
    try tmux.waitFor(text: "Edit I-0001")
    for _ in 0..<10 { try tmux.send("Tab") }  // to the description
    try tmux.waitFor(text: "Enter starts a new line")
    try tmux.paste(text)
    try tmux.waitFor(text: "Buurtkeuken é 社區廚房")
    try tmux.send("C-s")
    try tmux.waitFor("the board after saving") { !$0.contains("Edit I-0001") && $0.contains("Alpha buurtrestaurant") }
    let deadline = Date().addingTimeInterval(5)
    var stored: String?
    repeat {
      stored = try self.stored().ideas[IdeaID(1)]?.description
      if stored == text { break }
      usleep(50_000)
    } while Date() < deadline
    XCTAssertEqual(stored?.count, 5_000)
    XCTAssertEqual(stored, text, "exactly the pasted text, line breaks and all")
    try tmux.send("q")
    XCTAssertEqual(try tmux.waitForExit(), 0)

    usleep(200_000)
    let output = String(decoding: try Data(contentsOf: URL(fileURLWithPath: recording)), as: UTF8.self)
    let on = try XCTUnwrap(output.range(of: "\u{1B}[?2004h"), "bracketed paste turned on")
    let off = try XCTUnwrap(output.range(of: "\u{1B}[?2004l", options: .backwards), "and off at the end")
    XCTAssertLessThan(on.lowerBound, off.lowerBound)
    XCTAssertNil(output[off.upperBound...].range(of: "\u{1B}[?2004h"), "and not on again")
  }
}
