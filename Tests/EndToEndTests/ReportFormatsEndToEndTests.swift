import FabriekCore
import Foundation
import XCTest

/// `fabriek report` on a board built by CLI commands: the JSON numbers for a period, a
/// campaign and a filter; every format; `--out` that never overwrites without `--force`; and
/// the HTML report rendered by headless Chromium when it is installed.
final class ReportFormatsEndToEndTests: EndToEndTestCase {
  func run(_ arguments: [String]) throws -> Binary.Result {
    let result = try Binary.run(arguments + ["--file", board])
    XCTAssertEqual(result.status, 0, result.stderr)
    return result
  }

  func json(_ arguments: [String]) throws -> [String: Any] {
    let result = try run(["report", "--format", "json"] + arguments)
    return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
  }

  /// Three ideas added by hand, two imported from a campaign (an Antwerp civil-society group and
  /// a Brussels individual); one moved to Idea generation and on to Enrichment.
  func buildBoard() throws {
    try BoardStore.create(at: board, board: Board(name: "Rapport <b>&</b>"))
    for title in ["Repair café", "Buurtkeuken", "Deelfiets"] { _ = try run(["idea", "add", "--title", title]) }
    let csv = dir + "/oproep.csv"
    try Data(
      "Titel,Naam,E-mail,Soort aanvrager,Regio\nTaalcafé,Lotte Peeters,lotte@example.be,vzw,Antwerpen\nSoepbar,Karim El Amrani,karim@example.be,individu,Brussel\n"
        .utf8
    ).write(to: URL(fileURLWithPath: csv))
    _ = try run(["import", csv, "--source", "Oproep 2026"])
    _ = try run(["idea", "move", "I-0001", "--to", "idea-generation"])
    _ = try run(["idea", "move", "I-0001", "--to", "enrichment"])
    _ = try run(["idea", "move", "I-0004", "--to", "idea-generation"])
  }

  func testTheJSONNumbersOfABoardBuiltByCommands() throws {
    try buildBoard()
    let all = try json(["--period", "this-year"])
    let funnel = try XCTUnwrap(all["funnel"] as? [[String: Any]])
    XCTAssertEqual(funnel.map { $0["entered"] as? Int }, [5, 2, 1, 0, 0])
    XCTAssertEqual(funnel.map { $0["now"] as? Int }, [3, 1, 1, 0, 0])
    let conversion = try XCTUnwrap(all["conversion"] as? [[String: Any]])
    XCTAssertEqual(conversion.first?["share"] as? Double, 0.4)
    XCTAssertEqual(conversion[1]["share"] as? Double, 0.5)
    let intake = try XCTUnwrap(all["intake"] as? [String: Any])
    XCTAssertEqual(intake["total"] as? Int, 5)
    XCTAssertEqual((intake["byOrigin"] as? [String: Int])?["idea-campaign"], 2)
    XCTAssertEqual((intake["byOrigin"] as? [String: Int])?["unknown"], 3)
    let campaigns = try XCTUnwrap(intake["byCampaign"] as? [[String: Any]])
    XCTAssertEqual(campaigns.map { $0["name"] as? String }, ["Oproep 2026", ""])
    XCTAssertEqual(campaigns.map { $0["count"] as? Int }, [2, 3])
    let mix = try XCTUnwrap(all["mix"] as? [String: [String: Int]])
    XCTAssertEqual(mix["applicantKind"]?["civil-society"], 1)
    XCTAssertEqual(mix["applicantKind"]?["individual"], 1)
    XCTAssertEqual(mix["applicantKind"]?["unknown"], 3)
    XCTAssertEqual(mix["region"]?["antwerp"], 1)
    let exits = try XCTUnwrap(all["exits"] as? [[String: Any]])
    XCTAssertEqual(exits.map { $0["ideas"] as? Int }, [3, 1, 1, 0, 0])
    XCTAssertEqual((all["notes"] as? [String])?.count, ReportGroup.allCases.map(\.noteKeys.count).reduce(0, +))

    // The campaign: only its two ideas, from the day they came in.
    let campaign = try json(["--period", "campaign:oproep 2026"])
    XCTAssertEqual((campaign["funnel"] as? [[String: Any]])?.map { $0["entered"] as? Int }, [2, 1, 0, 0, 0])
    XCTAssertEqual(campaign["from"] as? String, Day.today().description)
    // A filter in the board's query language.
    let antwerp = try json(["--filter", "region:antwerp"])
    XCTAssertEqual((antwerp["funnel"] as? [[String: Any]])?.map { $0["entered"] as? Int }, [1, 1, 0, 0, 0])
    XCTAssertEqual(antwerp["filter"] as? String, "region:antwerp")
  }

