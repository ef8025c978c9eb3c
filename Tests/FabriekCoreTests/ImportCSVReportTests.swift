import XCTest

@testable import FabriekCore

/// What an import reports: duplicates, rejected rows with their line and reason, hostile text
/// kept as given, the sample file's counts, and that an import is one all-or-nothing undo step.
final class ImportCSVReportTests: XCTestCase {
  func testDuplicatesWithinTheFileAndAgainstTheBoardAreReportedNotImported() throws {
    let board = try TestBoards.small()
    let csv =
      "Titel;Naam;E-mail\n"
      + "Soepbar met voedseloverschotten;Jérôme Leclercq;jerome@example.org\n"
      + "Repair café in Gent;Sofie Van den Broeck;sofie@example.be\n"
      + "Soepbar met voedseloverschotten (Leuven);Jérôme Leclercq;JEROME@example.org\n"
      + "Soepbar met voedselovreschotten;Jérôme Leclercq;jerome@example.org\n"
      + "Soepbar met voedseloverschotten;Iemand Anders;ander@example.org\n"
      + "Coding club for girls;Grace Okafor;grace@example.org\n"
      + "Coding club for boys;Grace Okafor;grace@example.org\n"
    let plan = try ImportFixtures.plan(csv, board: board)
    XCTAssertEqual(plan.imported.map(\.line), [2, 6, 7, 8])
    XCTAssertEqual(
      plan.duplicates,
      [
        .init(
          line: 3, title: "Repair café in Gent", email: "sofie@example.be",
          original: .idea(IdeaID(3), title: "Repair café Gent")),
        .init(
          line: 4, title: "Soepbar met voedseloverschotten (Leuven)", email: "JEROME@example.org",
          original: .row(line: 2, title: "Soepbar met voedseloverschotten")),
        .init(
          line: 5, title: "Soepbar met voedselovreschotten", email: "jerome@example.org",
          original: .row(line: 2, title: "Soepbar met voedseloverschotten")),
      ])
    XCTAssertEqual(plan.rejected, [])
  }

  func testTheNearIdenticalRuleExactly() {
    func near(_ a: String, _ b: String) -> Bool { TitleSimilarity(a).isNearIdentical(to: TitleSimilarity(b)) }
    XCTAssertTrue(
      near("Buurtrestaurant voor eenzame senioren in Laken", "Buurtrestaurant voor eenzame 65-plussers in Laken"))
    XCTAssertTrue(near("TAALCAFÉ voor ouders!", "Taalcafe voor ouders"))
    XCTAssertTrue(near("Energiecoaches tegen energiearmoede", "Energiecoaches tegen energie-armoede"))
    XCTAssertFalse(near("Coding club for girls", "Coding club for boys"))
    XCTAssertFalse(near("Repair café", "Taalcafé"))
    XCTAssertFalse(near("Deelfietsen in Genk", "Deelauto's in Gent"))
  }

