import Foundation
import XCTest

@testable import FabriekCore

/// Exports as people really have them, imported with no flags: every row in, every title and
/// description exact, every answer without a field kept in the idea's note under its question.
final class ImportFormExportsTests: XCTestCase {
  static func plan(_ bytes: [UInt8], board: Board = Board(name: "Test"), options: ImportOptions = ImportFixtures.options())
    throws -> ImportPlan
  {
    try ImportPlan.plan(csv: bytes, board: board, options: options)
  }

  func testAGoogleFormsExportWithDutchQuestions() throws {
    let csv = """
      Tijdstempel,E-mailadres,Wat is de naam van je project?,Omschrijf je idee in enkele zinnen,Welk type organisatie ben je?,In welke provincie ben je actief?,Voornaam,Achternaam,Rond welke thema's werk je?,Hoe heb je ons leren kennen?,Heb je al een team?,Wat heb je nodig van ons?
      3-11-2026 9:14:02,lotte.peeters@mail.example,Buurtkeuken Oud-Berchem,"Elke donderdag koken buren samen.
      Wie wil, neemt een portie mee.",Middenveldorganisatie,Antwerpen,Lotte,Peeters,"Voeding, Armoede",Via een vriend,"Ja, met drie buren",Een ruimte
      3-11-2026 11:40:55,samir@post.example,Fietsatelier voor nieuwkomers,Nieuwkomers leren fietsen herstellen.,vzw,Brussel,Samir,El Amrani,Mobiliteit,Infosessie in de bib,,Vrijwilligers
      4-11-2026 20:02:10,an.dewolf@inbox.example,Repair café in de school,"Ouders en leerlingen herstellen samen, één zaterdag per maand.",Burgercollectief,Luik,,,Circulair,Facebook,Nog niet,

      """
    let plan = try Self.plan(Array(csv.utf8))
    XCTAssertEqual(plan.delimiter, ",")
    XCTAssertEqual(
      plan.columns.map(\.field),
      [.timestamp, .email, .title, .description, .applicantKind, .region, .givenName, .familyName, .themes, .origin, nil, nil])
    XCTAssertEqual(plan.imported.count, 3)
    XCTAssertEqual(plan.rejected, [])
    XCTAssertEqual(plan.unmatched, [])
    XCTAssertEqual(plan.notedColumns, ["Heb je al een team?", "Wat heb je nodig van ons?"])
    let board = try ImportFixtures.applied(plan)
    let ideas = board.ideasInOrder
    XCTAssertEqual(ideas.map(\.title), ["Buurtkeuken Oud-Berchem", "Fietsatelier voor nieuwkomers", "Repair café in de school"])
    XCTAssertEqual(
      ideas.map(\.description),
      [
        "Elke donderdag koken buren samen.\nWie wil, neemt een portie mee.", "Nieuwkomers leren fietsen herstellen.",
        "Ouders en leerlingen herstellen samen, één zaterdag per maand.",
      ])
    XCTAssertEqual(ideas.map(\.applicantKind), [.civilSociety, .civilSociety, .civilSociety])
    XCTAssertEqual(ideas.map(\.region), [.antwerp, .brussels, .other])
    XCTAssertEqual(ideas.map(\.created.description), ["2026-11-03T08:14:02Z", "2026-11-03T10:40:55Z", "2026-11-04T19:02:10Z"])
    XCTAssertEqual(
      ideas.map { $0.notes.map(\.text) },
      [
        ["Heb je al een team?: Ja, met drie buren\nWat heb je nodig van ons?: Een ruimte"],
        ["Wat heb je nodig van ons?: Vrijwilligers"], ["Heb je al een team?: Nog niet"],
      ])
    XCTAssertEqual(ideas[0].origin, Origin(kind: .referral, name: "Via een vriend"))
    XCTAssertEqual(board.person(ideas[2].innovators[0])?.fullName, "An Dewolf", "named after the e-mail address")
    XCTAssertEqual(plan.notices.map(\.notice), [.namedFromEmail(email: "an.dewolf@inbox.example", name: "An Dewolf")])
  }

