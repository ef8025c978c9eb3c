import FabriekCore
import FabriekUI
import XCTest

/// The indicators form (`I`): a section per indicator and one for a new indicator; numbers
/// with a decimal comma or point; one `.indicators` edit.
final class IndicatorsFormTests: XCTestCase {
  private let id = IdeaPartFixtures.id
  private let households = IdeaPartFixtures.households
  private let carbon = IdeaPartFixtures.carbon

  private func journey() throws -> Journey {
    var journey = Journey(try IdeaPartFixtures.state())
    journey.openDetail(id)
    journey.press("I")
    XCTAssertEqual(journey.state.form?.kind, .indicators(id))
    return journey
  }

  func testTheFormIsPrefilledWithASectionPerIndicatorAndANewOne() throws {
    let form = try XCTUnwrap(try journey().state.form)
    XCTAssertEqual(form.title, "Indicators of I-0007")
    XCTAssertEqual(
      IdeaPartFixtures.sections(of: form),
      ["Indicator 1: Gezinnen met lagere factuur", "Indicator 2: CO₂ bespaard", "New indicator"])
    XCTAssertEqual(
      form.fields.map(\.display),
      [
        "Gezinnen met lagere factuur", "gezinnen", "0", "250", "", "CO₂ bespaard", "ton", "0", "12.5", "3.75", "", "",
        "", "", "",
      ])
    XCTAssertEqual(form.fields.filter { $0.format == .number }.count, 9)
  }

  func testANewIndicatorWithADecimalCommaIsAddedAndAnEditKeepsTheOthers() throws {
    var journey = try journey()
    journey.fill("indicator.0.current", "40")
    journey.fill("indicator.new.name", "Vrijwilligers")
    journey.fill("indicator.new.target", "12,5")
    journey.fill("indicator.new.current", " -0.25 ")
    journey.press("Ctrl-S")
    var updated = households
    updated.current = 40
    XCTAssertEqual(
      journey.commits,
      [.editIdea(id, [.indicators([updated, carbon, Indicator(name: "Vrijwilligers", target: 12.5, current: -0.25)])])])
  }

  func testClearingANameRemovesTheIndicator() throws {
    var journey = try journey()
    journey.fill("indicator.0.name", "")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.commits, [.editIdea(id, [.indicators([carbon])])])
  }

  func testAnUnreadableNumberIsRefusedBesideTheFieldWithTheCursorOnIt() throws {
    var journey = try journey()
    journey.fill("indicator.1.baseline", "abc")
    journey.fill("indicator.1.current", "1.234,5")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.commits, [])
    let baseline = try journey.fieldIndex("indicator.1.baseline")
    let current = try journey.fieldIndex("indicator.1.current")
    XCTAssertEqual(
      journey.state.form?.errors,
      [
        baseline: "“abc” is not a number (like 12,5 or 12.5)",
        current: "“1.234,5” is not a number (like 12,5 or 12.5)",
      ])
    XCTAssertEqual(journey.state.form?.focus, baseline)
    XCTAssertTrue(journey.screen.lines.joined().contains("“abc” is not a number (like 12,5 or 12.5)"))
  }

  func testANewSectionWithValuesButNoNameIsRefusedAndAnEmptyOneIsLeftOut() throws {
    var journey = try journey()
    journey.fill("indicator.new.target", "10")
    journey.press("Ctrl-S")
    let name = try journey.fieldIndex("indicator.new.name")
    XCTAssertEqual(journey.state.form?.errors, [name: "Name is required"])
    journey.fill("indicator.new.target", "")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.commits, [])
    XCTAssertEqual(journey.state.message?.text, "Nothing changed")
  }
}
