import FabriekCore
import Foundation
import XCTest
import ZIPFoundation

/// `fabriek import` with the exports people have: a Microsoft Forms workbook and a Google Forms
/// CSV with no flags, the dry run's mapping table, refusals of files that are not exports, and
/// a mapping saved as a profile on the board that reads the next export with no flags.
final class ImportFormsCommandTests: XCTestCase {
  var dir = ""
  var board: String { dir + "/board.json" }
  static func sample(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("sample-data/" + name).path
  }

  override func setUp() async throws {
    try Binary.requireBuilt()
    dir = try Binary.temporaryDirectory()
    XCTAssertEqual(try Binary.run(["demo-data", "--count", "0", "--out", board]).status, 0)
  }
  override func tearDown() async throws { try? FileManager.default.removeItem(atPath: dir) }

  func testAMicrosoftFormsWorkbookImportsWithNoFlagsWhateverItsName() throws {
    // Recognised by its content: a workbook saved without its extension is still a workbook.
    let copy = dir + "/export"
    try FileManager.default.copyItem(atPath: Self.sample("microsoft-forms-export.xlsx"), toPath: copy)
    let dry = try Binary.run(["import", "--file", board, copy, "--dry-run"])
    XCTAssertEqual(dry.status, 0, dry.stderr)
    let lines = dry.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    XCTAssertEqual(
      Array(lines.prefix(16)),
      [
        "Would import 3 of 3 rows into Incoming (I-0001 to I-0003), with 3 new people and 0 people already on the "
          + "board; dry run, nothing was changed.",
        "Read as an Excel workbook, sheet “Form1”.",
        "Columns (change one with --map \"COLUMN=field\"):",
        "  ID                                            → kept as note",
        "  Start time                                    → kept as note",
        "  Completion time                               → timestamp",
        "  Email                                         → email",
        "  Name                                          → name",
        "  Project title / Titre du projet               → title  (guessed from “title”)",
        "  Describe your idea / Décrivez votre idée      → description  (guessed from “describe”)",
        "  What type of organisation are you? / Quel t…  → applicant-kind  (guessed from “type”, “organisation”)",
        "  Region / Région                               → region",
        "  Phone number / Numéro de téléphone            → phone  (guessed from “numero”, “telephone”)",
        "  How did you hear about us? / Comment nous a…  → origin  (guessed from “hear”, “about”)",
        "  Anything else? / Autre chose ?                → kept as note",
        "“Completion time” and “Start time” both look like timestamp; “Completion time” is read as it and "
          + "“Start time” kept as a note.",
      ])
    XCTAssertTrue(try Binary.run(["check", "--file", board]).stdout.contains("OK, 0 ideas (0 changes)"))
    let real = try Binary.run(["import", "--file", board, copy, "--as", "noor"])
    XCTAssertEqual(real.status, 0, real.stderr)
    XCTAssertTrue(real.stdout.contains("3 columns kept as a note on each idea, under the question: “ID”, “Start time”, "), real.stdout)
    let show = try Binary.run(["idea", "show", "--file", board, "I-0001", "--json"])
    let idea = try JSONDecoder().decode(Idea.self, from: Data(show.stdout.utf8))
    XCTAssertEqual(idea.title, "Community fridge in Molenbeek")
    XCTAssertEqual(idea.description, "A fridge anyone can fill and empty.\nShops bring what they cannot sell.")
    XCTAssertEqual(idea.created.description, "2026-11-03T08:14:12Z")
    XCTAssertEqual(
      idea.notes.map(\.text), ["ID: 1\nStart time: 2026-11-03 09:02:41\nAnything else? / Autre chose ?: We already have a fridge"])
  }

  func testAGoogleFormsExportWithDutchQuestionsImportsWithNoFlags() throws {
    let r = try Binary.run(["import", "--file", board, Self.sample("google-forms-export.csv")])
    XCTAssertEqual(r.status, 0, r.stderr)
    XCTAssertTrue(r.stdout.hasPrefix("Imported 5 of 5 rows into Incoming (I-0001 to I-0005)"), r.stdout)
    XCTAssertTrue(
      r.stdout.contains(
        "  applicant type “Koepelorganisatie” (line 7): --value \"applicant-kind:Koepelorganisatie=OPTION\", OPTION one of "
          + "individual, civil-society, social-enterprise, company, public-body, none"), r.stdout)
    XCTAssertTrue(r.stdout.contains("To read the next export") == false, r.stdout)
    let list = try Binary.run(["idea", "list", "--file", board, "--json"])
    XCTAssertEqual(list.status, 0, list.stderr)
    XCTAssertTrue(list.stdout.contains("Buurtkeuken Oud-Berchem"), list.stdout)
  }

