import XCTest

@testable import FabriekCore

/// CSV as real tools write it: every delimiter, BOM, CRLF, quoting, ragged rows, blank lines,
/// encodings. Each test asserts the exact records (with the line each starts on) or the exact refusal.
final class ImportCSVTests: XCTestCase {
  func testCommaSemicolonAndTabAreDetectedFromTheHeader() throws {
    for d in [",", ";", "\t"] {
      let text =
        ["Title", "Naam", "Regio"].joined(separator: d) + "\n"
        + ["Repair café", "Wout Claes", "Antwerpen"]
        .joined(separator: d) + "\n"
      let doc = try CSVDocument(text: text)
      XCTAssertEqual(doc.delimiter, Unicode.Scalar(d), "delimiter \(d.debugDescription)")
      XCTAssertEqual(
        doc.records.map(\.fields), [["Title", "Naam", "Regio"], ["Repair café", "Wout Claes", "Antwerpen"]])
    }
  }

  func testTheDelimiterThatDominatesTheHeaderWinsOverOneInsideQuotesOrTitles() throws {
    let text = "\"Titel, kort\";Naam, voornaam;Regio;Thema's\nA, b;C;D;E\n"
    let doc = try CSVDocument(text: text)
    XCTAssertEqual(doc.delimiter, ";")
    XCTAssertEqual(doc.records[1].fields, ["A, b", "C", "D", "E"])
  }