  func testOnlyRowsWithoutATitleOrWithTooManyFieldsAreRejectedAndEveryOtherValueIsKept() throws {
    let long = String(repeating: "x", count: 201)
    let csv =
      "Title;Pitch;Name;Email;Region;Applicant type;Timestamp\n"
      + ";Geen titel;Jan;jan@example.be;;;\n"
      + "\(long);;;;;;\n"
      + "Fout adres;;Jan;jan(at)example.be;;;\n"
      + "Onbekende regio;;;;Atlantis;;\n"
      + "\"Over\nmeerdere\nregels\";;;;;Stichting;\n"
      + "Slechte datum;;;;;;gisteren\n"
      + "Geen naam;;;nieuw@example.be;;;\n"
      + "Te veel velden;a;b;c@d.be;;;;extra\n"
      + "Goed;;Jan;jan@example.be;;;\n"
    let plan = try ImportFixtures.plan(csv)
    XCTAssertEqual(plan.imported.map(\.line), [3, 4, 5, 6, 9, 10, 12])
    XCTAssertEqual(
      plan.rejected.map { "line \($0.line): \($0.problem.message)" },
      [
        "line 2: title: an idea needs a title",
        "line 11: it has 8 fields where the header has 7; quote a value that contains the delimiter",
      ])
    XCTAssertEqual(
      plan.notices.map { "line \($0.line): \($0.notice.message)" },
      [
        "line 3: the title has 201 characters, more than 200; shortened, the whole title kept in the note",
        "line 4: “jan(at)example.be” is not an e-mail address; kept in the note",
        "line 5: region “Atlantis” fits no option; kept in the note (--value region:Atlantis=…)",
        "line 9: “gisteren” is not a date fabriek reads; kept in the note, the idea dated at the import",
        "line 10: the new innovator nieuw@example.be has no name; named “Nieuw” after the address",
      ])
    XCTAssertEqual(plan.unmatched, [.init(field: .region, value: "Atlantis", lines: [5])])
    let board = try ImportFixtures.applied(plan)
    let ideas = board.ideasInOrder
    XCTAssertEqual(ideas[0].title.count, 200)
    XCTAssertEqual(ideas[0].notes.map(\.text), ["Title: " + long])
    XCTAssertEqual(ideas[1].notes.map(\.text), ["Email: jan(at)example.be"])
    XCTAssertEqual(board.person(ideas[1].innovators[0])?.email, "")
    XCTAssertEqual(ideas[2].notes.map(\.text), ["Region: Atlantis"])
    XCTAssertNil(ideas[2].region)
    XCTAssertEqual(ideas[3].applicantKind, .civilSociety, "a stichting is a civil-society organisation")
    XCTAssertEqual(ideas[4].notes.map(\.text), ["Timestamp: gisteren"])
    XCTAssertEqual(ideas[4].created, ImportFixtures.now)
    XCTAssertEqual(board.person(ideas[5].innovators[0])?.fullName, "Nieuw")
  }

  func testHostileTextIsStoredAsGiven() throws {
    let titles = [
      "\u{1B}[2J\u{1B}]0;pwned\u{07}Schoonmaak", "=HYPERLINK(\"http://evil.example\",\"klik\")", "+32 470 12 34 56",
      "@SUM(1+1)", "Bidi \u{202E}gnirts\u{202C} test", "Nul\u{0}byte", "-2+3", "C1 \u{9B}31m rood",
    ]
    let csv =
      "Title,Pitch\n"
      + titles.map { "\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\",p" }
      .joined(separator: "\r\n")
    let board = try ImportFixtures.applied(try ImportFixtures.plan(csv))
    XCTAssertEqual(board.ideasInOrder.map(\.title), titles)
  }

