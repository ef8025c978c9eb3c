import XCTest

@testable import FabriekCore

/// Headers and values in three languages, names, dates, origins and people.
final class ImportTests: XCTestCase {
  func testHeadersInEnglishDutchAndFrenchMapToTheSameFields() throws {
    let headers = [
      "Timestamp,Title,Pitch,Description,Name,Email,Phone,Organisation,Applicant type,Region,Themes,How did you find us?",
      "Tijdstempel;Titel van je idee;Korte pitch;Beschrijving;Naam;E-mailadres;Telefoon;Organisatie;Type aanvrager;Regio;Thema's;Hoe heb je ons gevonden?",
      "Horodatage;Titre;Résumé;Description;Nom;Courriel;Téléphone;Organisation;Type de demandeur;Région;Thèmes;Comment nous avez-vous trouvés ?",
    ]
    let expected: [ImportField] = [
      .timestamp, .title, .pitch, .description, .name, .email, .phone, .organisation, .applicantKind, .region,
      .themes, .origin,
    ]
    for h in headers {
      let table = try ImportTable.read(csv: Array((h + "\n").utf8), options: ImportFixtures.options())
      XCTAssertEqual(table.columns.map(\.field), expected, h)
    }
  }

  func testHeadersMatchIgnoringCaseAccentsPunctuationAndNotes() {
    XCTAssertEqual(ImportField.forHeader("E-MAILADRES *"), .email)
    XCTAssertEqual(ImportField.forHeader("Titre de votre idée (max. 80 caractères)"), .title)
    XCTAssertEqual(ImportField.forHeader("  thema’s "), .themes)
    XCTAssertEqual(ImportField.forHeader("E-mail"), .email)
    XCTAssertNil(ImportField.forHeader("Lievelingskleur"))
  }

  func testMapOverridesHeadersAndUnknownColumnsAreReported() throws {
    let csv = "Projectidee;Indiener;Lievelingskleur;Titel\nSoepbar;Jan Peeters;groen;oud\n"
    let options = ImportFixtures.options(
      mapping: try ImportOptions.mapping(["projectidee=title", "Indiener = name", "Titel=ignore"]))
    let plan = try ImportFixtures.plan(csv, options: options)
    XCTAssertEqual(plan.columns.map(\.field), [.title, .name, nil, .ignore])
    XCTAssertEqual(plan.notedColumns, ["Lievelingskleur"])
    XCTAssertEqual(plan.imported.map(\.title), ["Soepbar"])
    XCTAssertEqual(plan.newPeople.map(\.fullName), ["Jan Peeters"])
  }

  func testMappingMistakesAreRefusedWithOneSentence() throws {
    ImportFixtures.expectError(.unknownColumn("Projet", headers: ["Titel", "Naam"])) {
      _ = try ImportFixtures.plan("Titel;Naam\n", options: ImportFixtures.options(mapping: ["Projet": .title]))
    }
    ImportFixtures.expectError(.unknownField("kleur")) { _ = try ImportOptions.mapping(["Titel=kleur"]) }
    ImportFixtures.expectError(.badMapping("Titel")) { _ = try ImportOptions.mapping(["Titel"]) }
    ImportFixtures.expectError(.noTitleColumn(headers: ["Naam", "Regio"])) {
      _ = try ImportFixtures.plan("Naam;Regio\n")
    }
    ImportFixtures.expectError(.sameField(.email, columns: ["Email", "Courriel"])) {
      _ = try ImportFixtures.plan(
        "Title;Email;Courriel\n", options: ImportFixtures.options(mapping: ["Email": .email, "Courriel": .email]))
    }
    let both = try ImportFixtures.plan("Title;Email;Courriel\nA;a@b.be;c@d.be\n")
    XCTAssertEqual(both.columns.map(\.field), [.title, .email, nil])
    XCTAssertEqual(both.table.notes, [.sameField(.email, used: "Email", kept: "Courriel")])
    ImportFixtures.expectError(.empty) { _ = try ImportFixtures.plan("\n\r\n") }
    XCTAssertEqual(
      ImportError.unknownColumn("Projet", headers: ["Titel", "Naam"]).message,
      "--map names a column “Projet” that the file does not have (its columns are “Titel”, “Naam”).")
    XCTAssertEqual(ImportField(name: "Given name"), .givenName)
    XCTAssertEqual(ImportField(name: "tags"), .themes)
  }

