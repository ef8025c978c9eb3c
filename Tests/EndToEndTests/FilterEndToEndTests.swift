import FabriekCore
import Foundation
import XCTest

/// One query, three places: `fabriek idea list --filter`, `fabriek export --filter` and `f` on
/// the board in tmux give exactly the same ideas; `--view` names a built-in view; a bad query
/// says which word is wrong and exits 1.
final class FilterEndToEndTests: EndToEndTestCase {
  private let titles: [(String, String, [String])] = [
    ("Alpha buurtrestaurant Gent", Stage.incoming, ["zorg"]),
    ("Beta repair café", Stage.incoming, ["circulair"]),
    ("Gamma coöperatie Gent", Stage.enrichment, ["energie"]),
    ("Delta deelfiets", Stage.enrichment, ["mobiliteit"]),
    ("Epsilon kringloop Gent", Stage.realisation, ["circulair"]),
  ]

  private func makeBoard() throws {
    var b = Board(name: "Testfabriek")
    for (k, (title, stage, tags)) in titles.enumerated() {
      try b.apply(
        .addIdea(Idea(id: IdeaID(k + 1), title: title, stage: stage, created: t0, tags: tags)), by: "test", at: t0)
    }
    var declined = Idea(id: IdeaID(6), title: "Zeta buurtwinkel Gent", created: t0)
    declined.outcome = .declined(reason: .outOfScope, text: "")
    try b.apply(.addIdea(declined), by: "test", at: t0)
    try BoardStore.create(at: board, board: b)
  }

  private func listed(_ arguments: [String]) throws -> [String] {
    let result = try Binary.run(["idea", "list", "--file", board] + arguments)
    XCTAssertEqual(result.status, 0, result.stderr)
    return result.stdout.split(separator: "\n").map { String($0.prefix(6)) }
  }

  private func exported(_ query: String) throws -> [String] {
    let result = try Binary.run(["export", "--file", board, "--format", "csv", "--filter", query])
    XCTAssertEqual(result.status, 0, result.stderr)
    return result.stdout.split(whereSeparator: \.isNewline).dropFirst().map { String($0.prefix(6)) }
  }

  func testIdeaListExportAndTheBoardScreenShowTheSameIdeasForOneQuery() throws {
    try makeBoard()
    let query = "gent -tag:zorg"
    XCTAssertEqual(try listed(["--filter", query]), ["I-0003", "I-0005"])
    XCTAssertEqual(try exported(query), ["I-0003", "I-0005"])

    let tmux = try Tmux([Binary.path, "--file", board, "--as", "noor", "--lang", "en"], width: 160, height: 40)
    try tmux.waitFor(text: "Alpha buurtrestaurant")
    try tmux.send("f")
    try tmux.type(query)
    try tmux.send("Enter")
    let screen = try tmux.waitFor("the filtered board") { $0.contains("f " + query) && !$0.contains("Alpha") }
    for (k, (title, _, _)) in titles.enumerated() {
      let code = String(format: "I-%04d", k + 1)
      XCTAssertEqual(screen.contains(title), ["I-0003", "I-0005"].contains(code), "\(title)\n\(screen)")
    }
    XCTAssertTrue(screen.contains("0 / 2"), "Incoming shows none of its two cards\n\(screen)")
    try tmux.send("q")
    XCTAssertEqual(try tmux.waitForExit(), 0)
  }

  func testOutcomeAndViewsReachDeclinedIdeasAndABadQuerySaysWhichWord() throws {
    try makeBoard()
    XCTAssertEqual(try listed(["--filter", "gent outcome:any"]), ["I-0006"])
    XCTAssertEqual(try listed(["--view", "declined"]), ["I-0006"])
    XCTAssertEqual(try listed(["--filter", "gent", "--stage", "enrichment"]), ["I-0003"])
    let bad = try Binary.run(["idea", "list", "--file", board, "--filter", "gent colour:red", "--lang", "en"])
    XCTAssertEqual(bad.status, 1)
    XCTAssertTrue(bad.stderr.hasPrefix("fabriek: --filter: “colour:red”: there is no field “colour”"), bad.stderr)
  }
}