  func testABelgianExcelCSVWithSemicolonsBOMAndCRLF() throws {
    let csv =
      "\u{FEFF}Tijdstempel;Naam project;Beschrijf je idee;Type aanvrager;Regio;Naam;E-mail;Telefoon;Opmerkingen\r\n"
      + "03/11/2026 09:14:02;Soepbar met overschotten;\"Wij koken soep van overschotten;\r\nelke vrijdag.\";"
      + "Middenveldorganisatie;Liège;Sofie Van den Bossche;sofie@mail.example;0470 12 34 56;Bel liefst 's avonds\r\n"
      + "03/11/2026 10:02:00;Taalcafé Gent;Nederlands oefenen bij koffie.;asbl;Gand;Noor El Amrani;noor@mail.example;;\r\n"
      + "04/11/2026 16:45:30;Deelbakfietsen;Bakfietsen delen in de wijk.;Koepel;Anvers;;jan.peeters@mail.example;;\r\n"
      + ";;;;;;;;\r\n"
    let plan = try Self.plan(Array(csv.utf8))
    XCTAssertEqual(plan.delimiter, ";")
    XCTAssertEqual(
      plan.columns.map(\.field),
      [.timestamp, .title, .description, .applicantKind, .region, .name, .email, .phone, nil])
    XCTAssertEqual(plan.imported.map(\.line), [2, 4, 5])
    XCTAssertEqual(plan.rejected, [])
    let board = try ImportFixtures.applied(plan)
    let ideas = board.ideasInOrder
    XCTAssertEqual(ideas.map(\.title), ["Soepbar met overschotten", "Taalcafé Gent", "Deelbakfietsen"])
    XCTAssertEqual(
      ideas.map(\.description),
      ["Wij koken soep van overschotten;\nelke vrijdag.", "Nederlands oefenen bij koffie.", "Bakfietsen delen in de wijk."])
    XCTAssertEqual(ideas.map(\.applicantKind), [.civilSociety, .civilSociety, nil])
    XCTAssertEqual(ideas.map(\.region), [.other, .eastFlanders, .antwerp])
    XCTAssertEqual(ideas[0].notes.map(\.text), ["Opmerkingen: Bel liefst 's avonds"])
    XCTAssertEqual(ideas[2].notes.map(\.text), ["Type aanvrager: Koepel"])
    XCTAssertEqual(plan.unmatched.map(\.flag), ["--value \"applicant-kind:Koepel=…\""])
    XCTAssertEqual(board.person(ideas[2].innovators[0])?.fullName, "Jan Peeters")

    // The answer mapped with --value, and saved with the profile for the next export.
    var options = ImportFixtures.options()
    options.values = try ImportOptions.values(["applicant-kind:Koepel=civil-society"])
    options.profile = "Oproep Brussel"
    let mapped = try Self.plan(Array(csv.utf8), options: options)
    XCTAssertEqual(mapped.unmatched, [])
    let saved = try ImportFixtures.applied(mapped)
    XCTAssertEqual(saved.ideasInOrder[2].applicantKind, .civilSociety)
    XCTAssertEqual(saved.importProfile(named: "oproep brussel")?.values.map(\.answer), ["Koepel"])
    let next = try Self.plan(Array(csv.utf8), board: saved)
    XCTAssertEqual(next.table.profile?.name, "Oproep Brussel")
    XCTAssertTrue(next.table.profileFitted)
    XCTAssertEqual(next.unmatched, [], "the next export of the same form needs no flags")
    XCTAssertNil(next.profileToSave)
  }