  func testTheSampleWebFormExportImportsWithExactCounts() throws {
    let url = ImportFixtures.repository.appendingPathComponent("sample-data/candidates.csv")
    let bytes = [UInt8](try Data(contentsOf: url))
    let plan = try ImportPlan.plan(
      csv: bytes, board: Board(name: "Test"), options: ImportFixtures.options(source: "Oproep najaar 2026"))
    XCTAssertEqual(plan.delimiter, ";")
    XCTAssertEqual(plan.imported.count, 38)
    XCTAssertEqual(plan.newPeople.count, 38)
    XCTAssertEqual(plan.rejected, [])
    XCTAssertEqual(plan.notedColumns, [])
    XCTAssertEqual(plan.duplicates.map(\.line), [23, 42])
    XCTAssertEqual(
      plan.duplicates.map(\.original),
      [
        .row(line: 2, title: "Buurtrestaurant voor eenzame senioren in Laken"),
        .row(line: 5, title: "Soepbar met voedseloverschotten"),
      ])
    XCTAssertEqual(plan.imported.first { $0.title == "Moestuinen op schooldaken" }?.line, 14)
    XCTAssertEqual(plan.imported.first { $0.title == "Jobcoaching door ervaringsdeskundigen" }?.line, 18)
    let board = try ImportFixtures.applied(plan)
    let moestuin = try XCTUnwrap(board.ideasInOrder.first { $0.title == "Moestuinen op schooldaken" })
    XCTAssertEqual(
      moestuin.pitch,
      "Grijze daken worden moestuinen die buurt, school en werkzoekenden samenbrengen.\nFase 1: één dak in Kortrijk."
        + "\nFase 2: vijf scholen in de regio.\nWe zoeken nog een partner voor de daken!")
    XCTAssertEqual(moestuin.applicantKind, .publicBody)
    XCTAssertEqual(moestuin.region, .westFlanders)
    XCTAssertEqual(moestuin.tags, ["Stadslandbouw", "Groen", "Onderwijs"])
    XCTAssertEqual(moestuin.created.description, "2026-09-11T10:36:49Z")
    let lotte = try XCTUnwrap(board.person(moestuin.innovators[0]))
    XCTAssertEqual(
      [lotte.givenName, lotte.familyName, lotte.email, lotte.phone, lotte.organisation],
      ["Lotte", "Vandenberghe", "lotte.vandenberghe@inbox.example", "056 21 43 87", "Stad Kortrijk"])
    XCTAssertEqual(board.ideasInOrder.first { $0.title == "Project \"Samen aan tafel\"" }?.applicantKind, .civilSociety)
    let regions = Dictionary(grouping: board.ideasInOrder, by: { $0.region }).mapValues(\.count)
    XCTAssertEqual(regions[.brussels], 12)
    XCTAssertEqual(regions[.other], 1)
  }

  func testAnImportIsOneBatchThatOneUndoRestoresExactly() throws {
    let board = try TestBoards.small()
    let csv = "Titel;Naam;E-mail\nA;Sofie;sofie@example.be\nB;Nieuwe Persoon;nieuw@example.be\nC;Nog Iemand;\n"
    let plan = try ImportFixtures.plan(csv, board: board)
    guard case .batch(let ops) = plan.operation else { return XCTFail("not a batch") }
    XCTAssertEqual(ops.count, 2 + 3)
    var b = board
    let inverse = try b.apply(plan.operation, by: "noor", at: ImportFixtures.now)
    XCTAssertEqual(b.ideas.count, board.ideas.count + 3)
    XCTAssertNil(b.consistencyProblem())
    try b.apply(inverse, by: "noor", at: ImportFixtures.now)
    XCTAssertEqual(b.withoutHistory, board.withoutHistory)
  }

  func testABatchWithOneBadOperationChangesNothing() throws {
    let board = try TestBoards.small()
    var plan = try ImportFixtures.plan("Titel\nA\nB\n", board: board)
    guard case .batch(var ops) = plan.operation else { return XCTFail("not a batch") }
    ops.append(.addIdea(Idea(id: IdeaID(1), title: "bestaat al", created: ImportFixtures.now)))
    plan.operation = .batch(ops)
    var b = board
    XCTAssertThrowsError(try b.apply(plan.operation, by: "noor", at: ImportFixtures.now))
    XCTAssertEqual(b, board)
  }

  func testCommittedThroughTheStoreItIsOneJournalEntryAndSurvivesReopening() throws {
    let dir = try TestBoards.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/board.json"
    try BoardStore.create(at: path, board: try TestBoards.small())
    let store = try BoardStore.open(path)
    let table = try ImportTable.read(
      csv: Array("Titel;Naam\nA;Jan Peeters\nB;Els De Smet\n".utf8), options: ImportFixtures.options())
    let before = store.lastSeq
    try store.commit { (b: Board) throws(BoardError) -> Change in
      Change(ImportPlan(table: table, board: b, options: ImportFixtures.options()).operation, by: "noor")
    }
    XCTAssertEqual(store.lastSeq, before + 1)
    store.close()
    let again = try BoardStore.open(path)
    XCTAssertEqual(again.board.column(Stage.incoming).suffix(2).map(\.title), ["A", "B"])
    XCTAssertEqual(again.board.people.count, 6)
  }
}