  func testApplicantKindsAndRegionsInThreeLanguages() throws {
    let rows: [(String, String, ApplicantKind?, Region)] = [
      ("Individu", "Brussel", .individual, .brussels), ("Particulier", "Bruxelles", .individual, .brussels),
      ("Vereniging of collectief", "Antwerpen", .civilSociety, .antwerp), ("asbl", "Anvers", .civilSociety, .antwerp),
      ("Sociale onderneming", "Limburg", .socialEnterprise, .limburg),
      ("Entreprise sociale", "Limbourg", .socialEnterprise, .limburg),
      ("Bedrijf", "Oost-Vlaanderen", .company, .eastFlanders),
      ("Company", "Flandre orientale", .company, .eastFlanders),
      ("Overheid", "Vlaams-Brabant", .publicBody, .flemishBrabant),
      ("Pouvoir public", "Brabant flamand", .publicBody, .flemishBrabant),
      ("public body", "West-Vlaanderen", .publicBody, .westFlanders),
      ("civil-society group", "West Flanders", .civilSociety, .westFlanders),
      ("Andere", "Andere", nil, .other), ("", "Wallonie", nil, .other),
    ]
    let csv =
      "Title;Type aanvrager;Regio\n"
      + rows.enumerated().map { "Idee \($0.offset);\($0.element.0);\($0.element.1)" }
      .joined(separator: "\n")
    let board = try ImportFixtures.applied(try ImportFixtures.plan(csv))
    XCTAssertEqual(board.ideasInOrder.map(\.applicantKind), rows.map(\.2))
    XCTAssertEqual(board.ideasInOrder.map(\.region), rows.map(\.3))
  }

  func testNamesAreSplitTheBelgianWay() {
    let cases: [(String, String, String)] = [
      ("Sofie Van den Bossche", "Sofie", "Van den Bossche"), ("Noor El Amrani", "Noor", "El Amrani"),
      ("Jean-Pierre de la Tour", "Jean-Pierre", "de la Tour"), ("Marie Claire Dubois", "Marie Claire", "Dubois"),
      ("Peeters, Annelies", "Annelies", "Peeters"), ("DUBOIS Amélie", "Amélie", "DUBOIS"),
      ("Yasmina Aït Ouarab", "Yasmina", "Aït Ouarab"), ("Madonna", "Madonna", ""),
      ("  Emre   Ünal ", "Emre", "Ünal"), ("Sean O'Brien", "Sean", "O'Brien"),
    ]
    for (full, given, family) in cases {
      let n = PersonName(splitting: full)
      XCTAssertEqual([n.given, n.family], [given, family], full)
    }
  }

  func testTimestampsInBelgianLocalTimeAndISO() {
    let cases: [(String, String)] = [
      ("01/09/2026 09:12:44", "2026-09-01T07:12:44Z"), ("15/01/2026 09:00", "2026-01-15T08:00:00Z"),
      ("29-03-2026 01:59:59", "2026-03-29T00:59:59Z"), ("29.03.2026 03:00", "2026-03-29T01:00:00Z"),
      ("2026-10-25 03:30:00", "2026-10-25T02:30:00Z"), ("2026-09-01T07:12:44Z", "2026-09-01T07:12:44Z"),
      ("2026-09-01T09:12:44+02:00", "2026-09-01T07:12:44Z"), ("2026-09-01", "2026-09-01T10:00:00Z"),
      ("1/9/26 9:05", "2026-09-01T07:05:00Z"),
    ]
    for (text, iso) in cases { XCTAssertEqual(ImportTimestamp.parse(text)?.description, iso, text) }
    for bad in ["31/02/2026", "gisteren", "2026-13-01", "01/09/2026 25:00", "12345"] {
      XCTAssertNil(ImportTimestamp.parse(bad), bad)
    }
  }

  func testOriginIsTheCampaignOrTheAnswerOrTheWebsite() throws {
    let csv =
      "Title,How did you find us?\nA,Via een vriend of collega\nB,Infosessie in de bib\nC,Nieuwsbrief\nD,\n"
      + "E,idea campaign: Oproep 2026\n"
    let open = try ImportFixtures.applied(try ImportFixtures.plan(csv))
    XCTAssertEqual(
      open.ideasInOrder.map(\.origin),
      [
        Origin(kind: .referral, name: "Via een vriend of collega"),
        Origin(kind: .networking, name: "Infosessie in de bib"), Origin(kind: .website, name: "Nieuwsbrief"),
        Origin(kind: .website), Origin(kind: .ideaCampaign, name: "Oproep 2026"),
      ])
    let campaign = try ImportFixtures.applied(
      try ImportFixtures.plan(csv, options: ImportFixtures.options(source: "Oproep 2026")))
    XCTAssertEqual(Set(campaign.ideasInOrder.map(\.origin)), [Origin(kind: .ideaCampaign, name: "Oproep 2026")])
    XCTAssertEqual(campaign.ideasInOrder[0].notes.map(\.text), ["How did you find us?: Via een vriend of collega"])
    XCTAssertEqual(campaign.ideasInOrder[3].notes, [])
  }

  func testRowsLandInIncomingWithTheirTimestampOrNow() throws {
    let csv = "Tijdstempel;Titel;Thema's\n01/09/2026 09:12:44;A;Voeding, Armoede, voeding\n;B;\n"
    let board = try ImportFixtures.applied(try ImportFixtures.plan(csv))
    let ideas = board.ideasInOrder
    XCTAssertEqual(ideas.map(\.stage), [Stage.incoming, Stage.incoming])
    XCTAssertEqual(board.column(Stage.incoming).map(\.title), ["A", "B"])
    XCTAssertEqual(ideas.map(\.created.description), ["2026-09-01T07:12:44Z", "2026-10-01T12:00:00Z"])
    XCTAssertEqual(ideas.map(\.enteredStage), ideas.map(\.created))
    XCTAssertEqual(ideas.map(\.tags), [["Voeding", "Armoede"], []])
  }