  func testAMapUsedOnceIsSavedAsAProfileAndReadsTheNextExportWithNoFlags() throws {
    let csv = "Projectidee;Indiener;Vertel ons meer\nSoepbar;Jan Peeters;Lekker\n"
    ImportFixtures.expectError(.noTitleColumn(headers: ["Onderwerp", "Indiener"])) {
      _ = try Self.plan(Array("Onderwerp;Indiener\nx;y\n".utf8)).imported
    }
    var options = ImportFixtures.options(mapping: try ImportOptions.mapping(["Vertel ons meer=description"]))
    options.profile = "Buurtoproep"
    let first = try Self.plan(Array(csv.utf8), options: options)
    XCTAssertEqual(first.columns.map(\.field), [.title, .name, .description])
    guard case .batch(let ops) = first.operation, case .setImportProfile(let name, _) = ops.first else {
      return XCTFail("the profile is saved in the import's one change")
    }
    XCTAssertEqual(name, "Buurtoproep")
    let board = try ImportFixtures.applied(first)
    let second = try Self.plan(Array("Projectidee;Indiener;Vertel ons meer\nRepair café;Els;Elke maand\n".utf8), board: board)
    XCTAssertEqual(second.columns.map(\.field), [.title, .name, .description])
    XCTAssertEqual(second.columns.map(\.source), [.profile, .profile, .profile])
  }

  func testAMicrosoftFormsWorkbookWithEnglishAndFrenchQuestionsAndSerialDates() throws {
    let bytes = [UInt8](try Self.microsoftForms().data())
    let plan = try Self.plan(bytes)
    guard case .xlsx(let sheet, _) = plan.table.format else { return XCTFail("not read as a workbook") }
    XCTAssertEqual(sheet, "Form1")
    XCTAssertEqual(
      plan.columns.map(\.field),
      [nil, nil, .timestamp, .email, .name, .title, .description, .applicantKind, .region, .phone, .origin, nil])
    XCTAssertEqual(plan.imported.map(\.line), [2, 3, 4])
    XCTAssertEqual(plan.rejected, [])
    let board = try ImportFixtures.applied(plan)
    let ideas = board.ideasInOrder
    XCTAssertEqual(ideas.map(\.title), ["Community fridge in Molenbeek", "Atelier vélo à Liège", "Coding club for girls"])
    XCTAssertEqual(
      ideas.map(\.description),
      [
        "A fridge anyone can fill and empty.\nShops bring what they cannot sell.",
        "Des jeunes réparent des vélos et touchent un premier salaire.", "Saturday coding lessons\nfor girls aged 10–14.",
      ])
    XCTAssertEqual(ideas.map(\.created.description), ["2026-11-03T08:14:12Z", "2026-11-04T15:30:00Z", "2026-06-05T10:00:00Z"])
    XCTAssertEqual(ideas.map(\.applicantKind), [.civilSociety, .civilSociety, .company])
    XCTAssertEqual(ideas.map(\.region), [.brussels, .other, .flemishBrabant])
    XCTAssertEqual(
      ideas[0].notes.map(\.text),
      ["ID: 1\nStart time: 2026-11-03 09:02:41\nAnything else? / Autre chose ?: We already have a fridge"])
    XCTAssertEqual(ideas[1].notes.map(\.text), ["ID: 2\nStart time: 2026-11-04 16:21:08\nEmail: anonymous"])
    let people = ideas.map { board.person($0.innovators[0]) }
    XCTAssertEqual(people.map { $0?.fullName }, ["Sofie Dewulf", "Amélie Dubois", "Grace Okafor"])
    XCTAssertEqual(people.map { $0?.phone }, ["0470 12 34 56", "+32 486 55 21 09", "471223344"])
    XCTAssertEqual(plan.notices.map(\.notice), [.invalidEmail("anonymous")])
  }

