import Foundation
import XCTest

@testable import FabriekCore

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The report's document in its exports: the HTML is one well-formed, self-contained file with
/// an SVG per chart and every board text escaped; Markdown and CSV escape and quote.
final class ReportDocumentTests: XCTestCase {
  func hostileBoard() throws -> Board {
    var b = try BoardReportTests.board()
    try b.apply(.renameBoard("<script>alert('x')</script> & Co"), by: "t", at: BoardReportTests.at("2026-01-02"))
    var idea = Idea(id: IdeaID(9), title: "<img src=x onerror=alert(1)>", created: BoardReportTests.at("2026-01-06"))
    idea.origin = Origin(kind: .ideaCampaign, name: "\"Oproep\" <b>\u{202E}2026")
    idea.financing = [
      FinancingApplication(
        id: LocalID(1), kind: .pilot, funder: "=HYPERLINK(\"http://evil\")", asked: Euro(cents: 1), status: .submitted,
        submitted: BoardReportTests.day("2026-01-07"))
    ]
    try b.apply(.addIdea(idea), by: "t", at: BoardReportTests.at("2026-01-06"))
    return b
  }

  func document(_ board: Board, language: Language = .en) -> ReportDocument {
    Language.$current.withValue(language) {
      let r = BoardReport(board: board, from: BoardReportTests.from, to: BoardReportTests.to)
      return ReportDocument(report: r, board: board, period: .named(.lastQuarter), filter: "tag:<x>")
    }
  }

  func testTheHTMLIsWellFormedSelfContainedAndEscapesEveryBoardText() throws {
    let doc = document(try hostileBoard())
    let html = Language.$current.withValue(.en) { doc.html() }
    let parser = XMLParser(data: Data(html.utf8))
    XCTAssertTrue(parser.parse(), "well-formed: \(String(describing: parser.parserError))")
    XCTAssertFalse(html.lowercased().contains("<script"))
    XCTAssertFalse(html.contains("<img"))
    XCTAssertFalse(html.contains("<b>"))
    XCTAssertTrue(html.contains("<title>Report: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co</title>"))
    XCTAssertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
    XCTAssertTrue(html.contains("&quot;Oproep&quot; &lt;b&gt;\\u{202E}2026"), "a bidi override is shown, not obeyed")
    // Nothing fetched: no script, no link, no image, no URL in the CSS.
    for needle in ["src=\"", "href=", "url(", "@import", "<link", "<iframe", "<object"] {
      XCTAssertFalse(html.contains(needle), needle)
    }
    XCTAssertTrue(html.contains("@page { size: A4;"))
    XCTAssertTrue(html.contains("@media print"))
    let charts = doc.pages.flatMap(\.blocks).filter {
      switch $0 {
      case .bars(_, let bars): !bars.isEmpty
      case .sparkline(_, let weeks): !weeks.isEmpty
      case .table: false
      }
    }
    XCTAssertEqual(html.components(separatedBy: "<svg ").count - 1, charts.count)
    XCTAssertGreaterThan(charts.count, 15)
  }

  func testTheHTMLSpeaksTheCurrentLanguage() throws {
    let b = try BoardReportTests.board()
    let nl = Language.$current.withValue(.nl) { document(b, language: .nl).html() }
    XCTAssertTrue(nl.contains("<html lang=\"nl\">"))
    XCTAssertTrue(nl.contains("<h2>Trechter</h2>"))
    XCTAssertTrue(nl.contains("€ 10.000,25"), "amounts the Belgian way, to the cent")
    let fr = Language.$current.withValue(.fr) { document(b, language: .fr).html() }
    XCTAssertTrue(fr.contains("<h2>Entonnoir</h2>"))
    XCTAssertTrue(fr.contains("le trimestre passé"))
  }

  func testMarkdownEscapesAndCSVQuotesAndDefusesFormulas() throws {
    let doc = document(try hostileBoard())
    let md = Language.$current.withValue(.en) { doc.markdown() }
    XCTAssertTrue(md.hasPrefix("# Report: \\<script\\>alert('x')\\</script\\> \\& Co\n"), md)
    XCTAssertTrue(md.contains("I-0009 \\<img src=x onerror=alert(1)\\>"), md)
    XCTAssertTrue(md.contains("| Incoming | 4 |"), "the funnel as a table")
    let csv = Language.$current.withValue(.en) { doc.csv(delimiter: ";") }
    XCTAssertTrue(csv.contains("'=HYPERLINK(\"\"http://evil\"\")"), "a formula is defused and its quotes doubled")
    XCTAssertTrue(csv.contains("\r\n\r\nFinancing — Financing per kind\r\nkind;applications;asked;granted;refused\r\n"), csv)
    XCTAssertTrue(csv.contains("feasibility study;2;€20,000.25;€10,000.25;€0.00\r\n"), csv)
  }

  func testTheJSONShapeKeepsItsKeys() throws {
    let b = try BoardReportTests.board()
    let r = BoardReport(board: b, from: BoardReportTests.from, to: BoardReportTests.to)
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys]
    let data = try e.encode(r.coded(on: b, period: "this-year", filter: nil))
    let json = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    XCTAssertEqual(
      Set(json.keys),
      ["from", "to", "period", "funnel", "conversion", "timeInStage", "stale", "declined", "parked", "intake", "mix", "triage",
       "mentors", "financing", "exits", "alumni", "notes"])
    let funnel = try XCTUnwrap(json["funnel"] as? [[String: Any]])
    XCTAssertEqual(Set(funnel[0].keys), ["stage", "entered", "now"])
    let time = try XCTUnwrap(json["timeInStage"] as? [[String: Any]])
    XCTAssertEqual(time[0]["medianDays"] as? Double, 8.5)
    XCTAssertEqual(time[0]["p90Days"] as? Double, 92)
    XCTAssertTrue(time[4]["medianDays"] is NSNull)
    let financing = try XCTUnwrap(json["financing"] as? [String: Any])
    let total = try XCTUnwrap(financing["total"] as? [String: Any])
    XCTAssertEqual(total["askedCents"] as? Int, 7_000_025)
    XCTAssertEqual(total["grantedCents"] as? Int, 1_000_025)
    XCTAssertEqual(total["refusedCents"] as? Int, 5_000_000)
    XCTAssertEqual((json["stale"] as? [[String: Any]])?.map { $0["ideas"] as? [String] }, [["I-0007"], [], ["I-0005"], ["I-0006"]])
  }
}
