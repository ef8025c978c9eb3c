import FabriekCore
import XCTest

@testable import FabriekUI

/// The person and session forms' parts: every reason of `Rules.person` by field, idea codes
/// read and resolved, a month added to an early day of the month.
final class PersonFormTests: XCTestCase {
  func testAMonthFromTheFirstOfTheMonthIsTheFirstOfTheNext() throws {
    let first = try XCTUnwrap(Day(year: 2026, month: 11, day: 1))
    XCTAssertEqual(try FieldKinds.date("+1m", today: first), Day(year: 2026, month: 12, day: 1))
    XCTAssertEqual(try FieldKinds.date("+3m", today: first), Day(year: 2027, month: 2, day: 1))
    let thirtyFirst = try XCTUnwrap(Day(year: 2027, month: 1, day: 31))
    XCTAssertEqual(try FieldKinds.date("+1m", today: thirtyFirst), Day(year: 2027, month: 2, day: 28))
  }

  func testAQueryAsLongAsANameIsMatchedWithoutCrashing() {
    let directory = PeopleDirectory([Person(id: PersonID(1), givenName: "Mathéo", familyName: "Café")])
    XCTAssertEqual(directory.matches("Noor Haddad", limit: 5).map(\.id), [], "11 letters against 11")
    XCTAssertEqual(directory.matches("matheo cafe", limit: 5).map(\.id), [PersonID(1)])
  }

  func testEveryRuleAgainstAPersonIsFoundByItsField() {
    var person = Person(id: PersonID(1), givenName: "", familyName: "", email: "nope")
    person.languages = ["nl", "Vlaams"]
    person.mentorCapacity = -2
    person.expertise = ["zorg", "Zorg"]
    XCTAssertEqual(
      Form.ruleProblems(person),
      [
        "givenName": "a person needs a given name or a family name",
        "email": "“nope” is not an e-mail address like naam@voorbeeld.be",
        "languages": "“Vlaams” is not a language code like nl, fr or en",
        "mentorCapacity": "it cannot be negative",
        "expertise": "“Zorg” is there twice",
      ])
    XCTAssertEqual(Form.ruleProblems(Person(id: PersonID(1), givenName: "Noor", familyName: "")), [:])
  }

  func testIdeaCodesAreReadInOrderAndShownAsTitles() throws {
    XCTAssertEqual(try FieldKinds.ideaCodes("I-0001, i-42 7"), [IdeaID(1), IdeaID(42), IdeaID(7)])
    XCTAssertEqual(try FieldKinds.ideaCodes("  "), [])
    XCTAssertThrowsError(try FieldKinds.ideaCodes("I-0001, buurt")) { error in
      XCTAssertEqual((error as? FormProblem)?.reason, "“buurt” is not an idea code like I-0042")
    }
    let titles = [IdeaID(1): "Repair café Gent"]
    XCTAssertEqual(
      FieldKinds.resolvedIdeas("I-0001, I-0999", title: { titles[$0] }), "Repair café Gent · I-0999 ?")
    XCTAssertNil(FieldKinds.resolvedIdeas("", title: { titles[$0] }))
  }
}