  /// A workbook as Microsoft Forms exports it: ID, Start time, Completion time, Email, Name,
  /// then the questions (here in English and French), dates as serial numbers.
  static func microsoftForms() -> XLSXFixture {
    let header: [XLSXFixture.Cell] = [
      .text("ID"), .text("Start time"), .text("Completion time"), .text("Email"), .text("Name"),
      .text("Project title / Titre du projet"), .text("Describe your idea / Décrivez votre idée"),
      .text("What type of organisation are you? / Quel type d'organisation êtes-vous ?"), .text("Region / Région"),
      .text("Phone number / Numéro de téléphone"), .text("How did you hear about us? / Comment nous avez-vous connus ?"),
      .text("Anything else? / Autre chose ?"),
    ]
    let rows: [[XLSXFixture.Cell]] = [
      [
        .number(1), .date(46329.376863425925), .date(46329.3848611111), .text("sofie.dewulf@mail.example"),
        .text("Sofie Dewulf"), .text("Community fridge in Molenbeek"),
        .text("A fridge anyone can fill and empty.\nShops bring what they cannot sell."), .text("NGO"),
        .text("Brussels"), .text("0470 12 34 56"), .text("A friend"), .text("We already have a fridge"),
      ],
      [
        .number(2), .date(46330.68134259259), .customDate(46330.6875), .text("anonymous"), .text("Amélie Dubois"),
        .text("Atelier vélo à Liège"), .inline("Des jeunes réparent des vélos et touchent un premier salaire."),
        .text("ASBL"), .text("Liège"), .text("+32 486 55 21 09"), .text("Facebook"), .empty,
      ],
      [
        .number(3), .empty, .day(46178), .text("grace@mail.example"), .text("Grace Okafor"),
        .text("Coding club for girls"), .inline("Saturday coding lessons\r\nfor girls aged 10–14."), .text("Company"),
        .text("3000 Leuven"), .number(471223344), .text("Newsletter"), .empty,
      ],
      [], [.empty, .empty],
    ]
    return XLSXFixture(sheets: [.init(name: "Form1", rows: [header] + rows)])
  }

  func testWorkbookCellsStringsNumbersBooleansDatesAndTheLeapYearBug() throws {
    let rows: [[XLSXFixture.Cell]] = [
      [.text("Title"), .text("Datum"), .text("Getal"), .text("Akkoord"), .text("Meerdere regels"), .text("")],
      [.text("A & <B>"), .day(59), .number(3.5), .bool(true), .inline("een\r\ntwee"), .text("zonder kop")],
      [.inline("Twee"), .day(60), .number(1e21), .bool(false), .text("drie\nvier"), .empty],
      [.text("Drie"), .day(61), .number(42), .empty, .empty, .empty],
      [.text("Vier"), .day(46_022), .number(-1), .empty, .empty, .empty],
      [], [], [.empty],
    ]
    let bytes = [UInt8](try XLSXFixture(sheets: [.init(name: "Blad1", rows: rows)]).data())
    let source = try ImportSource.read(bytes, options: ImportFixtures.options())
    XCTAssertEqual(source.records.map(\.line), [1, 2, 3, 4, 5])
    XCTAssertEqual(
      source.records.map(\.fields),
      [
        ["Title", "Datum", "Getal", "Akkoord", "Meerdere regels"],
        ["A & <B>", "1900-02-28", "3.5", "TRUE", "een\ntwee", "zonder kop"],
        ["Twee", "1900-02-28", "1E+21", "FALSE", "drie\nvier"], ["Drie", "1900-03-01", "42"],
        ["Vier", "2025-12-31", "-1"],
      ])
    let plan = try Self.plan(bytes)
    XCTAssertEqual(plan.columns.map(\.heading), ["Title", "Datum", "Getal", "Akkoord", "Meerdere regels", "Column F"])
    let board = try ImportFixtures.applied(plan)
    XCTAssertEqual(
      board.ideasInOrder.first?.notes.map(\.text),
      ["Getal: 3.5\nAkkoord: TRUE\nMeerdere regels: een\ntwee\nColumn F: zonder kop"])
  }

