import Foundation
import Testing

@testable import FabriekCore

/// The core's sentences in Dutch and French: one of each kind, word for word, and that the board
/// file does not depend on the language it was written in.
@Suite("Core texts in Dutch and French")
struct CoreTextTests {
  static let day = Day(year: 2027, month: 3, day: 1) ?? Day(daysSinceEpoch: 0)

  @Test("a rule violation names the field and the reason in the current language")
  func ruleViolation() {
    let negative = RuleViolation(FinancingField.asked, .negative)
    let tooLong = RuleViolation(IdeaField.description, .tooLong(max: Rules.maxLongText, count: 100_012))
    Language.$current.withValue(.nl) {
      #expect(negative.description == "gevraagd bedrag: dit kan niet negatief zijn.")
      #expect(tooLong.description == "beschrijving: hou het onder 100.000 tekens (nu 100.012).")
      #expect(
        RuleReason.grantedMoreThanAsked(granted: Euro(euros: 15_000), asked: Euro(euros: 12_500)).text
          == "€ 15.000,00 is meer dan de gevraagde € 12.500,00")
    }
    Language.$current.withValue(.fr) {
      #expect(negative.description == "montant demandé : cette valeur ne peut pas être négative.")
      #expect(tooLong.description == "description : restez en dessous de 100.000 caractères (il y en a 100.012).")
      #expect(
        RuleReason.submittedInTheFuture(Self.day).text
          == "le 1 mars 2027 est dans le futur ; une demande est déposée aujourd'hui ou avant")
    }
    // English as it always was: numbers ungrouped, dates ISO.
    #expect(tooLong.description == "description: keep it under 100000 characters (it has 100012).")
    #expect(
      RuleReason.submittedInTheFuture(Self.day).text
        == "2027-03-01 is in the future; an application is submitted on or before today")
  }

  @Test("an operation the board refuses says why in the current language")
  func refusedOperation() throws {
    let board = try TestBoards.small()
    func refusal(_ op: BoardOperation) -> String? {
      var copy = board
      do {
        _ = try copy.apply(op, by: "test", at: TestBoards.t0)
        return nil
      } catch {
        return error.message
      }
    }
    let move = BoardOperation.moveIdea(IdeaID(7), stage: Stage.enrichment, index: 0, enteredAt: TestBoards.t0)
    Language.$current.withValue(.nl) {
      #expect(refusal(move) == "I-0007 is afgewezen: onvolledig, no team yet; heropen het voor je het verplaatst.")
      #expect(
        refusal(.removeIdea(IdeaID(99)))
          == "Idee I-0099 bestaat niet op dit bord; controleer de code met `fabriek idea list`.")
    }
    Language.$current.withValue(.fr) {
      #expect(refusal(move) == "I-0007 est refusée : incomplète, no team yet ; rouvrez-la avant de la déplacer.")
      #expect(
        refusal(.linkPerson(IdeaID(1), PersonID(1), .innovator))
          == "P-0001 est déjà porteur de projet de I-0001.")
    }
  }

  @Test("a history line is English in the board file and can be worded in another language for the screen")
  func historyLines() throws {
    var board = try TestBoards.small()
    let move = BoardOperation.moveIdea(IdeaID(3), stage: Stage.enrichment, index: 0, enteredAt: TestBoards.t0)
    let park = BoardOperation.decide(IdeaID(1), Decision(kind: .park(revisit: Self.day), by: "An", at: TestBoards.t0))
    #expect(board.summary(of: move, in: .nl) == "I-0003 verplaatst van Ideevorming naar Verrijking")
    #expect(board.summary(of: park, in: .fr) == "I-0001 mise en attente jusqu'au 1 mars 2027")
    #expect(board.summary(of: .editIdea(IdeaID(1), [.region(.brussels)]), in: .nl) == "I-0001 bewerkt: regio")
    try Language.$current.withValue(.fr) {
      #expect(board.summary(of: move) == "moved I-0003 from Idea generation to Enrichment")
      try board.apply(move, by: "An", at: TestBoards.t0)
    }
    #expect(board.history.last?.what == "moved I-0003 from Idea generation to Enrichment")
  }

  @Test("a store error says what is wrong and what to do in the current language")
  func storeError() {
    let missing = StoreError.missing(path: "/tmp/bord.json")
    let readOnly = StoreError.readOnlyBoard(path: "/tmp/bord.json")
    Language.$current.withValue(.nl) {
      #expect(
        missing.message
          == "/tmp/bord.json bestaat niet; `fabriek --file /tmp/bord.json` maakt er een leeg bord, en "
          + "`fabriek demo-data --out /tmp/bord.json` een voorbeeldbord.")
      #expect(
        StoreError.io(IOError("write", "/tmp/bord.json", ENOSPC), nothingLost: true).message
          == "Bewaren in /tmp/bord.json is mislukt: de schijf is vol; maak wat ruimte vrij en probeer opnieuw "
          + "(niets wat al bewaard was, is verloren).")
    }
    Language.$current.withValue(.fr) {
      #expect(
        readOnly.message
          == "/tmp/bord.json est en lecture seule (son droit d'écriture est désactivé), rien n'a donc été modifié ; "
          + "rendez-le modifiable avec `chmod u+w /tmp/bord.json` pour changer le tableau.")
      #expect(
        StoreError.damaged(path: "/tmp/bord.json", detail: tr("snapshot.empty")).message
          == "/tmp/bord.json est endommagé : le fichier est vide.")
    }
  }

  @Test("what breaks a board file's JSON is said in the current language")
  func jsonDetail() {
    func failure(_ text: String) -> String {
      Array(text.utf8).withUnsafeBufferPointer { bytes in
        var reader = JSONReader(bytes)
        do {
          _ = try reader.int()
          return ""
        } catch {
          return "\(error)"
        }
      }
    }
    #expect(Language.$current.withValue(.nl) { failure("x") } == "een geheel getal verwacht op byte 0")
    #expect(
      Language.$current.withValue(.fr) { failure("012") } == "un nombre ne peut pas commencer par un zéro à l'octet 3")
    #expect(failure("x") == "expected a whole number at byte 0")
  }

  @Test("a damaged board file is reported in the language of the one who opens it")
  func damagedFile() throws {
    let dir = try TestBoards.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/bord.json"
    try Data().write(to: URL(fileURLWithPath: path))
    let message = Language.$current.withValue(.nl) { () -> String in
      do throws(StoreError) {
        _ = try BoardStore.open(path)
        return ""
      } catch {
        return error.message
      }
    }
    #expect(message.hasPrefix("\(path) is beschadigd (het bestand is leeg) en is onaangeroerd gelaten"), "\(message)")
  }

  @Test("an import refusal says what to do in the current language")
  func importRefusal() {
    Language.$current.withValue(.nl) {
      #expect(
        ImportError.noTitleColumn(headers: ["Naam", "E-mail"]).message
          == "Geen enkele kolom bevat de titel van het idee (de kolommen zijn “Naam”, “E-mail”); "
          + "wijs ze aan met --map KOLOM=title.")
      #expect(
        RowNotice.invalidEmail("sofie(at)voorbeeld.be").message
          == "“sofie(at)voorbeeld.be” is geen e-mailadres; bewaard in de notitie")
    }
    Language.$current.withValue(.fr) {
      #expect(
        ImportError.noTitleColumn(headers: ["Nom", "Courriel"]).message
          == "Aucune colonne ne contient le titre de l'idée (les colonnes sont « Nom », « Courriel ») ; "
          + "indiquez-la avec --map COLONNE=title.")
      #expect(
        RowNotice.unmatched(.applicantKind, "Coopérative").message
          == "type de demandeur « Coopérative » ne correspond à aucune option ; conservé dans la note "
          + "(--value applicant-kind:Coopérative=…)")
    }
  }

  @Test("an outcome says declined or parked in the current language, the date the language's way")
  func outcomeLabel() {
    let declined = Outcome.declined(reason: .outOfScope, text: "geen sociaal doel")
    let parked = Outcome.parked(revisit: Self.day)
    Language.$current.withValue(.nl) {
      #expect(declined.label == "afgewezen: valt buiten de opdracht, geen sociaal doel")
      #expect(parked.label == "geparkeerd tot 1 mrt. 2027")
    }
    Language.$current.withValue(.fr) {
      #expect(declined.label == "refusée : hors du champ d'action, geen sociaal doel")
      #expect(parked.label == "en attente jusqu'au 1 mars 2027")
    }
    #expect(parked.label == "parked until 2027-03-01")
    #expect(Language.$current.withValue(.fr) { parked.label(in: .en) } == "parked until 2027-03-01")
  }

  @Test("option labels are the current language's; the English label is there by name for files")
  func optionLabels() {
    Language.$current.withValue(.nl) {
      #expect(ApplicantKind.civilSociety.label == "middenveldorganisatie")
      #expect(Region.eastFlanders.label == "Oost-Vlaanderen")
      #expect(DeclineReason.notFeasible.label == "niet haalbaar")
      #expect(Origin(kind: .ideaCampaign, name: "Oproep 2026").label == "ideeënoproep: Oproep 2026")
      #expect(ApplicantKind.civilSociety.label(in: .en) == "civil-society group")
    }
    Language.$current.withValue(.fr) {
      #expect(ApplicantKind.publicBody.label == "pouvoir public")
      #expect(EnrichmentKind.targetAudience.label == "analyse du public cible")
      #expect(FinancingKind.feasibilityStudy.label == "étude de faisabilité")
      #expect(Origin(kind: .ideaCampaign, name: "Appel 2026").label == "appel à idées : Appel 2026")
    }
  }

  @Test("an option's label in any language is read back by import")
  func importReadsLabelsInEveryLanguage() {
    for language in Language.allCases {
      for kind in ApplicantKind.allCases {
        #expect(ImportValues.option(kind.label(in: language), for: .applicantKind) == kind.rawValue)
      }
      for region in Region.allCases {
        #expect(ImportValues.option(region.label(in: language), for: .region) == region.rawValue)
      }
    }
  }

  @Test("the default rubric's criteria are shown in the current language")
  func rubricCriteria() {
    let impact = Rubric.default.criteria[0]
    let sustainability = Rubric.default.criteria[4]
    Language.$current.withValue(.nl) {
      #expect(impact.displayName == "maatschappelijke impact")
      #expect(sustainability.displayName == "financiële duurzaamheid")
    }
    Language.$current.withValue(.fr) {
      #expect(impact.displayName == "impact social")
      #expect(sustainability.displayName == "pérennité financière")
    }
    #expect(impact.displayName == "social impact")
  }

  @Test("a board's own stage and criterion names are shown as written in every language")
  func ownNamesAsWritten() throws {
    var board = try TestBoards.small()
    var stages = board.stages
    stages[2].name = "Verdieping"
    try board.apply(.setStages(stages), by: "test", at: TestBoards.t0)
    let criterion = Rubric.Criterion(id: "impact", name: "Impact op de buurt", weight: 3)
    let extra = Rubric.Criterion(id: "reach", name: "reach", weight: 1)
    for language in Language.allCases {
      Language.$current.withValue(language) {
        #expect(board.stages[2].displayName == "Verdieping")
        #expect(criterion.displayName == "Impact op de buurt")
        #expect(extra.displayName == "reach")
        #expect(BoardExport(board: board, scope: .stage(Stage.enrichment)).markdown().contains("## Verdieping ("))
      }
    }
    Language.$current.withValue(.fr) {
      #expect(BoardExport(board: board).markdown().contains("## Réalisation (1)"))
    }
  }

  @Test("export headings are the current language's")
  func exportHeadings() throws {
    let board = try TestBoards.small()
    let nl = Language.$current.withValue(.nl) { BoardExport(board: board).markdown() }
    #expect(nl.contains("| Onderdeel | Ideeën |"))
    #expect(nl.contains("## Binnengekomen (2)"))
    #expect(nl.contains("## Afgewezen (1)"))
    #expect(nl.contains("| Code | Titel | Innovators | Aanvrager | Regio | Herkomst | Thema's | Fase | Reden |"))
    #expect(nl.contains("| I-0007 | Te vroeg |  |  |  |  |  | Binnengekomen | afgewezen: onvolledig, no team yet |"))
    #expect(nl.contains("_Geen ideeën._"))
    #expect(nl.contains("| Score | In fase sinds |"))
    #expect(
      nl.contains("| I-0003 | Repair café Gent | Sofie Van den Broeck |  |  |  | zorg |  | 2 mrt. 2026 |"), "\(nl)")
    let fr = Language.$current.withValue(.fr) { try? SessionSummary.markdown(SessionID(1), on: board) } ?? ""
    #expect(fr.contains("- Type : co-création\n- Date : 10 mars 2026\n"), "\(fr)")
    #expect(fr.contains("## Ordre du jour\n\n1. I-0003 Repair café Gent"))
    #expect(fr.contains("## Votes\n\n_Aucun vote._"))
  }

  @Test("the CSV export is the same in every language")
  func csvExportStaysFixed() throws {
    var board = try TestBoards.small()
    try board.apply(
      .editIdea(IdeaID(1), [.applicantKind(.civilSociety), .region(.brussels)]), by: "t", at: TestBoards.t0)
    let english = BoardExport(board: board).csv()
    #expect(Language.$current.withValue(.fr) { BoardExport(board: board).csv() } == english)
    #expect(Language.$current.withValue(.nl) { BoardExport(board: board).csv() } == english)
  }

  @Test("the board file written in French is byte for byte the one written in English")
  func boardFileIsLanguageFree() throws {
    func write(in language: Language) throws -> (snapshot: Data, journal: Data, compacted: Data) {
      try Language.$current.withValue(language) {
        let dir = try TestBoards.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/board.json"
        let t = TestBoards.t0
        let demo = DemoData.board(count: 40, seed: 7, now: t)
        try BoardStore.create(at: path, board: demo)
        let store = try BoardStore.open(path)
        let candidate = demo.column(Stage.incoming).first?.id ?? IdeaID(1)
        let other = demo.column(Stage.incoming).dropFirst().first?.id ?? IdeaID(2)
        let target = demo.column(Stage.enrichment).first?.id ?? IdeaID(3)
        let decline = Decision(kind: .decline(reason: .notFeasible, text: "te duur"), by: "An", at: t)
        try store.commit(Change(.decide(candidate, decline), by: "An", at: t))
        try store.commit(Change(.decide(other, Decision(kind: .merge(into: target), by: "An", at: t)), by: "An", at: t))
        let csv = Array("Titel;Type aanvrager;Regio\nBuurtmoestuin;Association;Bruxelles\n".utf8)
        let options = ImportOptions(author: "An", now: t)
        _ = try store.importCandidates(
          try ImportTable.read(csv: csv, options: options), options: options, file: "x.csv")
        let snapshot = try Data(contentsOf: URL(fileURLWithPath: path))
        let journal = try Data(contentsOf: URL(fileURLWithPath: path + ".journal"))
        try store.compact()
        let compacted = try Data(contentsOf: URL(fileURLWithPath: path))
        store.close()
        return (snapshot, journal, compacted)
      }
    }
    let english = try write(in: .en)
    let french = try write(in: .fr)
    #expect(french.snapshot == english.snapshot)
    #expect(french.journal == english.journal)
    #expect(french.compacted == english.compacted)
    #expect(!english.journal.isEmpty)
  }
}
