import FabriekCore
import FabriekUI
import XCTest

/// The screen fixtures' Energiecoöperatie Kortrijk (I-0007) with two enrichment modules (out
/// of the kinds' order), two financing applications (ids 1 and 3) and two indicators.
enum IdeaPartFixtures {
  static let id = IdeaID(7)

  static let modules = [
    EnrichmentModule(kind: .financials, status: .inProgress, notes: "Businessplan in opmaak."),
    EnrichmentModule(kind: .impactMeasurement, status: .done, notes: "SROI-meting klaar."),
  ]

  static let vlaio = FinancingApplication(
    id: 1, kind: .feasibilityStudy, funder: "VLAIO", asked: Euro(euros: 20_000), status: .submitted,
    submitted: Day(iso: "2026-09-15"))
  static let provincie = FinancingApplication(
    id: 3, kind: .pilot, funder: "Provincie West-Vlaanderen", asked: Euro(euros: 15_000),
    granted: Euro(euros: 12_000), status: .granted, submitted: Day(iso: "2026-05-01"), decided: Day(iso: "2026-07-01"))

  static let households = Indicator(name: "Gezinnen met lagere factuur", unit: "gezinnen", baseline: 0, target: 250)
  static let carbon = Indicator(name: "CO₂ bespaard", unit: "ton", baseline: 0, target: 12.5, current: 3.75)

  /// The form's section headings, in order.
  static func sections(of form: Form) -> [String] {
    var seen: Set<String> = []
    return form.fields.map(\.section).filter { seen.insert($0).inserted }
  }

  static func state(width: Int = 80, height: Int = 24) throws -> AppState {
    var board = try ScreenFixtures.board()
    try board.apply(
      .editIdea(id, [.enrichment(modules), .financing([vlaio, provincie]), .indicators([households, carbon])]),
      by: ScreenFixtures.author, at: ScreenFixtures.day(-1))
    return AppState(
      board: board, file: "/home/coach/.local/share/fabriek/board.json", width: width, height: height,
      now: ScreenFixtures.now)
  }
}

extension Journey {
  /// `:go CODE` and Enter: the idea's detail.
  mutating func openDetail(_ id: IdeaID, file: StaticString = #filePath, line: UInt = #line) {
    press(":")
    type("go \(id.code)")
    press("Enter")
    if state.detail == nil { press("Enter") }
    XCTAssertEqual(state.detail?.id, id, "the detail of \(id.code)", file: file, line: line)
  }

  /// Tab until the field with this key has the focus.
  mutating func focus(_ key: String, file: StaticString = #filePath, line: UInt = #line) {
    for _ in 0..<(state.form?.fields.count ?? 0) where state.form?.focusedField?.key != key { press("Tab") }
    XCTAssertEqual(state.form?.focusedField?.key, key, file: file, line: line)
  }

  /// Focuses the field, clears it and types the text.
  mutating func fill(_ key: String, _ text: String, file: StaticString = #filePath, line: UInt = #line) {
    focus(key, file: file, line: line)
    press("Ctrl-U")
    type(text)
  }
}
