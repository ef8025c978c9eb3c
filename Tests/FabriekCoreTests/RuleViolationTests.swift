import XCTest

@testable import FabriekCore

/// The rules report every violation at once, each naming its field as a value; an operation
/// refuses with the first, in the same sentence as always.
final class RuleViolationTests: XCTestCase {
  func testEveryRuleAgainstAPersonIsReportedWithItsField() {
    var p = Person(id: PersonID(1), givenName: " ", familyName: "", email: "nope")
    p.languages = ["nl", "Vlaams", "x"]
    p.mentorCapacity = -1
    p.hoursBudget = -2
    p.expertise = ["", "zorg", "Zorg"]
    XCTAssertEqual(
      Rules.person(p),
      [
        RuleViolation(.name, .personNeedsName), RuleViolation(.email, .notAnEmail("nope")),
        RuleViolation(.languages, .notALanguageCode("Vlaams")), RuleViolation(.languages, .notALanguageCode("x")),
        RuleViolation(.mentorCapacity, .negative), RuleViolation(.hoursBudget, .negative),
        RuleViolation(.expertise, .emptyTag), RuleViolation(.expertise, .listedTwice("Zorg")),
      ])
    XCTAssertEqual(Rules.person(p).first?.description, "name: a person needs a given name or a family name.")
    XCTAssertEqual(Rules.person(Person(id: PersonID(1), givenName: "Noor", familyName: "")), [])
  }

  func testEveryRuleAgainstTheApplicationsIsReportedWithItsField() {
    let a = FinancingApplication(
      id: 1, kind: .pilot, funder: " ", asked: Euro(cents: -1), granted: nil, status: .granted,
      submitted: Day(daysSinceEpoch: 10), decided: Day(daysSinceEpoch: 9))
    let b = FinancingApplication(
      id: 1, kind: .pilot, funder: "VLAIO", asked: Euro(euros: 10), granted: Euro(euros: 20), status: .granted,
      decided: Day(daysSinceEpoch: 12))
    XCTAssertEqual(
      Rules.financing([a, b]),
      [
        RuleViolation(.applications, .applicationsShareID), RuleViolation(.funder, .noFunder),
        RuleViolation(.asked, .negative), RuleViolation(.granted, .noAmountGranted),
        RuleViolation(
          .decided, .decidedBeforeSubmitted(decided: Day(daysSinceEpoch: 9), submitted: Day(daysSinceEpoch: 10))),
        RuleViolation(.granted, .grantedMoreThanAsked(granted: Euro(euros: 20), asked: Euro(euros: 10))),
      ])
    XCTAssertEqual(
      Rules.financing([b]).map(\.description), ["amount granted: € 20,00 is more than the € 10,00 asked."])
  }

  func testADraftHasNoGrantAGrantHasADecisionDateAndNothingIsSubmittedInTheFuture() {
    let today = Day(daysSinceEpoch: 20_000)
    let draft = FinancingApplication(
      id: 1, kind: .pilot, funder: "VLAIO", asked: Euro(euros: 10), granted: Euro(euros: 5), status: .draft,
      submitted: today.adding(days: 3))
    XCTAssertEqual(
      Rules.financing([draft], today: today),
      [
        RuleViolation(.granted, .draftWithGrant), RuleViolation(.decided, .grantWithoutDecisionDate),
        RuleViolation(.submitted, .submittedInTheFuture(today.adding(days: 3))),
      ])
    XCTAssertEqual(Rules.financing([draft]).count, 2, "without today no date is in the future")
    var fine = draft
    fine.status = .granted
    fine.submitted = today
    fine.decided = today
    XCTAssertEqual(Rules.financing([fine], today: today), [])
  }

  func testAWholeIdeaIsCheckedFieldByFieldAndRefusedWithTheFirstReason() throws {
    let board = try TestBoards.small()
    var idea = Idea(id: IdeaID(50), title: "  ", stage: "nowhere", created: TestBoards.t0)
    idea.sdgs = [18, 3, 3]
    idea.readiness = 10
    idea.mentors = [PersonID(99)]
    idea.financing = [FinancingApplication(id: 1, kind: .pilot, funder: "", asked: .zero, status: .draft)]
    idea.scores = ["": ["beauty": 2]]
    let found = board.violations(wholeIdea: idea)
    XCTAssertEqual(
      found.map(\.field),
      [.title, .mentors, .sdgs, .sdgs, .readiness, .financing(.funder), .stage, .reviewer, .score(criterion: nil)])
    XCTAssertEqual(
      found.map(\.reason.text),
      [
        "an idea needs a title", "P-0099 is not a person on this board",
        "18 is not a Sustainable Development Goal (they are numbered 1 to 17)", "a goal is listed twice",
        "10 is outside 1 to 9", "say who the application goes to",
        "“nowhere” is not a stage of this board (incoming, idea-generation, enrichment, realisation, exited)",
        "scores need a reviewer's name", "“beauty” is not a criterion of this board's rubric",
      ])
    var copy = board
    XCTAssertThrowsError(try copy.apply(.addIdea(idea), by: "t", at: TestBoards.t0)) { error in
      XCTAssertEqual(error as? BoardError, .invalid(field: "title", reason: "an idea needs a title"))
      XCTAssertEqual((error as? BoardError)?.message, "title: an idea needs a title.")
    }
    XCTAssertEqual(copy, board, "nothing half-valid is applied")
  }

