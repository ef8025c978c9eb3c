import FabriekCore
import Foundation
import XCTest

/// The financing form in the built binary under tmux: `F` on a card, a new application with a
/// Belgian amount, Ctrl-S; the board file holds it at once, to the cent.
final class IdeaPartsEndToEndTests: EndToEndTestCase {
  override func setUp() async throws {
    try await super.setUp()
    try createBoard()
  }

  func financing() throws -> [FinancingApplication] {
    try stored().ideas[IdeaID(1)]?.financing ?? []
  }

  func testANewApplicationTypedInTheFinancingFormIsStoredToTheCent() throws {
    let tmux = try Tmux([Binary.path, "--file", board, "--as", "noor"], width: 100, height: 30)
    try tmux.waitFor(text: "Alpha buurtrestaurant")
    try tmux.send("F")
    try tmux.waitFor(text: "Financing of I-0001")
    try tmux.send("Tab")
    try tmux.type("Koning Boudewijnstichting")
    try tmux.send("Tab")
    try tmux.type("€ 12.500,50")
    try tmux.waitFor(text: "12.500,50")
    try tmux.send("C-s")
    let deadline = Date().addingTimeInterval(5)
    while try financing().isEmpty, Date() < deadline { usleep(50_000) }
    XCTAssertEqual(
      try financing(),
      [
        FinancingApplication(
          id: 1, kind: .feasibilityStudy, funder: "Koning Boudewijnstichting", asked: Euro(cents: 1_250_050),
          status: .draft)
      ])
    try tmux.send("q")
    XCTAssertEqual(try tmux.waitForExit(), 0)
  }
}
