import FabriekCore
import Foundation
import XCTest

/// `fabriek import` and `fabriek export` as a user runs them: the summary, dry runs, exit
/// codes and one-sentence errors, files written only for their owner, and a CSV round trip.
final class ImportExportCommandTests: EndToEndTestCase {
  static var sample: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("sample-data/candidates.csv").path
  }

  override func setUp() async throws {
    try await super.setUp()
    XCTAssertEqual(try Binary.run(["demo-data", "--count", "0", "--out", board]).status, 0)
  }

  func testImportTheSampleOnceThenOnlyDuplicates() throws {
    let dry = try Binary.run(["import", "--file", board, Self.sample, "--dry-run"])
    XCTAssertEqual(dry.status, 0, dry.stderr)
    XCTAssertEqual(
      dry.stdout.split(separator: "\n").first,
      "Would import 38 of 40 rows into Incoming (I-0001 to I-0038), with 38 new people and 0 people already "
        + "on the board; dry run, nothing was changed.")
    XCTAssertTrue(
      dry.stdout.contains("\n  line 14: I-0013 “Moestuinen op schooldaken” by Lotte Vandenberghe (new)\n"), dry.stdout)
    XCTAssertTrue(try Binary.run(["check", "--file", board]).stdout.contains("OK, 0 ideas (0 changes)"))

    let real = try Binary.run([
      "import", "--file", board, Self.sample, "--source", "Oproep najaar 2026", "--as", "noor",
    ])
    XCTAssertEqual(real.status, 0, real.stderr)
    XCTAssertEqual(
      real.stdout,
      """
      Imported 38 of 40 rows into Incoming (I-0001 to I-0038), with 38 new people and 0 people already on the board.
      Read as semicolon-separated CSV in utf-8.
      2 duplicates, not imported:
        line 23: “Buurtrestaurant voor eenzame 65-plussers in Laken” (sofie.vandenbossche@mail.example) duplicates line 2 “Buurtrestaurant voor eenzame senioren in Laken”
        line 42: “Soepbar met voedseloverschotten (Leuven)” (jerome.leclercq@mail.example) duplicates line 5 “Soepbar met voedseloverschotten”

      """)
    XCTAssertTrue(try Binary.run(["check", "--file", board]).stdout.contains("OK, 38 ideas (1 change)"))

    let again = try Binary.run(["import", "--file", board, Self.sample])
    XCTAssertEqual(again.status, 0, again.stderr)
    XCTAssertTrue(again.stdout.hasPrefix("Imported 0 of 40 rows into Incoming, with 0 new people"), again.stdout)
    XCTAssertTrue(again.stdout.contains("40 duplicates, not imported:\n  line 2: "), again.stdout)
    XCTAssertTrue(try Binary.run(["check", "--file", board]).stdout.contains("OK, 38 ideas (1 change)"))
  }

  func testRejectedRowsAndValuesKeptInTheNoteAreListedWithLineAndReason() throws {
    let csv = dir + "/c.csv"
    try "Title,Email,Colour\r\n,a@b.be,\r\n\"Two\r\nlines\",not-an-address,red\r\nFine,,\r\n".write(
      toFile: csv, atomically: true, encoding: .utf8)
    let r = try Binary.run(["import", "--file", board, csv])
    XCTAssertEqual(r.status, 0, r.stderr)
    XCTAssertEqual(
      r.stdout,
      """
      Imported 2 of 3 rows into Incoming (I-0001 to I-0002), with 0 new people and 0 people already on the board.
      Read as comma-separated CSV in utf-8.
      1 column kept as a note on each idea, under the question: “Colour” (read one as a field with --map "COLUMN=field").
      1 row rejected:
        line 2: title: an idea needs a title
      1 row imported with a value kept in the note or a person made from less:
        line 3: “not-an-address” is not an e-mail address; kept in the note

      """)
  }

  func testHostileTextInTheSummaryIsShownAsVisibleMarkers() throws {
    let csv = dir + "/h.csv"
    try "Title;Email;Region;\n\"Evil\u{1B}]0;x\u{07}\";e@x.be;Atlantis\u{1B}[2J\u{202E};\n".write(
      toFile: csv, atomically: true, encoding: .utf8)
    let r = try Binary.run(["import", "--file", board, csv])
    XCTAssertEqual(r.status, 0, r.stderr)
    XCTAssertFalse(r.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
    XCTAssertTrue(
      r.stdout.contains("  region “Atlantis␛[2J⟨U+202E⟩” (line 2): --value \"region:Atlantis␛[2J⟨U+202E⟩=OPTION\""),
      r.stdout)
    XCTAssertFalse(r.stdout.contains("kept as a note on each idea"), r.stdout)
  }

  func testWindows1252IsRefusedUntilNamedAndMistakesExitWithOne() throws {
    let csv = dir + "/w.csv"
    let bytes: [UInt8] = Array("Titel;Naam\r\nTaalcaf".utf8) + [0xE9] + Array(";Zo".utf8) + [0xEB] + [13, 10]
    try Data(bytes).write(to: URL(fileURLWithPath: csv))
    let refused = try Binary.run(["import", "--file", board, csv])
    XCTAssertEqual(refused.status, 1)
    XCTAssertEqual(
      refused.stderr,
      "fabriek: The file is not UTF-8: byte 0xE9 at offset 19 (line 2) is not valid UTF-8; if it comes from Excel "
        + "or another Windows program, import it with --encoding windows-1252 (or --encoding iso-8859-1).\n")
    let named = try Binary.run(["import", "--file", board, csv, "--encoding", "windows-1252"])
    XCTAssertEqual(named.status, 0, named.stderr)
    let show = try Binary.run(["idea", "show", "--file", board, "I-0001", "--json"])
    XCTAssertEqual(try JSONDecoder().decode(Idea.self, from: Data(show.stdout.utf8)).title, "Taalcafé")

    let map = try Binary.run(["import", "--file", board, csv, "--encoding", "cp1252", "--map", "Projet=title"])
    XCTAssertEqual(map.status, 1)
    XCTAssertEqual(
      map.stderr,
      "fabriek: --map names a column “Projet” that the file does not have (its columns are “Titel”, “Naam”).\n")
    XCTAssertEqual(try Binary.run(["import", "--file", board, csv, "--encoding", "ebcdic"]).status, 1)
    XCTAssertEqual(try Binary.run(["import", "--file", board, dir + "/missing.csv"]).status, 1)
    XCTAssertEqual(try Binary.run(["export", "--file", board, "--format", "xlsx"]).status, 1)
    let stage = try Binary.run(["export", "--file", board, "--format", "csv", "--stage", "heaven"])
    XCTAssertEqual(stage.status, 1)
    XCTAssertEqual(
      stage.stderr,
      "fabriek: --stage: “heaven” is not a stage; use one of incoming, idea-generation, enrichment, realisation, "
        + "exited, declined or parked.\n")
  }

  func testADamagedBoardExitsWithTwoAndIsNotChanged() throws {
    var bytes = try Data(contentsOf: URL(fileURLWithPath: board))
    bytes[bytes.count / 2] ^= 0x01
    try bytes.write(to: URL(fileURLWithPath: board))
    XCTAssertEqual(try Binary.run(["import", "--file", board, Self.sample]).status, 2)
    XCTAssertEqual(try Binary.run(["export", "--file", board, "--format", "json"]).status, 2)
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: board)), bytes)
  }

  func testExportToAFileIsPrivateAndCSVImportsBackIntoANewBoard() throws {
    let demo = dir + "/demo.json"
    XCTAssertEqual(try Binary.run(["demo-data", "--count", "60", "--seed", "5", "--out", demo]).status, 0)
    let csv = dir + "/export.csv"
    let export = try Binary.run(["export", "--file", demo, "--format", "csv", "--out", csv])
    XCTAssertEqual(export.status, 0, export.stderr)
    XCTAssertEqual(export.stdout, "")
    let mode = try FileManager.default.attributesOfItem(atPath: csv)[.posixPermissions] as? Int
    XCTAssertEqual(mode, 0o600)
    let imported = try Binary.run(["import", "--file", board, csv])
    XCTAssertEqual(imported.status, 0, imported.stderr)
    XCTAssertTrue(imported.stdout.hasPrefix("Imported 60 of 60 rows into Incoming (I-0001 to I-0060)"), imported.stdout)
    let original = try BoardStore.open(demo, readOnly: true).board
    let copy = try stored()
    XCTAssertEqual(
      copy.ideasInOrder.map(\.title), BoardExport(board: original).ideas.map(\.title))
    let md = try Binary.run(["export", "--file", demo, "--format", "md", "--stage", "Enrichment"])
    XCTAssertEqual(md.status, 0, md.stderr)
    XCTAssertTrue(md.stdout.hasPrefix("# Sociale InnovatieFabriek (demo)\n"), md.stdout)
    XCTAssertTrue(md.stdout.contains("\n## Enrichment ("), md.stdout)
    let json = try Binary.run(["export", "--file", demo, "--format", "json", "--stage", "declined"])
    let doc = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    XCTAssertEqual(doc?["scope"] as? String, "declined")
    XCTAssertEqual((doc?["ideas"] as? [Any])?.count, original.declined.count)
  }
}