  func testEveryRuleAgainstASessionIsReportedWithItsField() throws {
    let board = try TestBoards.small()
    var s = Session(id: SessionID(9), kind: .coCreation, title: "", date: TestBoards.t0.day)
    s.participants = [PersonID(1), PersonID(1), PersonID(77)]
    s.agenda = [IdeaID(3), IdeaID(3), IdeaID(404)]
    s.votes = [DotVote(idea: IdeaID(404), participant: PersonID(78), dots: -1)]
    XCTAssertEqual(
      board.violations(session: s),
      [
        RuleViolation(.title, .sessionNeedsTitle), RuleViolation(.participants, .unknownPerson(PersonID(77))),
        RuleViolation(.participants, .personTwice), RuleViolation(.agenda, .unknownIdea(IdeaID(404))),
        RuleViolation(.agenda, .ideaOnAgendaTwice), RuleViolation(.votes, .unknownIdea(IdeaID(404))),
        RuleViolation(.votes, .fewerThanZeroDots), RuleViolation(.votes, .unknownPerson(PersonID(78))),
      ])
    XCTAssertThrowsError(try board.validate(session: s)) { error in
      XCTAssertEqual((error as? BoardError)?.message, "title: a session needs a title.")
    }
  }

  func testEachEditIsCheckedWithoutTheBoardExceptForThePeopleItNames() {
    XCTAssertEqual(
      Rules.idea(.tags(["a", String(repeating: "x", count: 41), "A"])).map(\.description),
      ["tags: “xxxxxxxxxxxxxxxxxxxx…” is longer than 40 characters.", "tags: “A” is there twice."])
    XCTAssertEqual(
      Rules.idea(.pitch(String(repeating: "p", count: 2_001))).map(\.description),
      ["pitch: keep it under 2000 characters (it has 2001)."])
    XCTAssertEqual(Rules.idea(.mentors([PersonID(99)])), [], "the board checks the people")
    XCTAssertEqual(Rules.note(" ").map(\.description), ["note: the note is empty."])
    XCTAssertEqual(
      Rules.idea(.exitPlan(ExitPlan(criteria: ""))).map(\.description),
      ["exit plan: say when support ends: the exit criteria cannot be empty."])
    XCTAssertEqual(
      Rules.idea(.indicators([Indicator(name: ""), Indicator(name: "ok"), Indicator(name: " ")])).count, 2)
  }

  func testTheFieldsOfAnApplicationAPersonAndASessionAreNamedByTheCatalogue() {
    XCTAssertEqual(
      [FinancingField.applications, .funder, .asked, .granted, .submitted, .decided].map(\.name),
      ["financing", "funder", "amount asked", "amount granted", "submission date", "decision date"])
    XCTAssertEqual(
      [PersonField.name, .givenName, .familyName, .email, .languages, .mentorCapacity, .hoursBudget, .expertise]
        .map(\.name),
      ["name", "given name", "family name", "e-mail", "languages", "mentor capacity", "hours budget", "tags"])
    XCTAssertEqual(
      [SessionField.title, .facilitator, .participants, .agenda, .votes].map(\.name),
      ["title", "facilitator", "participants", "agenda", "votes"])
    Language.$current.withValue(.nl) {
      XCTAssertEqual([FinancingField.applications.name, PersonField.expertise.name], ["financiering", "labels"])
    }
  }

  func testABlankOrTooLongBoardNameOrTemplateCriterionIsRefusedWithItsField() throws {
    let board = try TestBoards.small()
    let long = String(repeating: "x", count: Rules.maxTitle + 1)
    assertRefused(board, .renameBoard("  "), .invalid(field: "board name", reason: "a board needs a name"))
    assertRefused(
      board, .renameBoard(long),
      .invalid(field: "board name", reason: "keep it under 200 characters (it has 201)"))
    assertRefused(
      board, .setExitSettings(ExitSettings(templates: [.socialOnly: ["eigen vzw", " "]])),
      .invalid(field: "criteria template", reason: "a criterion needs a text"))
    assertRefused(
      board, .setExitSettings(ExitSettings(templates: [.socialOnly: [long]])),
      .invalid(field: "criteria template", reason: "keep it under 200 characters (it has 201)"))
  }
}
