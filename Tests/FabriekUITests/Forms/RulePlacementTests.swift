import FabriekCore
import XCTest

@testable import FabriekUI

/// Every reason the domain's rules give is placed beside the field it names, all at once.
final class RulePlacementTests: XCTestCase {
  private func set(_ key: String, _ text: String, in form: inout Form) throws {
    let i = try XCTUnwrap(form.fields.firstIndex { $0.key == key }, key)
    form.fields[i].value = .text(.init(text))
  }

  func testTwoRulesAgainstOneApplicationAreBothShownWithTheCursorOnTheFirst() throws {
    let idea = Idea(id: IdeaID(1), title: "Repair café", created: Timestamp(seconds: 0))
    var form = Form.financing(of: idea)
    try set("financing.new.funder", "VLAIO", in: &form)
    try set("financing.new.asked", "1000", in: &form)
    try set("financing.new.submitted", "2026-05-01", in: &form)
    try set("financing.new.decided", "2026-04-30", in: &form)
    let status = try XCTUnwrap(form.fields.firstIndex { $0.key == "financing.new.status" })
    form.fields[status].value = .choice(
      options: FinancingStatus.allCases.map(\.rawValue),
      selected: try XCTUnwrap(FinancingStatus.allCases.firstIndex(of: .granted)))
    let result = form.financingValue(for: idea, today: Day(daysSinceEpoch: 0))
    XCTAssertEqual(
      result.problems,
      [
        "financing.new.granted": "a granted application needs the amount granted",
        "financing.new.decided": "2026-04-30 is before the submission on 2026-05-01",
      ])
    XCTAssertFalse(form.validate(result.problems))
    XCTAssertEqual(form.errors.count, 2)
    XCTAssertEqual(form.focusedField?.key, "financing.new.granted", "the first in the form's order")
  }

  func testEveryFieldTheRulesCanNameHasAPlaceInItsForm() {
    let person = Form.person(nil, id: PersonID(1), context: FormContext(Board(name: "B")))
    for field in [PersonField.name, .givenName, .familyName, .email, .languages, .mentorCapacity, .hoursBudget, .expertise] {
      XCTAssertNotNil(person.field(Form.key(of: field)), "\(field)")
    }
    let session = Form.session(nil, today: Day(daysSinceEpoch: 0), context: FormContext(Board(name: "B")))
    for field in [SessionField.title, .facilitator, .participants, .agenda, .votes] {
      XCTAssertNotNil(session.field(Form.key(of: field)), "\(field)")
    }
    let keys = FinancingKeys(id: nil)
    XCTAssertEqual(
      [FinancingField.applications, .funder, .asked, .granted, .decided].map(keys.key(of:)),
      [keys.funder, keys.funder, keys.asked, keys.granted, keys.decided])
  }

  func testEveryRuleAgainstASessionIsPlacedAtOnce() throws {
    var board = Board(name: "B")
    try board.apply(
      .addIdea(Idea(id: IdeaID(1), title: "Repair café", created: Timestamp(seconds: 0))), by: "t",
      at: Timestamp(seconds: 0))
    let state = AppState(board: board, file: "/tmp/b.json", width: 80, height: 24, now: Timestamp(seconds: 0))
    var s = Session(id: SessionID(1), kind: .coCreation, title: " ", date: Day(daysSinceEpoch: 0))
    s.participants = [PersonID(5), PersonID(6)]
    s.agenda = [IdeaID(1), IdeaID(1)]
    XCTAssertEqual(
      state.sessionRuleProblems(s, new: [PersonID(6)]),
      [
        "title": "a session needs a title", "participants": "P-0005 is not a person on this board",
        "agenda": "an idea is on the agenda twice",
      ], "a person made in the same save is not refused")
  }
}
