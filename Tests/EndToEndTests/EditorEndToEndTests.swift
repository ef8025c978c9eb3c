import FabriekCore
import Foundation
import XCTest

/// `$EDITOR` from the edit form in the built binary under tmux: a script stands in for the
/// editor and writes a known text; it comes back into the description field and is saved.
final class EditorEndToEndTests: EndToEndTestCase {
  var editor: String { dir + "/editor.sh" }
  let text = "Tekst uit de editor — é 社"

  override func setUp() async throws {
    try await super.setUp()
    try createBoard()
    try "#!/bin/sh\nprintf '\(text)' > \"$1\"\n".write(toFile: editor, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor)
  }

  func description() throws -> String? {
    try stored().ideas[IdeaID(1)]?.description
  }

  func testTheEditorsTextComesBackIntoTheDescriptionAndIsSaved() throws {
    let tmux = try Tmux(
      [Binary.path, "--file", board, "--as", "noor"], width: 100, height: 30,
      environment: ["VISUAL": "", "EDITOR": editor])
    try tmux.waitFor(text: "Alpha buurtrestaurant")
    try tmux.send("e")
    try tmux.waitFor(text: "Edit ")
    for _ in 0..<10 { try tmux.send("Tab") }  // to the description, the first field of Details
    try tmux.send("C-o")
    try tmux.waitFor(text: "Tekst uit de editor")
    try tmux.send("C-s")
    let deadline = Date().addingTimeInterval(5)
    while try description() != text, Date() < deadline { usleep(50_000) }
    try tmux.send("q")
    XCTAssertEqual(try tmux.waitForExit(), 0)
    XCTAssertEqual(try description(), text)
  }

  func testAFailingEditorLeavesTheFieldAndSaysSo() throws {
    let tmux = try Tmux(
      [Binary.path, "--file", board, "--as", "noor"], width: 100, height: 30,
      environment: ["VISUAL": "", "EDITOR": "false"])
    try tmux.waitFor(text: "Alpha buurtrestaurant")
    try tmux.send("N")
    try tmux.waitFor(text: "Note on I-0001")
    try tmux.send("C-o")
    try tmux.waitFor(text: "failed")
    try tmux.send("Escape")
    try tmux.waitFor("the board again") { !$0.contains("Note on") }
    try tmux.send("q")
    XCTAssertEqual(try tmux.waitForExit(), 0)
  }

  func testAQuickNoteOnNIsStoredWithItsExactText() throws {
    let note = "Gesprek — é 社"
    let tmux = try Tmux([Binary.path, "--file", board, "--as", "noor"], width: 100, height: 30)
    try tmux.waitFor(text: "Alpha buurtrestaurant")
    try tmux.send("N")
    try tmux.waitFor(text: "Note on I-0001")
    try tmux.type(note)
    try tmux.waitFor(text: "Gesprek")
    try tmux.send("C-s")
    let notes = { try BoardStore.open(self.board, readOnly: true).board.ideas[IdeaID(1)]?.notes ?? [] }
    let deadline = Date().addingTimeInterval(5)
    while try notes().isEmpty, Date() < deadline { usleep(50_000) }
    try tmux.send("q")
    XCTAssertEqual(try tmux.waitForExit(), 0)
    XCTAssertEqual(try notes().map(\.text), [note])
    XCTAssertEqual(try notes().map(\.author), ["noor"])
  }
}