  func testAWorkbookWithoutCellReferencesOrWithADocumentTypeDeclaration() throws {
    let workbook = Data(
      ("<workbook xmlns:r=\"r\"><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>").utf8)
    let rels = Data(
      ("<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/s.xml\"/></Relationships>").utf8)
    let sheet = Data(
      ("<x:worksheet xmlns:x=\"m\"><x:sheetData><x:row><x:c t=\"inlineStr\"><x:is><x:t>Titel</x:t></x:is></x:c>"
        + "<x:c t=\"inlineStr\"><x:is><x:t>Vraag</x:t></x:is></x:c></x:row><x:row><x:c t=\"inlineStr\"><x:is>"
        + "<x:r><x:t>Rijk </x:t></x:r><x:r><x:t xml:space=\"preserve\">opgemaakt &amp; &#233;chte</x:t></x:r></x:is></x:c>"
        + "<x:c><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>").utf8)
    let bytes = try XLSXFixture.zip([
      ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", rels), ("xl/worksheets/s.xml", sheet),
    ])
    let source = try ImportSource.read([UInt8](bytes), options: ImportFixtures.options())
    XCTAssertEqual(source.records.map(\.fields), [["Titel", "Vraag"], ["Rijk opgemaakt & échte", "7"]])
    let bomb = try XLSXFixture.zip([
      ("xl/workbook.xml", Data("<!DOCTYPE lol [<!ENTITY lol \"lol\">]><workbook/>".utf8)),
    ])
    ImportFixtures.expectError(.damagedWorkbook("its part xl/workbook.xml declares a document type, which no workbook does")) {
      _ = try ImportSource.read([UInt8](bomb), options: ImportFixtures.options())
    }
  }

  func testTheFirstVisibleSheetOrTheOneNamed() throws {
    let workbook = XLSXFixture(sheets: [
      .init(name: "Verborgen", rows: [[.text("Title")], [.text("geheim")]], hidden: true),
      .init(name: "Antwoorden", rows: [[.text("Title")], [.text("Eerste")]]),
      .init(name: "Blad 2", rows: [[.text("Titel")], [.text("Tweede")], [.text("Derde")]]),
    ])
    let bytes = [UInt8](try workbook.data())
    XCTAssertEqual(try Self.plan(bytes).imported.map(\.title), ["Eerste"])
    var options = ImportFixtures.options()
    options.sheet = "blad 2"
    XCTAssertEqual(try Self.plan(bytes, options: options).imported.map(\.title), ["Tweede", "Derde"])
    options.sheet = "Blad 3"
    ImportFixtures.expectError(.noSuchSheet("Blad 3", sheets: ["Verborgen", "Antwoorden", "Blad 2"])) {
      _ = try Self.plan(bytes, options: options)
    }
    options.sheet = "Blad 2"
    ImportFixtures.expectError(.sheetInCSV) { _ = try Self.plan(Array("Titel\nA\n".utf8), options: options) }
    let old = XLSXFixture(sheets: [.init(name: "S", rows: [[.text("Title"), .text("Op")], [.text("A"), .day(0)]])], date1904: true)
    XCTAssertEqual(try ImportSource.read([UInt8](try old.data()), options: ImportFixtures.options()).records.last?.fields, ["A", "1904-01-01"])
  }

