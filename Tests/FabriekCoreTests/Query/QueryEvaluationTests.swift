import XCTest

@testable import FabriekCore

/// Each query against `QueryBoards.board()`, with the codes it must give, in board order (the
/// columns stage by stage, then declined and parked ideas by code), worked out by hand.
final class QueryEvaluationTests: XCTestCase {
  private var board: Board!

  override func setUpWithError() throws {
    board = try QueryBoards.board()
  }

  private func codes(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [Int] {
    do {
      let query = try IdeaQuery(parsing: text, board: board)
      return query.matches(in: board, user: QueryBoards.user, now: QueryBoards.now).map(\.rawValue)
    } catch {
      XCTFail("“\(text)” did not parse: \(error.message)", file: file, line: line)
      return []
    }
  }

  private func check(_ expected: [String: [Int]], file: StaticString = #filePath, line: UInt = #line) {
    for (query, want) in expected.sorted(by: { $0.key < $1.key }) {
      XCTAssertEqual(codes(query, file: file, line: line), want, "query “\(query)”", file: file, line: line)
    }
  }

  func testAnEmptyQueryGivesTheBoardInColumnOrderWithoutDeclinedOrParkedIdeas() {
    XCTAssertEqual(codes(""), [1, 2, 13, 3, 4, 5, 6, 7, 8])
  }

  func testFreeWordsMustAllMatchSomewhereInAnyOrderWithoutCaseOrAccents() {
    check([
      // Sofie's organisation is Buurtwerk Gent; I-0003's title says Gent.
      "gent": [1, 2, 13, 3],
      // I-0002's description (coopérative), I-0003's note (Coop met de bib).
      "coop gent": [2, 3],
      "gent coop": [2, 3],
      "CAFE": [2, 3, 8],
      "i-0004": [4],
      "zoe": [5],
      "voeding": [1],
      "coop gent molenbeek": [2],
      "nothing-like-this": [],
    ])
  }

  func testQuotesKeepAPhraseTogether() {
    check(["\"repair cafe\"": [3], "\"cafe repair\"": [], "\"voor senioren\"": [1, 13]])
  }

  func testNegationOrAndParentheses() {
    check([
      "-gent": [4, 5, 6, 7, 8],
      "!gent": [4, 5, 6, 7, 8],
      "-stage:incoming": [3, 4, 5, 6, 7, 8],
      "stage:exited or stage:idea": [3, 8],
      "(stage:incoming or stage:exited) -tag:zorg": [2, 13, 8],
      "-(stage:incoming or stage:enrichment)": [3, 6, 7, 8],
      "coach:me or mentor:me": [3, 4, 6],
      "tag:circ stage:realisation or tag:taal": [7, 8],
    ])
  }

  func testStageTagRegionKindOriginCampaignAndSdg() {
    check([
      "stage:incoming": [1, 2, 13],
      "stage:enr": [4, 5],
      "stage:any": [1, 2, 13, 3, 4, 5, 6, 7, 8],
      "tag:zorg": [1],
      "tag:circ": [3, 7],
      "tag:none": [2, 13],
      "tag:any": [1, 3, 4, 5, 6, 7, 8],
      "region:brussels": [2],
      "region:east": [1, 3],
      "region:none": [13, 7, 8],
      "kind:company": [4],
      "kind:civil": [1],
      "kind:any": [1, 2, 4],
      "origin:website": [2],
      "origin:idea": [1, 3],
      "origin:none": [13, 4, 5, 6, 7, 8],
      "campaign:najaar": [1, 3],
      "campaign:\"oproep 2025\"": [1, 3],
      "campaign:voorjaar": [],
      "campaign:none": [2, 13, 4, 5, 6, 7, 8],
      "sdg:3": [1],
      "sdg:any": [1],
      "sdg:none": [2, 13, 3, 4, 5, 6, 7, 8],
    ])
  }

  func testPeopleFieldsAndMe() {
    check([
      "coach:me": [3, 4],
      "coach:noor": [3, 4],
      "coach:none": [1, 2, 13, 5, 6, 7, 8],
      "mentor:me": [6],
      "mentor:zoe": [5],
      "mentor:jerome": [5],
      "mentor:none stage:enrichment": [4],
      "innovator:sofie": [1, 2, 13],
      "innovator:sofie@example.be": [1, 2, 13],
      "innovator:p-0001": [1, 2, 13],
      "innovator:none": [3, 4, 5, 6, 7, 8],
      "reviewer:me": [1, 3],
      "reviewer:jer": [3],
      "reviewer:none": [2, 13, 4, 5, 6, 7, 8],
      "session:co-creatie": [3, 4],
      "session:s-0001": [3, 4],
      "session:none": [1, 2, 13, 5, 6, 7, 8],
    ])
  }

  func testComparisons() {
    check([
      "score>3.5": [1, 3],
      "score>4": [],
      "score>=4": [1, 3],
      "score:4": [1, 3],
      "score:none": [2, 13, 4, 5, 6, 7, 8],
      "score:any": [1, 3],
      "spread>=2": [3],
      "spread:none": [1, 2, 13, 4, 5, 6, 7, 8],
      "age>30d": [2, 4, 5, 6, 8],
      "age>30": [2, 4, 5, 6, 8],
      "age<1w": [13],
      "age>=151d": [4, 6, 8],
      "created<2026-01-01": [2],
      "created<01/01/2026": [2],
      "created>=2026-03-02": [1, 13, 3, 4, 5, 6, 7, 8],
      "readiness>=5": [5],
      "readiness:none": [1, 2, 13, 3, 6, 7, 8],
      "votes>0": [3, 4],
      "votes>=3": [3],
      "votes:none": [1, 2, 13, 5, 6, 7, 8],
      "asked>10000": [6],
      "asked>=10.000": [5, 6],
      "asked<€6.000": [7],
      "asked:none": [1, 2, 13, 3, 4, 8],
      "granted:none": [1, 2, 13, 3, 4, 6, 7, 8],
      "granted>0": [5],
      "granted:any": [5],
    ])
  }

  func testStates() {
    check([
      "exit:none": [1, 2, 13, 3, 4, 5, 6],
      "exit:draft": [],
      "exit:agreed": [7],
      "exit:done": [8],
      "stage:realisation exit:none": [6],
      "financing:submitted": [6],
      "financing:granted": [5],
      "financing:refused": [7],
      "financing:none": [1, 2, 13, 3, 4, 8],
      "is:stale": [2, 4, 6],
      "is:duplicate": [1, 13],
      "stage:incoming score:none": [2, 13],
    ])
  }

  func testOutcomeWidensTheQueryToDeclinedAndParkedIdeas() {
    check([
      "outcome:declined": [9, 10],
      "outcome:parked": [11, 12],
      "outcome:parked is:due": [11],
      "outcome:any": [9, 10, 11, 12],
      "outcome:none": [1, 2, 13, 3, 4, 5, 6, 7, 8],
      "is:duplicate (outcome:declined or outcome:none)": [1, 13, 10],
      "buurtrestaurant": [1, 13],
      "buurtrestaurant outcome:any": [10],
      "-outcome:declined": [1, 2, 13, 3, 4, 5, 6, 7, 8, 11, 12],
    ])
  }

  func testDutchAndFrenchNamesOfFieldsAndValues() {
    check([
      "fase:verrijking": [4, 5],
      "fase:binnen": [1, 2, 13],
      "phase:réalisation": [6, 7],
      "phase:entrant": [1, 2, 13],
      "regio:antwerpen": [4],
      "région:anvers": [4],
      "region:oost-vlaanderen": [1, 3],
      "porteur:sofie": [1, 2, 13],
      "évaluateur:moi": [1, 3],
      "beoordelaar:ik": [1, 3],
      "coach:ik": [3, 4],
      "mentor:geen fase:verrijking": [4],
      "label:zorg": [1],
      "étiquette:aucun": [2, 13],
      "exitplan:klaar": [8],
      "sortie:terminé": [8],
      "financiering:geweigerd": [7],
      "financement:accordé": [5],
      "uitkomst:geparkeerd": [11, 12],
      "issue:refusée": [9, 10],
      "is:stilliggend": [2, 4, 6],
      "est:doublon": [1, 13],
      "stemmen>0": [3, 4],
      "gevraagd>10000": [6],
      "toegekend:geen": [1, 2, 13, 3, 4, 6, 7, 8],
      "oproep:najaar": [1, 3],
      "soort:bedrijf": [4],
      "herkomst:website": [2],
      "rijpheid>=5": [5],
      "leeftijd>30d": [2, 4, 5, 6, 8],
      "âge>30j": [2, 4, 5, 6, 8],
      "stage:incoming of stage:exited": [1, 2, 13, 8],
      "stage:incoming ou stage:exited": [1, 2, 13, 8],
    ])
  }

  func testUnambiguousPrefixesOfFieldsAndValues() {
    check([
      "reg:limb": [5],
      "fin:sub": [6],
      "ment:me": [6],
      "sta:real": [6, 7],
      "ex:agr": [7],
      "outc:park": [11, 12],
      "read>=5": [5],
      "cre<2026-01-01": [2],
    ])
  }

  func testTheIndexFollowsTheBoardThroughOperations() throws {
    var index = QueryIndex(board: board)
    let query = try IdeaQuery(parsing: "coop", board: board)
    XCTAssertEqual(index.matches(query, in: board, user: "noor", now: QueryBoards.now).map(\.rawValue), [2, 3])
    try board.apply(.editIdea(IdeaID(4), [.title("Coop digital skills")]), by: "test", at: QueryBoards.now)
    try board.apply(
      .editPerson(
        {
          var p = board.people[PersonID(4)]!
          p.organisation = "Coöperatie Leuven"
          return p
        }()), by: "test", at: QueryBoards.now)
    index.update(for: board)
    // I-0005 has Zoë as mentor; her organisation now says Coöperatie.
    XCTAssertEqual(index.matches(query, in: board, user: "noor", now: QueryBoards.now).map(\.rawValue), [2, 3, 4, 5])
    let votes = try IdeaQuery(parsing: "votes>0", board: board)
    try board.apply(.vote(SessionID(1), IdeaID(5), participant: nil, dots: 2), by: "test", at: QueryBoards.now)
    index.update(for: board)
    XCTAssertEqual(index.matches(votes, in: board, user: "noor", now: QueryBoards.now).map(\.rawValue), [3, 4, 5])
  }
}

final class QueryNarrowingTests: XCTestCase {
  private let board = Board(name: "Narrowing")

