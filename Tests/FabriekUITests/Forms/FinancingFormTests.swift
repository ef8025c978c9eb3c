import FabriekCore
import FabriekUI
import XCTest

/// The financing form (`F`): a section per application and one for a new application; one
/// `.financing` edit that keeps each application's id; the domain's rules beside the fields.
final class FinancingFormTests: XCTestCase {
  private let id = IdeaPartFixtures.id
  private let vlaio = IdeaPartFixtures.vlaio
  private let provincie = IdeaPartFixtures.provincie

  private func journey() throws -> Journey {
    var journey = Journey(try IdeaPartFixtures.state())
    journey.openDetail(id)
    journey.press("F")
    XCTAssertEqual(journey.state.form?.kind, .financing(id))
    return journey
  }

  func testTheFormIsPrefilledWithASectionPerApplicationAndANewOne() throws {
    let form = try XCTUnwrap(try journey().state.form)
    XCTAssertEqual(form.title, "Financing of I-0007")
    XCTAssertEqual(
      IdeaPartFixtures.sections(of: form),
      ["Application 1: VLAIO", "Application 2: Provincie West-Vlaanderen", "New application"])
    XCTAssertEqual(
      form.fields.map(\.display)[7..<14],
      ["pilot", "Provincie West-Vlaanderen", "€ 15.000,00", "€ 12.000,00", "granted", "2026-05-01", "2026-07-01"])
    XCTAssertEqual(form.fields.map(\.display)[14..<21], ["feasibility study", "", "", "", "draft", "", ""])
    XCTAssertEqual(form.fields.filter { $0.format == .amount }.count, 6)
    XCTAssertEqual(form.fields.filter { $0.format == .date }.count, 6)
    XCTAssertEqual(
      form.field("financing.1.funder")?.help, "required; clear funder and amount asked to remove the application")
  }

  func testANewApplicationIsAddedWithTheNextIdOnlyWhenFilledIn() throws {
    var journey = try journey()
    journey.fill("financing.new.funder", "Koning Boudewijnstichting")
    journey.fill("financing.new.asked", "5000")
    journey.fill("financing.new.submitted", "today")
    journey.press("Ctrl-S")
    let added = FinancingApplication(
      id: 4, kind: .feasibilityStudy, funder: "Koning Boudewijnstichting", asked: Euro(euros: 5_000), status: .draft,
      submitted: Day(iso: "2026-11-01"))
    XCTAssertEqual(journey.commits, [.editIdea(id, [.financing([vlaio, provincie, added])])])
  }

  func testASubmissionDateInTheFutureAndADraftWithAGrantAreRefusedBesideTheirFields() throws {
    var journey = try journey()
    journey.fill("financing.new.funder", "Koning Boudewijnstichting")
    journey.fill("financing.new.asked", "5000")
    journey.fill("financing.new.granted", "1000")
    journey.fill("financing.new.submitted", "+3d")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.commits, [])
    let form = try XCTUnwrap(journey.state.form)
    let errors = Dictionary(uniqueKeysWithValues: form.errors.map { (form.fields[$0.key].key, $0.value) })
    XCTAssertEqual(errors["financing.new.submitted"], "2026-11-04 is in the future; an application is submitted on or before today")
    XCTAssertEqual(errors["financing.new.granted"], "a draft has not been decided yet, so it has no amount granted")
    XCTAssertEqual(errors["financing.new.decided"], "an amount granted needs the date it was decided")
  }

  func testClearingFunderAndAmountRemovesTheApplication() throws {
    var journey = try journey()
    journey.fill("financing.1.funder", "")
    journey.fill("financing.1.asked", "")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.commits, [.editIdea(id, [.financing([provincie])])])
  }

  func testClearingOnlyTheFunderIsRefused() throws {
    var journey = try journey()
    journey.fill("financing.3.funder", "  ")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.commits, [])
    let funder = try journey.fieldIndex("financing.3.funder")
    XCTAssertEqual(journey.state.form?.errors, [funder: "Funder is required"])
    XCTAssertEqual(journey.state.form?.focus, funder)
  }

  func testAnUnreadableAmountAndDateAreRefusedBesideTheFieldsWithTheCursorOnTheFirst() throws {
    var journey = try journey()
    journey.fill("financing.new.funder", "Koning Boudewijnstichting")
    journey.fill("financing.new.asked", "12,3,4")
    journey.fill("financing.new.decided", "31-02")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.commits, [])
    XCTAssertEqual(journey.state.mode, .form)
    XCTAssertEqual(journey.state.message?.text, "Not saved: correct the fields marked in red")
    let asked = try journey.fieldIndex("financing.new.asked")
    let decided = try journey.fieldIndex("financing.new.decided")
    XCTAssertEqual(
      journey.state.form?.errors,
      [
        asked: "“12,3,4” is not an amount in euro (like 12.500,50)",
        decided: "“31-02” is not a date (use 2027-03-01, today, +3d, +2w or +1m)",
      ])
    XCTAssertEqual(journey.state.form?.focus, asked, "the cursor goes to the first invalid field")
    XCTAssertTrue(journey.screen.lines.joined().contains("“12,3,4” is not an amount in euro"), "the reason shows")
  }

  func testTheDomainsRulesAreShownBesideTheFieldTheyConcern() throws {
    var journey = try journey()
    journey.focus("financing.1.status")
    journey.press("→")  // granted, without an amount granted
    journey.fill("financing.3.decided", "2026-04-30")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.commits, [])
    let granted = try journey.fieldIndex("financing.1.granted")
    let decided = try journey.fieldIndex("financing.3.decided")
    XCTAssertEqual(
      journey.state.form?.errors,
      [
        granted: "a granted application needs the amount granted",
        decided: "2026-04-30 is before the submission on 2026-05-01",
      ])
    XCTAssertEqual(journey.state.form?.focus, granted)
    journey.fill("financing.1.granted", "25.000")
    journey.press("Ctrl-S")
    XCTAssertEqual(
      journey.state.form?.errors[granted], "€ 25.000,00 is more than the € 20.000,00 asked", "nothing half-valid")
    XCTAssertEqual(journey.commits, [])
  }

  func testANewSectionWithOnlyADateIsRefusedRatherThanDropped() throws {
    var journey = try journey()
    journey.fill("financing.new.submitted", "today")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.commits, [])
    let funder = try journey.fieldIndex("financing.new.funder")
    let asked = try journey.fieldIndex("financing.new.asked")
    XCTAssertEqual(journey.state.form?.errors, [funder: "Funder is required", asked: "Amount asked is required"])
  }

  func testSavingWithoutAChangeCommitsNothing() throws {
    var journey = try journey()
    journey.fill("financing.1.asked", "20000")  // the same amount, written otherwise
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.commits, [])
    XCTAssertEqual(journey.state.message?.text, "Nothing changed")
  }
}
