import FabriekCore
import Foundation
import XCTest

/// Two writers on one idea, in the built binary under tmux: while fabriek's edit form is
/// open another process saves a new title; Ctrl-S shows both titles and asks, and only `y`
/// writes this one's over it.
final class ConflictEndToEndTests: EndToEndTestCase {
  override func setUp() async throws {
    try await super.setUp()
    try createBoard()
  }

  func storedIdea() throws -> Idea? { try stored().ideas[IdeaID(1)] }

  func testATitleSavedElsewhereWhileTheFormIsOpenIsAskedAboutThenOverwrittenOnY() throws {
    let tmux = try Tmux([Binary.path, "--file", board, "--as", "noor"], width: 100, height: 30)
    try tmux.waitFor(text: "Alpha buurtrestaurant")
    try tmux.send("e")
    try tmux.waitFor(text: "Edit I-0001")
    try tmux.send("C-u")
    try tmux.type("Buurtrestaurant Noor")
    try tmux.waitFor(text: "Buurtrestaurant Noor")

    let other = try BoardStore.open(board)
    try other.commit(Change(.editIdea(IdeaID(1), [.title("Buurtrestaurant Ann")]), by: "ann", at: t0))
    other.close()
    usleep(400_000)  // fabriek looks for other processes' changes five times a second

    try tmux.send("C-s")
    let screen = try tmux.waitFor(text: "Changed by someone else since you opened this form:")
    XCTAssertTrue(screen.contains("theirs Buurtrestaurant Ann"), screen)
    XCTAssertTrue(screen.contains("yours  Buurtrestaurant Noor"), screen)
    XCTAssertEqual(try storedIdea()?.title, "Buurtrestaurant Ann", "nothing overwritten yet")

    try tmux.send("n")
    try tmux.waitFor("the form again") { !$0.contains("theirs") && $0.contains("Buurtrestaurant Noor") }
    try tmux.send("C-s")
    try tmux.waitFor(text: "y save yours over theirs")
    try tmux.send("y")
    try tmux.waitFor("the board") { !$0.contains("Edit I-0001") && $0.contains("Buurtrestaurant Noor") }
    let deadline = Date().addingTimeInterval(5)
    while try storedIdea()?.title != "Buurtrestaurant Noor", Date() < deadline { usleep(50_000) }
    XCTAssertEqual(try storedIdea()?.title, "Buurtrestaurant Noor")
    try tmux.send("q")
    XCTAssertEqual(try tmux.waitForExit(), 0)
  }
}
