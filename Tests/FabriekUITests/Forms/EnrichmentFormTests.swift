import FabriekCore
import FabriekUI
import XCTest

/// The enrichment-modules form (`M`): a section per kind of module, prefilled; saving gives one
/// `.enrichment` edit with the modules that have a status or notes, in the kinds' order.
final class EnrichmentFormTests: XCTestCase {
  private let id = IdeaPartFixtures.id

  private func journey() throws -> Journey {
    var journey = Journey(try IdeaPartFixtures.state())
    journey.openDetail(id)
    journey.press("M")
    XCTAssertEqual(journey.state.form?.kind, .enrichment(id))
    return journey
  }

  func testTheFormHasASectionPerKindInOrderPrefilledFromTheModules() throws {
    let form = try XCTUnwrap(try journey().state.form)
    XCTAssertEqual(form.title, "Enrichment modules of I-0007")
    XCTAssertEqual(
      form.fields.map(\.section).enumerated().filter { $0.offset % 2 == 0 }.map(\.element),
      [
        "Social impact measurement", "Solid financials", "Target-audience analysis", "Co-creation session",
        "Social innovation competition", "Training", "Partner matchmaking",
      ])
    XCTAssertEqual(
      form.fields.map(\.display)[0..<6],
      ["done", "SROI-meting klaar.", "in progress", "Businessplan in opmaak.", "not started", ""])
    XCTAssertEqual(
      form.fields.first.flatMap { field -> [String]? in
        guard case .choice(let options, _) = field.value else { return nil }
        return options
      }, ["not started", "planned", "in progress", "done", "skipped"])
    XCTAssertEqual(form.fields.filter(\.isMultiline).count, 7, "every module's notes have several rows")
  }

  func testSavingKeepsTheModulesInTheKindsOrderAndNotesAloneMakeAPlannedModule() throws {
    var journey = try journey()
    journey.focus("enrichment.training.status")
    journey.press("Home", "→", "→", "→")  // done
    journey.fill("enrichment.co-creation.notes", "Twee sessies met de buurt")
    journey.press("Ctrl-S")
    XCTAssertEqual(
      journey.commits,
      [
        .editIdea(
          id,
          [
            .enrichment([
              EnrichmentModule(kind: .impactMeasurement, status: .done, notes: "SROI-meting klaar."),
              EnrichmentModule(kind: .financials, status: .inProgress, notes: "Businessplan in opmaak."),
              EnrichmentModule(kind: .coCreation, status: .planned, notes: "Twee sessies met de buurt"),
              EnrichmentModule(kind: .training, status: .done),
            ])
          ])
      ])
    XCTAssertEqual(journey.state.undoStack.count, 1, "one undo step")
  }

  func testNotStartedWithoutNotesRemovesTheModule() throws {
    var journey = try journey()
    journey.focus("enrichment.financials.status")
    journey.press("Home")
    journey.fill("enrichment.financials.notes", "")
    journey.press("Ctrl-S")
    XCTAssertEqual(
      journey.commits,
      [
        .editIdea(
          id, [.enrichment([EnrichmentModule(kind: .impactMeasurement, status: .done, notes: "SROI-meting klaar.")])])
      ])
  }

  func testSavingWithoutAChangeCommitsNothingEvenThoughTheModulesAreOutOfOrder() throws {
    var journey = try journey()
    journey.focus("enrichment.training.status")
    journey.press("→", "←")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.commits, [])
    XCTAssertEqual(journey.state.message?.text, "Nothing changed")
    XCTAssertEqual(journey.state.mode, .detail)
  }
}