  func testFilesThatAreNotWorkbooksOrCSVAreRefusedWithWhatTheyAre() throws {
    let docx = try XLSXFixture.zip([("word/document.xml", Data("<w:document/>".utf8)), ("[Content_Types].xml", Data())])
    let zip = try XLSXFixture.zip([("candidates.csv", Data("Titel\nA\n".utf8))])
    let ods = try XLSXFixture.zip([("mimetype", Data("application/vnd.oasis.opendocument.spreadsheet".utf8))])
    let encrypted = XLSXFixture.compoundFile(streams: ["EncryptionInfo", "EncryptedPackage", "\u{6}DataSpaces"])
    let xls = XLSXFixture.compoundFile(streams: ["Workbook", "\u{5}SummaryInformation"])
    let doc = XLSXFixture.compoundFile(streams: ["WordDocument", "1Table"])
    ImportFixtures.expectError(.notAWorkbook(kind: "a Word document (.docx)")) { _ = try Self.plan([UInt8](docx)) }
    ImportFixtures.expectError(.notAWorkbook(kind: nil)) { _ = try Self.plan([UInt8](zip)) }
    ImportFixtures.expectError(.notAWorkbook(kind: "an OpenDocument spreadsheet (.ods)")) { _ = try Self.plan([UInt8](ods)) }
    ImportFixtures.expectError(.encryptedWorkbook) { _ = try Self.plan([UInt8](encrypted)) }
    ImportFixtures.expectError(.legacyExcel) { _ = try Self.plan([UInt8](xls)) }
    ImportFixtures.expectError(.otherOfficeFile) { _ = try Self.plan([UInt8](doc)) }
    ImportFixtures.expectError(
      .damagedWorkbook("it starts like a ZIP archive but its table of contents cannot be read (it may be cut off)")
    ) {
      _ = try Self.plan(Array([UInt8](try XLSXFixture(sheets: [.init(name: "S", rows: [[.text("Title")]])]).data()).prefix(300)))
    }
    XCTAssertEqual(
      ImportError.legacyExcel.message,
      "The file is an Excel 97–2003 workbook (.xls), which fabriek does not read; open it in Excel or LibreOffice, "
        + "save it as .xlsx (or CSV UTF-8) and import that.")
    XCTAssertEqual(
      ImportError.notAWorkbook(kind: nil).message,
      "The file is a ZIP archive but not an Excel workbook (it has no xl/workbook.xml); open it in its program and "
        + "save it as .xlsx or CSV UTF-8, then import that.")
    XCTAssertFalse(ImportError.encryptedWorkbook.message.contains("UTF-8: byte"))
  }

  func testAWorkbookOfTenThousandRowsImportsEveryRow() throws {
    var rows: [[XLSXFixture.Cell]] = [[.text("Completion time"), .text("Project title"), .text("Describe your idea"), .text("Email"), .text("Name"), .text("Region")]]
    for i in 0..<10_000 {
      rows.append([
        .date(46_300 + Double(i) / 1_000), .text("Project \(i)"), .text("Idea \(i)\nline two"), .text("p\(i)@mail.example"),
        .text("Person \(i)"), .text(["Brussel", "Gent", "Liège", "Antwerpen"][i % 4]),
      ])
    }
    let bytes = [UInt8](try XLSXFixture(sheets: [.init(name: "Form1", rows: rows)]).data())
    let plan = try Self.plan(bytes)
    XCTAssertEqual(plan.imported.count, 10_000)
    XCTAssertEqual(plan.rejected, [])
    XCTAssertEqual(plan.notices, [])
    XCTAssertEqual(plan.imported.last?.title, "Project 9999")
    XCTAssertEqual(plan.imported.last?.line, 10_001)
  }

  func testTheSampleExportsImportWithNoFlags() throws {
    for name in ["google-forms-export.csv", "microsoft-forms-export.xlsx"] {
      let url = ImportFixtures.repository.appendingPathComponent("sample-data/" + name)
      let plan = try Self.plan([UInt8](try Data(contentsOf: url)))
      XCTAssertEqual(plan.imported.count, plan.table.rows.count, name)
      XCTAssertEqual(plan.rejected, [], name)
    }
  }

  /// Writes the Microsoft Forms sample (`FABRIEK_WRITE_SAMPLES=1 swift test --filter …`).
  func testWriteTheMicrosoftFormsSample() throws {
    guard ProcessInfo.processInfo.environment["FABRIEK_WRITE_SAMPLES"] == "1" else { return }
    let url = ImportFixtures.repository.appendingPathComponent("sample-data/microsoft-forms-export.xlsx")
    try Self.microsoftForms().data().write(to: url)
  }
}