  func testInnovatorsAreMatchedByEmailIgnoringCaseToTheBoardAndWithinTheFile() throws {
    let board = try TestBoards.small()
    let csv =
      "Titel;Naam;E-mailadres;Telefoon\n"
      + "Nieuw idee;Sofie Van den Broeck;SOFIE@example.be;0470\n"
      + "Ander idee;Wout Claes;wout@example.be;\n"
      + "Derde idee;W. Claes;Wout@Example.be;0471 00 00 00\n"
    let plan = try ImportFixtures.plan(csv, board: board)
    XCTAssertEqual(plan.existingPeople, [PersonID(1)])
    XCTAssertEqual(plan.newPeople.count, 1)
    let wout = try XCTUnwrap(plan.newPeople.first)
    XCTAssertEqual(
      [wout.id.code, wout.givenName, wout.familyName, wout.email, wout.phone],
      ["P-0005", "Wout", "Claes", "wout@example.be", "0471 00 00 00"])
    XCTAssertEqual(wout.roles, [.innovator])
    XCTAssertEqual(plan.imported.map(\.innovators), [[PersonID(1)], [PersonID(5)], [PersonID(5)]])
    XCTAssertEqual(plan.imported.map(\.idea), [IdeaID(8), IdeaID(9), IdeaID(10)])
    let after = try ImportFixtures.applied(plan, to: board)
    XCTAssertEqual(after.person(PersonID(1)), board.person(PersonID(1)), "existing people are not changed")
  }

  func testGivenAndFamilyNameColumnsWinOverASplitNameOfTheSamePerson() throws {
    let csv =
      "Title,Co-innovators,First name,Last name,Email\n"
      + "A,\"Dieudonné Mbuyi Kalonji <dieu@example.be>\nJan <jan@example.be>\",Els,De Smet,els@example.be\n"
      + "B,,Dieudonné,Mbuyi Kalonji,dieu@example.be\n"
    let plan = try ImportFixtures.plan(csv)
    XCTAssertEqual(plan.newPeople.map(\.givenName), ["Els", "Dieudonné", "Jan"])
    XCTAssertEqual(plan.newPeople.map(\.familyName), ["De Smet", "Mbuyi Kalonji", ""])
    XCTAssertEqual(plan.imported.map(\.innovators), [[PersonID(1), PersonID(2), PersonID(3)], [PersonID(2)]])
  }

  func testNomBesidePrenomIsTheFamilyName() throws {
    let plan = try ImportFixtures.plan("Titre;Prénom;Nom\nRadio de quartier;Dieudonné;Mbuyi Kalonji\n")
    XCTAssertEqual(plan.newPeople.map { [$0.givenName, $0.familyName] }, [["Dieudonné", "Mbuyi Kalonji"]])
  }
}

/// Timestamps as form tools write them.
final class ImportTimestampTests: XCTestCase {
  func testFormToolTimestampsBecomeTheSubmissionTime() {
    let cases: [(String, String)] = [
      ("2026/11/03 9:14:02 AM CET", "2026-11-03T08:14:02Z"), ("2026/11/03 9:14:02 PM CET", "2026-11-03T20:14:02Z"),
      ("2026/11/03 12:05:00 AM CET", "2026-11-02T23:05:00Z"), ("2026/06/03 9:14:02 AM CEST", "2026-06-03T07:14:02Z"),
      ("03/11/2026 09:14:02", "2026-11-03T08:14:02Z"), ("3-11-2026 9:14", "2026-11-03T08:14:00Z"),
      ("2026-11-03T09:14:02+01:00", "2026-11-03T08:14:02Z"), ("2026-11-03 09:14:02 UTC", "2026-11-03T09:14:02Z"),
      ("2026-11-03 09:14:02 GMT+1", "2026-11-03T08:14:02Z"), ("2026-11-03T09:14:02.517Z", "2026-11-03T09:14:02Z"),
      ("3 nov. 2026 09:14", "2026-11-03T08:14:00Z"), ("Nov 3, 2026 9:14:02 PM", "2026-11-03T20:14:02Z"),
      ("3 mars 2026 à 14:00", "2026-03-03T13:00:00Z"), ("46329.3848611111", "2026-11-03T08:14:12Z"),
      ("46329", "2026-11-03T11:00:00Z"), ("2026-11-03 09:14:02 +0100", "2026-11-03T08:14:02Z"),
    ]
    for (text, iso) in cases { XCTAssertEqual(ImportTimestamp.parse(text)?.description, iso, text) }
    for bad in ["2026/11/03 13:00 PM", "31/11/2026", "9:14", "3 brumaire 2026", "2026-11-03 09:14 Mars"] {
      XCTAssertNil(ImportTimestamp.parse(bad), bad)
    }
  }
}