  func testAMappingSavedAsAProfileReadsTheNextExportWithNoFlags() throws {
    let first = dir + "/oktober.csv"
    try "Projectidee;Indiener;Soort;Vertel ons meer\nSoepbar;Jan Peeters;Koepel;Soep voor iedereen\n".write(
      toFile: first, atomically: true, encoding: .utf8)
    let noProfile = try Binary.run([
      "import", "--file", board, first, "--dry-run", "--map", "Soort=applicant-kind", "--value", "applicant-kind:Koepel=civil-society",
    ])
    XCTAssertEqual(noProfile.status, 0, noProfile.stderr)
    XCTAssertTrue(noProfile.stdout.contains("add --profile NAME"), noProfile.stdout)
    let saved = try Binary.run([
      "import", "--file", board, first, "--map", "Soort=applicant-kind", "--value", "applicant-kind:Koepel=civil-society",
      "--map", "Vertel ons meer=description", "--profile", "Buurtoproep",
    ])
    XCTAssertEqual(saved.status, 0, saved.stderr)
    XCTAssertTrue(saved.stdout.contains("Saved the import profile “Buurtoproep” on the board"), saved.stdout)

    let second = dir + "/november.csv"
    try "Projectidee;Indiener;Soort;Vertel ons meer\nRepair café;Els De Smet;Koepel;Elke maand\n".write(
      toFile: second, atomically: true, encoding: .utf8)
    let next = try Binary.run(["import", "--file", board, second])
    XCTAssertEqual(next.status, 0, next.stderr)
    XCTAssertTrue(next.stdout.contains("Read with the import profile “Buurtoproep” saved on the board"), next.stdout)
    XCTAssertFalse(next.stdout.contains("fits no option"), next.stdout)
    let idea = try JSONDecoder().decode(
      Idea.self, from: Data(try Binary.run(["idea", "show", "--file", board, "I-0002", "--json"]).stdout.utf8))
    XCTAssertEqual([idea.title, idea.description], ["Repair café", "Elke maand"])
    XCTAssertEqual(idea.applicantKind, .civilSociety)
    // The profile is on the board: it survives compaction.
    XCTAssertEqual(try Binary.run(["compact", "--file", board]).status, 0)
    XCTAssertEqual(try BoardStore.open(board, readOnly: true).board.importProfile(named: "buurtoproep")?.values.count, 1)
  }

  func testFilesThatAreNotExportsAreRefusedInOneSentence() throws {
    func cfb(_ stream: String) -> Data {
      var b = [UInt8](repeating: 0, count: 1536)
      b.replaceSubrange(0..<8, with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
      for (j, u) in stream.utf16.enumerated() {
        b[1024 + 128 + 2 * j] = UInt8(u & 0xFF)
        b[1024 + 128 + 2 * j + 1] = UInt8(u >> 8)
      }
      return Data(b)
    }
    let archive = try Archive(data: Data(), accessMode: .create)
    let text = Data("Titel\nA\n".utf8)
    try archive.addEntry(
      with: "kandidaten.csv", type: .file, uncompressedSize: Int64(text.count), compressionMethod: .deflate,
      provider: { p, n in text.subdata(in: Int(p)..<Int(p) + n) })
    let cases: [(String, Data, String)] = [
      (
        "versleuteld.xlsx", cfb("EncryptionInfo"),
        "fabriek: The workbook is encrypted with a password, so fabriek cannot read it; open it in Excel, remove the "
          + "password (File › Info › Protect Workbook › Encrypt with Password), save it and import it again, or save "
          + "it as CSV UTF-8.\n"
      ),
      (
        "oud.xls", cfb("Workbook"),
        "fabriek: The file is an Excel 97–2003 workbook (.xls), which fabriek does not read; open it in Excel or "
          + "LibreOffice, save it as .xlsx (or CSV UTF-8) and import that.\n"
      ),
      (
        "export.zip", archive.data ?? Data(),
        "fabriek: The file is a ZIP archive but not an Excel workbook (it has no xl/workbook.xml); open it in its "
          + "program and save it as .xlsx or CSV UTF-8, then import that.\n"
      ),
    ]
    for (name, bytes, message) in cases {
      let path = dir + "/" + name
      try bytes.write(to: URL(fileURLWithPath: path))
      let r = try Binary.run(["import", "--file", board, path])
      XCTAssertEqual(r.status, 1, name)
      XCTAssertEqual(r.stderr, message, name)
    }
    let sheet = try Binary.run(["import", "--file", board, Self.sample("microsoft-forms-export.xlsx"), "--sheet", "Blad9"])
    XCTAssertEqual(sheet.status, 1)
    XCTAssertEqual(sheet.stderr, "fabriek: --sheet: the workbook has no sheet “Blad9” (its sheets are “Form1”).\n")
    XCTAssertTrue(try Binary.run(["check", "--file", board]).stdout.contains("OK, 0 ideas (0 changes)"))
  }
}