  func testBOMAndCRLFAreReadAsAWebFormWritesThem() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Titel;Naam\r\nSoepbar;Jérôme Leclercq\r\n".utf8)
    let table = try ImportTable.read(csv: bytes, options: ImportFixtures.options())
    XCTAssertEqual(table.columns.map(\.header), ["Titel", "Naam"])
    XCTAssertEqual(table.columns.map(\.field), [.title, .name])
    XCTAssertEqual(table.rows, [CSVDocument.Record(line: 2, fields: ["Soepbar", "Jérôme Leclercq"])])
  }

  func testQuotedFieldsHoldDelimitersDoubledQuotesAndLineBreaksAndLinesCountPhysically() throws {
    let text =
      "Title;Pitch;Name\r\n"
      + "\"Project \"\"Samen aan tafel\"\"\";\"Koken; eten\r\nen praten\";Zoë Vermeulen\r\n"
      + "Moestuinen;\"Fase 1\nFase 2\rFase 3\";Lotte\r\n"
      + "Laatste;;Koen\r\n"
    let doc = try CSVDocument(text: text)
    XCTAssertEqual(
      doc.records,
      [
        .init(line: 1, fields: ["Title", "Pitch", "Name"]),
        .init(line: 2, fields: ["Project \"Samen aan tafel\"", "Koken; eten\r\nen praten", "Zoë Vermeulen"]),
        .init(line: 4, fields: ["Moestuinen", "Fase 1\nFase 2\rFase 3", "Lotte"]),
        .init(line: 7, fields: ["Laatste", "", "Koen"]),
      ])
  }

  func testEmptyFieldsRaggedRowsAndBlankLinesAnywhere() throws {
    let text = "\n\nTitle,Name,Email,Region\nA,,,\nB\n\nC,Jan,jan@example.be\n,,,\n\n\r\n"
    let table = try ImportTable.read(csv: Array(text.utf8), options: ImportFixtures.options())
    XCTAssertEqual(table.headerLine, 3)
    XCTAssertEqual(
      table.rows,
      [
        .init(line: 4, fields: ["A", "", "", ""]), .init(line: 5, fields: ["B"]),
        .init(line: 7, fields: ["C", "Jan", "jan@example.be"]),
      ])
    let plan = try ImportFixtures.plan(text)
    XCTAssertEqual(plan.imported.map(\.title), ["A", "B", "C"])
    XCTAssertEqual(plan.imported.map(\.line), [4, 5, 7])
  }

  func testACombiningMarkAfterADelimiterOrQuoteDoesNotHideIt() throws {
    let text = "Title;Pitch\n\u{301}x;\"y\u{301}\";\u{301}\n"
    XCTAssertEqual(try ImportFixtures.records(text)[1], ["\u{301}x", "y\u{301}", "\u{301}"])
  }

  func testAStrayQuoteIsRefusedWithItsLineBecauseTheRecordsWouldBeAmbiguous() {
    ImportFixtures.expectError(.strayQuote(line: 3, after: "x")) {
      _ = try CSVDocument(text: "Title;Name\nA;B\n\"Samen\"x;C\nD;E\n")
    }
    XCTAssertEqual(
      ImportError.strayQuote(line: 3, after: "x").message,
      "Line 3: a quoted field is closed and followed by “x”; inside a quoted field a quote is written twice (\"\"), "
        + "so fix that line and import again.")
  }

  func testAnUnclosedQuoteIsRefusedWithTheLineWhereItOpens() {
    ImportFixtures.expectError(.unclosedQuote(line: 2)) {
      _ = try CSVDocument(text: "Title;Pitch\nA;\"begins\nand never\nends;\n")
    }
  }

  func testQuotesInsideAnUnquotedFieldAreKept() throws {
    XCTAssertEqual(
      try ImportFixtures.records("Title,Pitch\nA 5\" screen,it's \"ok\"\n")[1], ["A 5\" screen", "it's \"ok\""])
  }

  func testWindows1252IsRefusedWithoutEncodingWithOffsetAndLine() {
    // "Titel;Naam\r\nCafé;Zoë\r\n" as Excel on Windows saves it.
    let bytes: [UInt8] = Array("Titel;Naam\r\nCaf".utf8) + [0xE9] + Array(";Zo".utf8) + [0xEB, 0x0D, 0x0A]
    ImportFixtures.expectError(.notUTF8(offset: 15, byte: 0xE9, line: 2)) {
      _ = try ImportTable.read(csv: bytes, options: ImportFixtures.options())
    }
    XCTAssertEqual(
      ImportError.notUTF8(offset: 15, byte: 0xE9, line: 2).message,
      "The file is not UTF-8: byte 0xE9 at offset 15 (line 2) is not valid UTF-8; if it comes from Excel or another "
        + "Windows program, import it with --encoding windows-1252 (or --encoding iso-8859-1).")
  }

  func testWindows1252AndLatin1DecodeWhenNamed() throws {
    let bytes: [UInt8] =
      Array("Titel;Naam;Korte pitch\r\nCaf".utf8) + [0xE9, 0x3B] + Array("Zo".utf8) + [0xEB, 0x3B, 0x80, 0x20, 0x93]
      + Array("x".utf8) + [0x94, 0x0D, 0x0A]
    let cp = try ImportTable.read(csv: bytes, options: ImportFixtures.options(encoding: .windows1252))
    XCTAssertEqual(cp.rows[0].fields, ["Café", "Zoë", "€ “x”"])
    let latin = try ImportTable.read(csv: bytes, options: ImportFixtures.options(encoding: .iso88591))
    XCTAssertEqual(latin.rows[0].fields, ["Café", "Zoë", "\u{80} \u{93}x\u{94}"])
    XCTAssertEqual(TextEncoding(name: "CP1252"), .windows1252)
    XCTAssertEqual(TextEncoding(name: "Latin-1"), .iso88591)
    XCTAssertEqual(TextEncoding(name: "UTF8"), .utf8)
    XCTAssertNil(TextEncoding(name: "ebcdic"))
  }

  func testUTF16WithABOMIsReadAsExcelsUnicodeTextWritesIt() throws {
    let text = "Title\tName\r\nTaalcafé\tEmre Ünal\r\n"
    let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let table = try ImportTable.read(csv: bytes, options: ImportFixtures.options())
    XCTAssertEqual(table.delimiter, "\t")
    XCTAssertEqual(table.rows[0].fields, ["Taalcafé", "Emre Ünal"])
  }

  func testTenThousandRowsWithMultiLineFieldsKeepTheirLineNumbers() throws {
    var text = "Title;Pitch\r\n"
    for i in 0..<10_000 { text += "Idee \(i);\"regel een\r\nregel twee\"\r\n" }
    let doc = try CSVDocument(text: text)
    XCTAssertEqual(doc.records.count, 10_001)
    XCTAssertEqual(doc.records.last?.line, 2 + 9_999 * 2)
  }
}
