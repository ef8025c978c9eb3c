import XCTest

@testable import FabriekCore

/// How a query is read: the tree it gives, and the exact error for each kind of bad query.
final class QueryParserTests: XCTestCase {
  private let board = Board(name: "Parser")

  private func parse(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> QueryNode? {
    do {
      return try IdeaQuery(parsing: text, board: board).root
    } catch {
      XCTFail("“\(text)” did not parse: \(error.message)", file: file, line: line)
      return nil
    }
  }

  private func error(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> QueryError? {
    do {
      _ = try IdeaQuery(parsing: text, board: board)
      XCTFail("“\(text)” parsed", file: file, line: line)
      return nil
    } catch {
      return error
    }
  }

  private func assertError(
    _ text: String, _ message: String, word: String, offset: Int, file: StaticString = #filePath, line: UInt = #line
  ) {
    guard let e = error(text, file: file, line: line) else { return }
    XCTAssertEqual(e.message, message, file: file, line: line)
    XCTAssertEqual(e.word, word, file: file, line: line)
    XCTAssertEqual(e.offset, offset, file: file, line: line)
  }

  func testWordsAreFoldedAndJoinedByAnd() {
    XCTAssertEqual(parse("Coop GENT"), .and([.word("coop"), .word("gent")]))
    XCTAssertEqual(parse("  Café  "), .word("cafe"))
    XCTAssertEqual(parse(""), .all)
    XCTAssertEqual(parse("   "), .all)
    XCTAssertEqual(try IdeaQuery(parsing: "", board: board).isEmpty, true)
  }

  func testQuotesKeepAPhraseAndAValueWithSpaces() {
    XCTAssertEqual(parse("\"coop gent\" x"), .and([.word("coop gent"), .word("x")]))
    XCTAssertEqual(parse("campaign:\"Oproep 2026\""), .test(.campaign(.value("oproep 2026"))))
    XCTAssertEqual(parse("-\"a b\""), .not(.word("a b")))
  }

  func testNegationOrAndParentheses() {
    XCTAssertEqual(parse("-gent"), .not(.word("gent")))
    XCTAssertEqual(parse("!gent"), .not(.word("gent")))
    XCTAssertEqual(parse("a b or c"), .or([.and([.word("a"), .word("b")]), .word("c")]))
    XCTAssertEqual(parse("a OR b Of c ou d"), .or([.word("a"), .word("b"), .word("c"), .word("d")]))
    XCTAssertEqual(parse("(a or b) c"), .and([.or([.word("a"), .word("b")]), .word("c")]))
    XCTAssertEqual(parse("-(a or b)"), .not(.or([.word("a"), .word("b")])))
    XCTAssertEqual(parse("-or"), .not(.word("or")), "a negated or is a word")
    XCTAssertEqual(parse("a-b 10:30"), .and([.word("a-b"), .word("10:30")]), "only a leading minus negates")
  }

  func testEveryField() {
    XCTAssertEqual(parse("stage:incoming"), .test(.stage([Stage.incoming])))
    XCTAssertEqual(parse("stage:any"), .test(.stage(nil)))
    XCTAssertEqual(parse("tag:Zorg"), .test(.tag(.value("zorg"))))
    XCTAssertEqual(parse("region:brussels"), .test(.region(.value(.brussels))))
    XCTAssertEqual(parse("kind:company"), .test(.kind(.value(.company))))
    XCTAssertEqual(parse("origin:walk-in"), .test(.origin(.value(.walkIn))))
    XCTAssertEqual(parse("campaign:najaar"), .test(.campaign(.value("najaar"))))
    XCTAssertEqual(parse("sdg:3"), .test(.sdg(.value(3))))
    XCTAssertEqual(parse("coach:me"), .test(.person(.coach, .value(.me))))
    XCTAssertEqual(parse("mentor:Jérôme"), .test(.person(.mentor, .value(.text("jerome")))))
    XCTAssertEqual(parse("innovator:any"), .test(.person(.innovator, .any)))
    XCTAssertEqual(parse("reviewer:none"), .test(.reviewer(.none)))
    XCTAssertEqual(parse("session:S-0001"), .test(.session(.value("s-0001"))))
    XCTAssertEqual(parse("exit:none"), .test(.exit(.none)))
    XCTAssertEqual(parse("exit:draft"), .test(.exit(.value(.draft))))
    XCTAssertEqual(parse("exit:agreed"), .test(.exit(.value(.agreed))))
    XCTAssertEqual(parse("exit:done"), .test(.exit(.value(.completed))))
    XCTAssertEqual(parse("financing:submitted"), .test(.financing(.value(.submitted))))
    XCTAssertEqual(parse("financing:granted"), .test(.financing(.value(.granted))))
    XCTAssertEqual(parse("financing:refused"), .test(.financing(.value(.rejected))))
    XCTAssertEqual(parse("outcome:declined"), .test(.outcome(.value(.declined))))
    XCTAssertEqual(parse("outcome:parked"), .test(.outcome(.value(.parked))))
    XCTAssertEqual(parse("is:stale"), .test(.condition(.stale)))
    XCTAssertEqual(parse("is:duplicate"), .test(.condition(.duplicate)))
    XCTAssertEqual(parse("is:due"), .test(.condition(.due)))
  }

  func testComparisons() {
    func c(_ m: QueryMeasure, _ r: QueryRelation, _ v: Double) -> QueryNode {
      .test(.measure(m, .value(.init(relation: r, value: v))))
    }
    XCTAssertEqual(parse("score>3.5"), c(.score, .greater, 3.5))
    XCTAssertEqual(parse("score>3,5"), c(.score, .greater, 3.5))
    XCTAssertEqual(parse("spread>=2"), c(.spread, .greaterOrEqual, 2))
    XCTAssertEqual(parse("age>30d"), c(.age, .greater, 30))
    XCTAssertEqual(parse("age<=2w"), c(.age, .lessOrEqual, 14))
    XCTAssertEqual(parse("created<2026-01-01"), c(.created, .less, Double(Day(iso: "2026-01-01")!.daysSinceEpoch)))
    XCTAssertEqual(parse("created=31/12/2025"), c(.created, .equal, Double(Day(iso: "2025-12-31")!.daysSinceEpoch)))
    XCTAssertEqual(parse("readiness>=5"), c(.readiness, .greaterOrEqual, 5))
    XCTAssertEqual(parse("votes>0"), c(.votes, .greater, 0))
    XCTAssertEqual(parse("asked>10000"), c(.asked, .greater, 10_000))
    XCTAssertEqual(parse("asked>10.000"), c(.asked, .greater, 10_000))
    XCTAssertEqual(parse("asked<=€12.500,50"), c(.asked, .lessOrEqual, 12_500.5))
    XCTAssertEqual(parse("score:4"), c(.score, .equal, 4))
    XCTAssertEqual(parse("granted:none"), .test(.measure(.granted, .none)))
    XCTAssertEqual(parse("score:any"), .test(.measure(.score, .any)))
  }

  func testPrefixesAndDutchAndFrenchNames() {
    XCTAssertEqual(parse("sta:inc"), .test(.stage([Stage.incoming])), "sta is stage only: stemmen begins ste")
    XCTAssertEqual(parse("fase:verrijking"), .test(.stage([Stage.enrichment])))
    XCTAssertEqual(parse("phase:réal"), .test(.stage([Stage.realisation])))
    XCTAssertEqual(parse("regio:oost"), .test(.region(.value(.eastFlanders))))
    XCTAssertEqual(parse("région:\"Brabant flamand\""), .test(.region(.value(.flemishBrabant))))
    XCTAssertEqual(parse("label:geen"), .test(.tag(.none)))
    XCTAssertEqual(parse("étiquette:aucune"), .test(.tag(.none)))
    XCTAssertEqual(parse("coach:ik"), .test(.person(.coach, .value(.me))))
    XCTAssertEqual(parse("coach:moi"), .test(.person(.coach, .value(.me))))
    XCTAssertEqual(parse("mentor:wel"), .test(.person(.mentor, .any)))
    XCTAssertEqual(parse("porteur:tout"), .test(.person(.innovator, .any)))
    XCTAssertEqual(parse("beoordelaar:mij"), .test(.reviewer(.value(.me))))
    XCTAssertEqual(parse("sessie:gent"), .test(.session(.value("gent"))))
    XCTAssertEqual(parse("odd:13"), .test(.sdg(.value(13))))
    XCTAssertEqual(parse("exitplan:afgesproken"), .test(.exit(.value(.agreed))))
    XCTAssertEqual(parse("sortie:convenu"), .test(.exit(.value(.agreed))))
    XCTAssertEqual(parse("financiering:ingediend"), .test(.financing(.value(.submitted))))
    XCTAssertEqual(parse("financement:soumis"), .test(.financing(.value(.submitted))))
    XCTAssertEqual(parse("uitkomst:afgewezen"), .test(.outcome(.value(.declined))))
    XCTAssertEqual(parse("issue:en-attente"), .test(.outcome(.value(.parked))))
    XCTAssertEqual(parse("est:souffrance"), .test(.condition(.stale)))
    XCTAssertEqual(parse("is:dub"), .test(.condition(.duplicate)))
    XCTAssertEqual(parse("ment:me"), .test(.person(.mentor, .value(.me))))
    XCTAssertEqual(parse("fin:gra"), .test(.financing(.value(.granted))))
    XCTAssertEqual(parse("écart>1"), .test(.measure(.spread, .value(.init(relation: .greater, value: 1)))))
    XCTAssertEqual(parse("STAGE:INCOMING"), .test(.stage([Stage.incoming])))
  }

  func testOutcomeDecidesWhetherTheQueryCoversDeclinedAndParkedIdeas() throws {
    XCTAssertFalse(try IdeaQuery(parsing: "stage:incoming", board: board).coversOutcomes)
    XCTAssertTrue(try IdeaQuery(parsing: "outcome:declined", board: board).coversOutcomes)
    XCTAssertTrue(try IdeaQuery(parsing: "a or -(b outcome:parked)", board: board).coversOutcomes)
  }

  func testEachKindOfBadQuerySaysWhichWordAndWhy() {
    assertError(
      "gent colour:red", "“colour:red”: there is no field “colour”; the fields are stage, tag, region, kind, origin, "
        + "campaign, sdg, coach, mentor, innovator, reviewer, session, score, spread, age, created, readiness, "
        + "votes, asked, granted, exit, financing, outcome or is.", word: "colour:red", offset: 5)
    assertError(
      "s:x", "“s:x”: “s” could be stage, kind, origin, sdg, session, score, spread, votes or exit; type more of the name.",
      word: "s:x", offset: 0)
    assertError("st:x", "“st:x”: “st” could be stage or votes; type more of the name.", word: "st:x", offset: 0)
    assertError("stage:", "“stage:”: stage needs a value (or none, or any).", word: "stage:", offset: 0)
    assertError(
      "region:mars", "“region:mars”: region cannot be “mars”; choose brussels, antwerp, limburg, east-flanders, "
        + "flemish-brabant, west-flanders or other.", word: "region:mars", offset: 0)
    assertError(
      "stage:e", "“stage:e”: “e” could be Incoming, Enrichment or Exited; type more of it.", word: "stage:e", offset: 0)
    assertError("score>high", "“score>high”: score takes a number, not “high”.", word: "score>high", offset: 0)
    assertError("age>old", "“age>old”: age takes a number, not “old”.", word: "age>old", offset: 0)
    assertError(
      "created<yesterday", "“created<yesterday”: “yesterday” is not a date; type 2026-01-01 or 01/01/2026.",
      word: "created<yesterday", offset: 0)
    assertError("sdg:18", "“sdg:18”: sdg goes from 1 to 17.", word: "sdg:18", offset: 0)
    assertError("-tag>3", "“-tag>3”: tag takes a value after a colon, not a comparison.", word: "-tag>3", offset: 0)
    assertError("stage:none", "“stage:none”: stage cannot be “none”; give one of its values.", word: "stage:none", offset: 0)
    assertError("is:any", "“is:any”: is cannot be “any”; give one of its values.", word: "is:any", offset: 0)
    assertError("a \"coop gent", "“\"coop gent”: the quote is not closed.", word: "\"coop gent", offset: 2)
    assertError("(a or b", "“(”: this parenthesis has no partner.", word: "(", offset: 0)
    assertError("a)", "“)”: this parenthesis has no partner.", word: ")", offset: 1)
    assertError("x ()", "“()”: there is nothing between the parentheses.", word: "()", offset: 2)
    assertError("a or", "“or”: it needs a term on both sides.", word: "or", offset: 2)
    assertError("or a", "“or”: it needs a term on both sides.", word: "or", offset: 0)
    assertError("a or or b", "“or”: it needs a term on both sides.", word: "or", offset: 2)
    assertError("a -", "“-”: a minus needs a term right after it.", word: "-", offset: 2)
    assertError(
      "kind:soc", "“kind:soc”: “soc” could be civil-society, social-enterprise or company; type more of it.",
      word: "kind:soc", offset: 0)
  }

  func testErrorsSpeakTheCurrentLanguage() {
    Language.$current.withValue(.nl) {
      assertError(
        "region:mars", "“region:mars”: regio kan niet “mars” zijn; kies brussel, antwerpen, limburg, oost-vlaanderen, "
          + "vlaams-brabant, west-vlaanderen of ander.", word: "region:mars", offset: 0)
      assertError("fase:", "“fase:”: fase heeft een waarde nodig (of geen, of wel).", word: "fase:", offset: 0)
    }
    Language.$current.withValue(.fr) {
      assertError(
        "stage:e", "« stage:e » : « e » peut être Entrant, Enrichissement ou Sorti ; tapez-en davantage.",
        word: "stage:e", offset: 0)
      assertError("score>haut", "« score>haut » : score demande un nombre, pas « haut ».", word: "score>haut", offset: 0)
    }
  }
}