  private func narrows(_ new: String, _ old: String) throws -> Bool {
    try IdeaQuery(parsing: new, board: board).narrows(IdeaQuery(parsing: old, board: board))
  }

  func testAGrownWordOrAnAddedTermNarrowsAnythingElseLooksAgain() throws {
    XCTAssertTrue(try narrows("coop", "coo"))
    XCTAssertTrue(try narrows("coop gent", "coop"))
    XCTAssertTrue(try narrows("coop stage:incoming", "coop"))
    XCTAssertTrue(try narrows("coop", ""))
    XCTAssertFalse(try narrows("coo", "coop"))
    XCTAssertFalse(try narrows("coop -gent", "coop"))
    XCTAssertFalse(try narrows("coop or gent", "coop"))
    XCTAssertFalse(try narrows("tag:zorgen", "tag:zorg"), "a grown value is another test: looked at again")
    XCTAssertTrue(try narrows("stage:exited", "stage:ex"), "the same stage")
    XCTAssertFalse(try narrows("coop outcome:any", "coop"))
  }

  func testNarrowedResultsAreTheSameAsAFullLook() throws {
    let board = try QueryBoards.board()
    var index = QueryIndex(board: board)
    var previous: (query: IdeaQuery, matches: [IdeaID])?
    for typed in ["b", "bu", "buu", "buurt", "buurt ", "buurt s", "buurt stage:inc", "buurt stage:incoming"] {
      guard let query = try? IdeaQuery(parsing: typed, board: board) else { continue }
      let narrowed = index.matches(query, in: board, user: "noor", now: QueryBoards.now, previous: previous)
      XCTAssertEqual(narrowed, query.matches(in: board, user: "noor", now: QueryBoards.now), typed)
      previous = (query, narrowed)
    }
    // I-0002 through Sofie's organisation, Buurtwerk Gent.
    XCTAssertEqual(previous?.matches.map(\.rawValue), [1, 2, 13])
  }
}
