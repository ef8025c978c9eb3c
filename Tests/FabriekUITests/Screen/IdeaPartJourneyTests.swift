import FabriekCore
import FabriekUI
import XCTest

/// `M`, `F` and `I` from the detail (and the board): each form saves one
/// `.editIdea(id, [edit])` — one undo step, one history line — that the detail then shows.
final class IdeaPartJourneyTests: XCTestCase {
  private let id = IdeaID(7)

  /// The screen fixtures at 200×60, the detail of I-0007 beside the board.
  private func journey() throws -> Journey {
    var journey = Journey(try ScreenFixtures.state(width: 200, height: 60))
    journey.openDetail(id)
    return journey
  }

  private func screenText(_ journey: Journey) -> String { journey.screen.lines.joined(separator: "\n") }

  /// Saving made one commit, one undo step and one history line; undo restores the idea and
  /// redo reapplies the change.
  private func assertOneUndoableChange(
    _ journey: inout Journey, from original: Idea, to expected: Idea, historyBefore: Int,
    file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertEqual(journey.state.mode, .detail, file: file, line: line)
    XCTAssertEqual(journey.state.board.ideas[id], expected, file: file, line: line)
    XCTAssertEqual(journey.state.undoStack.count, 1, "one undo step", file: file, line: line)
    XCTAssertEqual(
      journey.state.board.history(of: .idea(id)).count, historyBefore + 1, "one history line", file: file, line: line)
    journey.press("u")
    XCTAssertEqual(journey.state.board.ideas[id], original, "undo restores", file: file, line: line)
    journey.press("Ctrl-R")
    XCTAssertEqual(journey.state.board.ideas[id], expected, "redo reapplies", file: file, line: line)
  }

  func testANewFinancingApplicationFromTheDetailIsOneUndoableEdit() throws {
    var journey = try journey()
    let original = try XCTUnwrap(journey.state.board.ideas[id])
    let history = journey.state.board.history(of: .idea(id)).count
    journey.press("F")
    XCTAssertEqual(journey.state.mode, .form)
    journey.fill("financing.new.funder", "Koning Boudewijnstichting")
    journey.fill("financing.new.asked", "€ 12.500,50")
    XCTAssertEqual(journey.state.form?.errors, [:])
    journey.press("Ctrl-S")

    let added = FinancingApplication(
      id: 2, kind: .feasibilityStudy, funder: "Koning Boudewijnstichting", asked: Euro(cents: 1_250_050),
      status: .draft)
    XCTAssertEqual(journey.commits, [.editIdea(id, [.financing(original.financing + [added])])])
    XCTAssertEqual(journey.state.board.ideas[id]?.financing.last?.asked.cents, 1_250_050)
    XCTAssertTrue(
      screenText(journey).contains("• feasibility study, Koning Boudewijnstichting · asked €12,500.50 · draft"),
      "the detail shows the new application")
    var expected = original
    expected.financing.append(added)
    assertOneUndoableChange(&journey, from: original, to: expected, historyBefore: history)
    XCTAssertTrue(screenText(journey).contains("Koning Boudewijnstichting · asked €12,500.50"), "shown after redo")
  }

  func testAnEnrichmentModuleFromTheDetailIsOneUndoableEdit() throws {
    var journey = try journey()
    let original = try XCTUnwrap(journey.state.board.ideas[id])
    let history = journey.state.board.history(of: .idea(id)).count
    journey.press("M")
    XCTAssertEqual(journey.state.form?.title, "Enrichment modules of I-0007")
    journey.focus("enrichment.target-audience.status")
    journey.press("→", "→")  // in progress
    journey.fill("enrichment.target-audience.notes", "Interviews met 20 gezinnen")
    journey.press("Enter")
    journey.type("Enquête klaar")
    journey.press("Ctrl-S")

    let modules = [
      EnrichmentModule(kind: .financials, status: .inProgress, notes: "Businessplan in opmaak."),
      EnrichmentModule(
        kind: .targetAudience, status: .inProgress, notes: "Interviews met 20 gezinnen\nEnquête klaar"),
    ]
    XCTAssertEqual(journey.commits, [.editIdea(id, [.enrichment(modules)])])
    XCTAssertTrue(screenText(journey).contains("• target-audience analysis: in progress"), "the detail shows it")
    var expected = original
    expected.enrichment = modules
    assertOneUndoableChange(&journey, from: original, to: expected, historyBefore: history)
  }

  func testAnIndicatorFromTheDetailIsOneUndoableEdit() throws {
    var journey = try journey()
    let original = try XCTUnwrap(journey.state.board.ideas[id])
    XCTAssertEqual(original.indicators, [])
    let history = journey.state.board.history(of: .idea(id)).count
    journey.press("I")
    XCTAssertEqual(journey.state.form?.title, "Indicators of I-0007")
    journey.fill("indicator.new.name", "Gezinnen met lagere factuur")
    journey.fill("indicator.new.unit", "gezinnen")
    journey.fill("indicator.new.baseline", "0")
    journey.fill("indicator.new.target", "250")
    journey.fill("indicator.new.current", "37,5")
    XCTAssertTrue(screenText(journey).contains("→ 37.5"), "the number as read is shown below the field")
    journey.press("Ctrl-S")

    let indicator = Indicator(
      name: "Gezinnen met lagere factuur", unit: "gezinnen", baseline: 0, target: 250, current: 37.5)
    XCTAssertEqual(journey.commits, [.editIdea(id, [.indicators([indicator])])])
    XCTAssertTrue(screenText(journey).contains("Gezinnen met lagere factuur"), "the detail shows it")
    var expected = original
    expected.indicators = [indicator]
    assertOneUndoableChange(&journey, from: original, to: expected, historyBefore: history)
  }

  func testOnTheBoardTheKeysOpenTheFormsOfTheFocusedCard() throws {
    var journey = Journey(try ScreenFixtures.state())
    let focused = try XCTUnwrap(journey.state.focusedID)
    for (key, kind) in [("M", FormKind.enrichment(focused)), ("F", .financing(focused)), ("I", .indicators(focused))] {
      journey.press(key)
      XCTAssertEqual(journey.state.form?.kind, kind, key)
      journey.press("Esc")
      XCTAssertEqual(journey.state.mode, .board, "an unchanged form closes at once, back to the board")
    }
    XCTAssertEqual(journey.commits, [])
  }

  func testTheFinancingFormAt80x24() throws {
    var journey = Journey(try IdeaPartFixtures.state())
    journey.openDetail(IdeaPartFixtures.id)
    journey.press("F")
    journey.fill("financing.1.granted", "12.500,5")
    assertSnapshot(journey.screen, named: "form-financing-80x24")
  }

  func testTheFinancingFormWithReasonsAt120x40() throws {
    var journey = Journey(try IdeaPartFixtures.state(width: 120, height: 40))
    journey.openDetail(IdeaPartFixtures.id)
    journey.press("F")
    journey.fill("financing.new.funder", "Koning Boudewijnstichting")
    journey.fill("financing.new.asked", "12,3,4")
    journey.press("Ctrl-S")
    assertSnapshot(journey.screen, named: "form-financing-120x40")
  }
}
