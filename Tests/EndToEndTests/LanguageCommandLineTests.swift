import FabriekCore
import Foundation
import XCTest

/// The command line speaks the language chosen before its arguments are parsed: `--lang`, then
/// the settings file, then LC_ALL, LC_MESSAGES, LANG; its help, its errors (ArgumentParser's own
/// words included) and its reports follow it, and machine outputs do not.
final class LanguageCommandLineTests: EndToEndTestCase {
  /// A home and a config folder of the test's own, so no real settings are read, and no
  /// locale variable from the machine running the tests unless the test gives one.
  func fabriek(_ arguments: [String], _ environment: [String: String] = [:]) throws -> Binary.Result {
    var env = [
      "HOME": dir + "/home", "XDG_CONFIG_HOME": dir + "/config", "XDG_DATA_HOME": dir + "/data", "LC_ALL": "",
      "LC_MESSAGES": "", "LANG": "",
    ]
    for (k, v) in environment { env[k] = v }
    return try Binary.run(arguments, environment: env)
  }

  func writeSettings(_ text: String) throws {
    try FileManager.default.createDirectory(atPath: dir + "/config/fabriek", withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/config/fabriek/config.toml"))
  }

  /// `check` of the one-idea board, in Dutch.
  var dutchCheck: String {
    """
    \(board): OK, 1 idee (0 wijzigingen)
      Binnengekomen  1
      Ideevorming    0
      Verrijking     0
      Realisatie     0
      Uitgestapt     0
      Afgewezen      0
      Geparkeerd     0
      personen 0, sessies 0

    """
  }

  /// The first line of `check` of the one-idea board, in French (non-breaking space before ":").
  var frenchCheckHead: String { "\(board)\u{00A0}: OK, 1 idée (0 modification)" }

  func testAMoveToAnUnknownStageIsRefusedInFrenchWithExitOne() throws {
    try createBoard()
    let english = try fabriek(["idea", "move", "I-0001", "--to", "nowhere", "--file", board])
    let french = try fabriek(["--lang", "fr", "idea", "move", "I-0001", "--to", "nowhere", "--file", board])
    XCTAssertEqual(french.status, 1)
    XCTAssertEqual(french.stdout, "")
    XCTAssertTrue(french.stderr.hasPrefix("fabriek: --to"), french.stderr)
    XCTAssertEqual(french.stderr.filter { $0 == "\n" }.count, 1, "one sentence: \(french.stderr)")
    XCTAssertEqual(try stored().idea(IdeaID(1))?.stage, Stage.incoming, "nothing moved")
    // The sentence after "--to" is FabriekCore's; until its French catalogue is in this build
    // the two are the same, and what this command adds is checked by the test below.
    guard french.stderr != english.stderr else {
      throw XCTSkip("FabriekCore's French board errors are not in this build yet")
    }
    XCTAssertFalse(french.stderr.contains("is not a stage"), french.stderr)
  }

  func testTheReasonsTheCommandLineGivesAreFrench() throws {
    try createBoard()
    let code = try fabriek(["--lang", "fr", "idea", "move", "XYZ", "--to", "enrichment", "--file", board])
    XCTAssertEqual(code.status, 1)
    XCTAssertTrue(code.stderr.contains("«\u{00A0}XYZ\u{00A0}» n'est pas un code d'idée comme I-0042"), code.stderr)
    let format = try fabriek(["--lang", "fr", "export", "--format", "pdf", "--file", board])
    XCTAssertEqual(format.status, 1)
    XCTAssertEqual(format.stderr, "fabriek: --format\u{00A0}: «\u{00A0}pdf\u{00A0}» n'est pas csv, json ou md.\n")
    let session = try fabriek(["--lang", "nl", "export", "--format", "md", "--session", "X", "--file", board])
    XCTAssertEqual(session.stderr, "fabriek: --session: “X” is geen sessiecode zoals S-0003.\n")
  }

  func testHelpIsDutchWithLangNl() throws {
    let help = try fabriek(["--lang", "nl", "--help"])
    XCTAssertEqual(help.status, 0, help.stderr)
    let text = help.stdout
    XCTAssertTrue(text.hasPrefix("OVERZICHT: Het ideeënbord van een sociale-innovatiefabriek: triage, coachen,"), text)
    XCTAssertTrue(text.contains("Zonder subcommando opent fabriek het bord op het volledige scherm."), text)
    XCTAssertTrue(text.contains("\nGEBRUIK: fabriek [--file <file>]"), text)
    XCTAssertTrue(text.contains("\nOPTIES:\n  --file <file>           Het bordbestand (standaard:"), text)
    XCTAssertTrue(text.contains("  --lang <lang>           De taal: en, nl of fr (vóór een subcommando).\n"), text)
    XCTAssertTrue(text.contains("  -h, --help              Toon de hulp.\n"), text)
    XCTAssertTrue(text.contains("\nSUBCOMMANDO'S:\n  check                   Controleer een bordbestand"), text)
    XCTAssertTrue(text.contains("Zie 'fabriek help <subcommando>' voor uitgebreide hulp."), text)
    for english in ["OVERVIEW", "USAGE:", "OPTIONS:", "SUBCOMMANDS:", "Show help information", "The board file"] {
      XCTAssertFalse(text.contains(english), "\(english) in\n\(text)")
    }
  }

  func testIdeaHelpIsFrench() throws {
    let help = try fabriek(["--lang", "fr", "idea", "--help"])
    XCTAssertEqual(help.status, 0, help.stderr)
    XCTAssertTrue(
      help.stdout.hasPrefix("APERÇU\u{00A0}: Ajouter, déplacer, annoter, afficher et lister des idées.\n"), help.stdout)
    XCTAssertTrue(help.stdout.contains("\nUTILISATION\u{00A0}: fabriek idea <sous-commande>\n"), help.stdout)
    XCTAssertTrue(help.stdout.contains("\nSOUS-COMMANDES\u{00A0}:\n"), help.stdout)
    XCTAssertTrue(
      help.stdout.contains("  move                    Déplacer une idée vers une autre phase.\n"), help.stdout)
    let move = try fabriek(["--lang", "fr", "help", "idea", "move"])
    XCTAssertEqual(move.status, 0, move.stderr)
    XCTAssertTrue(
      move.stdout.contains("\nARGUMENTS\u{00A0}:\n  <code>                  Le code de l'idée, p. ex. I-0042.\n"),
      move.stdout)
    XCTAssertTrue(move.stdout.contains("  --to <to>               Identifiant ou nom de la phase.\n"), move.stdout)
  }

  func testArgumentParsersOwnErrorsSpeakTheLanguage() throws {
    let missing = try fabriek(["--lang", "nl", "idea", "move", "--file", board])
    XCTAssertEqual(missing.status, 1)
    XCTAssertEqual(
      missing.stderr,
      """
      Fout: Het argument '<code>' ontbreekt
      Hulp:  <code>  De code van het idee, bv. I-0042.
      Gebruik: fabriek idea move [--file <file>] [--as <as>] <code> --to <to> [--outcome <outcome>]
        Zie 'fabriek idea move --help' voor meer uitleg.

      """)
    let unknown = try fabriek(["--lang", "fr", "--bogus"])
    XCTAssertEqual(unknown.status, 1)
    XCTAssertTrue(
      unknown.stderr.hasPrefix("Erreur\u{00A0}: Option inconnue '--bogus'\nUtilisation\u{00A0}: fabriek"),
      unknown.stderr)
    let english = try fabriek(["--bogus"])
    XCTAssertTrue(english.stderr.hasPrefix("Error: Unknown option '--bogus'\nUsage: fabriek"), english.stderr)
  }

  func testLangIsDutchMakesCheckDutch() throws {
    try createBoard()
    let check = try fabriek(["check", "--file", board], ["LANG": "nl_BE.UTF-8"])
    XCTAssertEqual(check.status, 0, check.stderr)
    XCTAssertEqual(check.stdout, dutchCheck)
  }

  func testLcAllWinsOverLang() throws {
    try createBoard()
    let check = try fabriek(["check", "--file", board], ["LC_ALL": "fr_BE.UTF-8", "LANG": "nl_BE.UTF-8"])
    XCTAssertEqual(check.status, 0, check.stderr)
    XCTAssertEqual(check.stdout.split(separator: "\n").first.map(String.init), frenchCheckHead)
    XCTAssertTrue(check.stdout.contains("\n  Entrant             1\n"), check.stdout)
  }

  func testTheSettingsFileWinsOverLangAndTheFlagOverTheSettingsFile() throws {
    try createBoard()
    try writeSettings("# fabriek\nlanguage = \"fr\"\n")
    let settings = try fabriek(["check", "--file", board], ["LANG": "nl_BE.UTF-8"])
    XCTAssertEqual(settings.stdout.split(separator: "\n").first.map(String.init), frenchCheckHead)
    let flag = try fabriek(["--lang", "nl", "check", "--file", board], ["LANG": "fr_BE.UTF-8"])
    XCTAssertEqual(flag.stdout, dutchCheck)
    let after = try fabriek(["check", "--file", board, "--lang=nl"])
    XCTAssertEqual(after.stdout, dutchCheck, "--lang anywhere on the line")
  }

  func testAnUnknownLangSaysSoInOneSentenceAndGoesOnInTheChosenLanguage() throws {
    try createBoard()
    let check = try fabriek(["--lang", "xx", "check", "--file", board], ["LANG": "nl_BE.UTF-8"])
    XCTAssertEqual(check.status, 0, check.stderr)
    XCTAssertEqual(check.stderr, "fabriek: “xx” is geen taal van fabriek; kies en, nl of fr.\n")
    XCTAssertEqual(check.stdout, dutchCheck)
  }

  func testASettingsFileThatIsNotTOMLIsOneSentenceInTheLanguageChosenWithoutIt() throws {
    try createBoard()
    try writeSettings("language: fr\n")
    let check = try fabriek(["check", "--file", board], ["LANG": "nl_BE.UTF-8"])
    XCTAssertEqual(check.status, 0, check.stderr)
    XCTAssertEqual(
      check.stderr,
      "fabriek: Het instellingenbestand \(dir)/config/fabriek/config.toml wordt niet gebruikt: regel 1 is geen TOML "
        + "zoals language = \"nl\".\n")
    XCTAssertEqual(check.stdout, dutchCheck)
  }

  func testABrokenSettingsFileAndAnUnknownLangAreBothSaid() throws {
    try createBoard()
    try writeSettings("language: fr\n")
    let check = try fabriek(["--lang", "xx", "check", "--file", board], ["LANG": "nl_BE.UTF-8"])
    XCTAssertEqual(check.status, 0, check.stderr)
    XCTAssertEqual(
      check.stderr.split(separator: "\n").map(String.init),
      [
        "fabriek: Het instellingenbestand \(dir)/config/fabriek/config.toml wordt niet gebruikt: regel 1 is geen TOML "
          + "zoals language = \"nl\".",
        "fabriek: “xx” is geen taal van fabriek; kies en, nl of fr.",
      ])
    XCTAssertEqual(check.stdout, dutchCheck)
  }

  func testTheImportSummaryIsFrench() throws {
    let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("sample-data/candidates.csv").path
    try createBoard()
    let dry = try fabriek(["--lang", "fr", "import", sample, "--dry-run", "--file", board])
    XCTAssertEqual(dry.status, 0, dry.stderr)
    let lines = dry.stdout.split(separator: "\n").map(String.init)
    XCTAssertEqual(
      lines.first,
      "Importerait 38 sur 40 lignes dans Entrant (I-0002 à I-0039), avec 38 nouvelles personnes et 0 personne déjà "
        + "sur le tableau ; essai à blanc, rien n'a été modifié.")
    XCTAssertEqual(lines.dropFirst().first, "Lu comme CSV séparé par des points-virgules, en utf-8.")
    XCTAssertTrue(
      dry.stdout.contains(
        "\n  ligne 2\u{00A0}: I-0002 «\u{00A0}Buurtrestaurant voor eenzame senioren in Laken\u{00A0}» par "),
      dry.stdout)
    XCTAssertTrue(dry.stdout.contains("\n2 doublons, non importés\u{00A0}:\n"), dry.stdout)
  }

  func testMoveAndListSayWhereAnIdeaIsInDutch() throws {
    try createBoard()
    let move = try fabriek(["--lang", "nl", "idea", "move", "I-0001", "--to", "idea-generation", "--file", board])
    XCTAssertEqual(move.status, 0, move.stderr)
    XCTAssertEqual(move.stdout, "I-0001 staat in Ideevorming\n")
    let list = try fabriek(["idea", "list", "--file", board], ["LANG": "nl_BE.UTF-8"])
    XCTAssertEqual(list.stdout, "I-0001  Ideevorming  Alpha buurtrestaurant\n")
    let far = try fabriek(["--lang", "nl", "idea", "add", "--title", "Kandidaat", "--file", board])
    XCTAssertEqual(far.stdout, "I-0002\n", far.stderr)
    let refused = try fabriek(["--lang", "nl", "idea", "move", "I-0002", "--to", "exited", "--file", board])
    XCTAssertEqual(refused.status, 1)
    XCTAssertTrue(
      refused.stderr.contains(
        "I-0002 is een kandidaat in Binnengekomen: aanvaard het eerst in Ideevorming of Verrijking"),
      refused.stderr)
  }

  func testIdeaShowWritesDatesTheLanguagesWay() throws {
    try createBoard()
    let dutch = try fabriek(["--lang", "nl", "idea", "show", "I-0001", "--file", board])
    XCTAssertEqual(dutch.status, 0, dutch.stderr)
    XCTAssertTrue(dutch.stdout.contains("\n  fase        Binnengekomen sinds 2 mrt. 2026\n"), dutch.stdout)
    XCTAssertTrue(dutch.stdout.contains("\n  aangemaakt  2 mrt. 2026 09:00\n"), dutch.stdout)
    let french = try fabriek(["--lang", "fr", "idea", "show", "I-0001", "--file", board])
    XCTAssertTrue(french.stdout.contains("\n  phase  Entrant depuis le 2 mars 2026\n"), french.stdout)
    let english = try fabriek(["idea", "show", "I-0001", "--file", board])
    XCTAssertTrue(english.stdout.contains("\n  stage    Incoming since 2 Mar 2026\n"), english.stdout)
  }

  func testMachineOutputsAreTheSameInEveryLanguage() throws {
    XCTAssertEqual(try fabriek(["demo-data", "--count", "25", "--seed", "3", "--out", board]).status, 0)
    let outputs: [[String]] = [
      ["export", "--format", "json"], ["export", "--format", "csv"], ["export", "--format", "csv", "--delimiter", ";"],
      ["idea", "show", "I-0003", "--json"], ["idea", "list", "--json"],
    ]
    for arguments in outputs {
      let english = try fabriek(["--lang", "en"] + arguments + ["--file", board])
      let dutch = try fabriek(["--lang", "nl"] + arguments + ["--file", board])
      let french = try fabriek(arguments + ["--file", board], ["LANG": "fr_BE.UTF-8"])
      XCTAssertEqual(english.status, 0, english.stderr)
      XCTAssertFalse(english.stdout.isEmpty, "\(arguments)")
      XCTAssertEqual(Data(dutch.stdout.utf8), Data(english.stdout.utf8), "\(arguments)")
      XCTAssertEqual(Data(french.stdout.utf8), Data(english.stdout.utf8), "\(arguments)")
    }
  }
}