  func testEveryFormatAndTheMistakesEachOneSentence() throws {
    try buildBoard()
    let text = try run(["report"]).stdout
    XCTAssertTrue(text.contains("Ideas that entered each stage"), text)
    XCTAssertTrue(text.contains("Incoming         ████"), text)
    XCTAssertFalse(text.contains("\u{1B}"), "no escape sequences when piped")
    let md = try run(["report", "--format", "md"]).stdout
    XCTAssertTrue(md.hasPrefix("# Report: Rapport \\<b\\>\\&\\</b\\>\n"), md)
    XCTAssertTrue(md.contains("| Incoming | 5 |"), md)
    let csv = try run(["report", "--format", "csv", "--delimiter", ";"]).stdout
    XCTAssertTrue(csv.contains("\r\n\r\nFunnel — Ideas that entered each stage\r\ncategory;value\r\nIncoming;5\r\n"), csv)
    let nl = try Binary.run(["--lang", "nl", "report", "--format", "csv", "--file", board]).stdout
    XCTAssertTrue(nl.contains("Trechter — Ideeën die elke fase binnenkwamen"), nl)
    let period = try Binary.run(["report", "--file", board, "--period", "next-decade"])
    XCTAssertEqual(period.status, 1)
    XCTAssertEqual(
      period.stderr,
      "fabriek: --period: “next-decade” is not a period; use this-year, last-year, this-quarter, last-quarter, last-30-days or campaign:NAME.\n")
    let both = try Binary.run(["report", "--file", board, "--period", "this-year", "--from", "2026-01-01"])
    XCTAssertEqual(both.stderr, "fabriek: --period cannot go with --from or --to; give one or the other.\n")
    let filter = try Binary.run(["report", "--file", board, "--filter", "stage:nergens"])
    XCTAssertEqual(filter.status, 1)
    XCTAssertTrue(filter.stderr.hasPrefix("fabriek: "), filter.stderr)
  }

  func testOutNeverOverwritesWithoutForceAndIsReadableByTheOwnerOnly() throws {
    try buildBoard()
    let out = dir + "/rapport.html"
    _ = try run(["report", "--format", "html", "--out", out])
    let attributes = try FileManager.default.attributesOfItem(atPath: out)
    XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    let html = try String(contentsOfFile: out, encoding: .utf8)
    XCTAssertTrue(html.contains("<h1>Report: Rapport &lt;b&gt;&amp;&lt;/b&gt;</h1>"))
    XCTAssertFalse(html.contains("<b>"))
    let again = try Binary.run(["report", "--file", board, "--format", "html", "--out", out])
    XCTAssertEqual(again.status, 1)
    XCTAssertEqual(again.stderr, "fabriek: \(out) exists already; nothing was written: give --force to replace it, or another --out.\n")
    XCTAssertEqual(try String(contentsOfFile: out, encoding: .utf8), html)
    _ = try run(["report", "--format", "json", "--out", out, "--force"])
    XCTAssertTrue(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("{"))
  }

  /// Headless Chromium (Debian's package) renders the HTML report's first page with its charts.
  func testHeadlessChromiumRendersTheHTMLReport() throws {
    let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    guard let chromium else { throw XCTSkip("chromium is not installed") }
    try buildBoard()
    let html = dir + "/rapport.html"
    _ = try run(["report", "--format", "html", "--out", html])
    let png = dir + "/page1.png"
    let p = Process()
    p.executableURL = URL(fileURLWithPath: chromium)
    p.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + dir + "/chromium",
      "--window-size=794,1123", "--screenshot=" + png, "file://" + html,
    ]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    p.waitUntilExit()
    XCTAssertEqual(p.terminationStatus, 0)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: png))
    XCTAssertEqual(Array(bytes.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG")
    XCTAssertGreaterThan(bytes.count, 10_000, "more than a blank page")
  }
}
