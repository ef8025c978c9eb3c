import FabriekCore
import XCTest

@testable import FabriekUI

/// The forms and the detail in Dutch and French: every label fits its column whole, the date
/// fields read the Dutch and French words, and reasons and resolved values speak the language.
final class LocalizedFormTests: XCTestCase {
  private let today = Day(year: 2026, month: 11, day: 29)

  private func forms() throws -> [Form] {
    let board = try ScreenFixtures.board()
    let context = FormContext(board)
    let idea = try XCTUnwrap(board.ideas[IdeaID(7)])
    let person = try XCTUnwrap(board.people[PersonID(1)])
    return [
      .newIdea(context: context), .editIdea(idea, context: context), .enrichment(of: idea), .exitPlan(of: idea),
      .financing(of: idea), .indicators(of: idea), .note(on: idea),
      .person(person, id: person.id, context: context), .session(nil, today: try XCTUnwrap(today), context: context),
    ]
  }

  func testEveryFormLabelFitsItsColumnWholeInEveryLanguage() throws {
    for language in Language.allCases {
      try Language.$current.withValue(language) {
        for form in try forms() {
          for field in form.fields {
            let label = field.label + (field.isRequired ? " " + UIText.requiredMark : "")
            XCTAssertLessThanOrEqual(
              DisplayWidth.of(label), FormView.labelWidth - 1, "\(language) \(form.title): \(label)")
          }
        }
      }
    }
  }

  func testEveryDetailLabelFitsItsColumnWholeInEveryLanguage() {
    for language in Language.allCases {
      Language.$current.withValue(language) {
        let labels = [
          UIText.labelStage, UIText.labelOutcome, UIText.labelCreated, UIText.labelApplicant, UIText.labelOrigin,
          UIText.labelRegion, UIText.labelValueModel, UIText.labelSDGs, UIText.labelTags, UIText.labelScore,
          UIText.labelDecision, UIText.labelInnovators, UIText.labelCoach, UIText.labelMentors,
          UIText.labelReadiness, UIText.labelStatus, UIText.labelTargetDate, UIText.labelCriteria,
          UIText.labelExitOutcome,
        ]
        for label in labels { XCTAssertLessThanOrEqual(DisplayWidth.of(label), 13, "\(language): \(label)") }
      }
    }
  }

  func testDateFieldsReadTheDutchAndFrenchWordsInEveryLanguage() throws {
    let day = try XCTUnwrap(today)
    XCTAssertEqual(try FieldKinds.date("vandaag", today: day), day)
    XCTAssertEqual(try FieldKinds.date("Aujourd'hui", today: day), day)
    XCTAssertEqual(try FieldKinds.date("+3j", today: day), Day(year: 2026, month: 12, day: 2))
    XCTAssertEqual(try FieldKinds.date("+2s", today: day), Day(year: 2026, month: 12, day: 13))
    XCTAssertEqual(try FieldKinds.date("31/12/2027", today: day), Day(year: 2027, month: 12, day: 31))
  }

  func testResolvedValuesAndReasonsSpeakTheLanguage() throws {
    let day = try XCTUnwrap(today)
    try Language.$current.withValue(.nl) {
      XCTAssertEqual(FieldKinds.resolvedDate("+2w", today: day), "13 dec. 2026")
      XCTAssertThrowsError(try FieldKinds.date("straks", today: day)) { error in
        XCTAssertEqual((error as? FormProblem)?.reason, "“straks” is geen datum (zoals 31/12/2027, vandaag, +3d)")
      }
    }
    try Language.$current.withValue(.fr) {
      XCTAssertEqual(FieldKinds.resolvedDate("+3j", today: day), "2 déc. 2026")
      XCTAssertEqual(FieldKinds.resolvedAmount("12500,5"), "€ 12.500,50")
      XCTAssertThrowsError(try FieldKinds.amount("beaucoup")) { error in
        XCTAssertEqual((error as? FormProblem)?.reason, "« beaucoup » n'est pas un montant (par ex. 12.500,50)")
      }
    }
    XCTAssertEqual(FieldKinds.resolvedDate("+2w", today: day), "13 Dec 2026", "English dates the English way")
  }

  func testADateFieldIsPrefilledTheWayTheLanguageTypesIt() throws {
    let board = try ScreenFixtures.board()
    let session = Session(
      id: SessionID(1), kind: .coCreation, title: "Buurtgesprek", date: try XCTUnwrap(Day(year: 2026, month: 3, day: 4))
    )
    let context = FormContext(board)
    Language.$current.withValue(.fr) {
      XCTAssertEqual(Form.session(session, today: session.date, context: context).text("date"), "4/3/2026")
    }
    XCTAssertEqual(Form.session(session, today: session.date, context: context).text("date"), "2026-03-04")
  }
}
