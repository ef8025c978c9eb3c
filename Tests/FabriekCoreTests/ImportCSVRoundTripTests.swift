import XCTest

@testable import FabriekCore

/// Property: a board exported to CSV and imported into an empty board gives back the same
/// titles, pitches, descriptions, dates, themes, kinds, regions, origins and people (line
/// breaks as line feeds), for
/// generated boards of several seeds with hostile text added.
final class ImportCSVRoundTripTests: XCTestCase {
  static let hostile = [
    "=cmd|' /C calc'!A0", "+32 470 12 34 56", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=2", "'=already quoted",
    "''+twice", "'plain apostrophe", "\u{1B}[31mrood\u{1B}[0m",
    "\u{1B}]8;;http://evil.example\u{07}link\u{1B}]8;;\u{07}",
    "Bidi \u{202E}kcatta\u{202C} \u{2066}iso\u{2069} \u{200F}", "C1 \u{9B}2J and DEL \u{7F}", "Nul \u{0} byte",
    "literal \\u{41} and \\u{5C}u{1B} and C:\\temp\\", "\"quoted\", with; delimiters,\tand tabs",
    "two\nlines\r\nand\rthree", "comma,\u{301} combining \"\u{301} quote", "👩‍👩‍👧 family 🇧🇪", "zero\u{200B}width",
    "line\u{2028}separator", "ends in backslash \\",
  ]

  func testExportedCSVImportsBackTheSameIdeasAndPeople() throws {
    for seed: UInt64 in [1, 2, 3, 7, 2026] {
      let board = try Self.withHostileIdeas(DemoData.board(count: 120, seed: seed, now: DemoData.referenceTime))
      let exported = BoardExport(board: board).ideas
      let csv = BoardExport(board: board).csv()
      let plan = try ImportPlan.plan(
        csv: Array(csv.utf8), board: Board(name: "Leeg"), options: ImportFixtures.options())
      XCTAssertEqual(plan.rejected, [], "seed \(seed)")
      XCTAssertEqual(plan.duplicates, [], "seed \(seed)")
      XCTAssertEqual(
        plan.notedColumns,
        [
          "Code", "Stage", "Outcome", "SDGs", "Value model", "Readiness", "Entered stage", "Coach", "Mentors",
          "Mean score", "Decision",
        ])
      let imported = try ImportFixtures.applied(plan, to: Board(name: "Leeg")).ideasInOrder
      XCTAssertEqual(imported.count, exported.count, "seed \(seed)")
      // A cell's CR LF and CR are exported as LF.
      func trim(_ s: String) -> String {
        s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
          .trimmingCharactersInWhitespace()
      }
      XCTAssertEqual(imported.map(\.title), exported.map { trim($0.title) }, "seed \(seed)")
      XCTAssertEqual(imported.map(\.pitch), exported.map { trim($0.pitch) }, "seed \(seed)")
      XCTAssertEqual(imported.map(\.description), exported.map { trim($0.description) }, "seed \(seed)")
      XCTAssertEqual(imported.map(\.created), exported.map(\.created), "seed \(seed)")
      XCTAssertEqual(imported.map(\.tags), exported.map(\.tags), "seed \(seed)")
      XCTAssertEqual(imported.map(\.applicantKind), exported.map(\.applicantKind), "seed \(seed)")
      XCTAssertEqual(imported.map(\.region), exported.map(\.region), "seed \(seed)")
      XCTAssertEqual(imported.map(\.origin), exported.map { $0.origin ?? Origin(kind: .website) }, "seed \(seed)")
      let importedBoard = try ImportFixtures.applied(plan, to: Board(name: "Leeg"))
      func people(_ i: Idea, _ b: Board) -> [[String]] {
        i.innovators.map { id in
          guard let p = b.person(id) else { return [id.code] }
          return [p.givenName, p.familyName, p.email, p.phone, p.organisation].map(trim)
        }
      }
      XCTAssertEqual(
        imported.map { people($0, importedBoard) }, exported.map { people($0, board) }, "seed \(seed)")
    }
  }

  /// Adds ideas whose titles, pitches and innovators' names and details are hostile; the last
  /// one has two innovators, each also the innovator of an idea of their own.
  static func withHostileIdeas(_ start: Board) throws -> Board {
    var b = start
    let t = Timestamp(iso: "2026-11-01T10:00:00Z") ?? Timestamp(seconds: 0)
    var people: [PersonID] = []
    for (k, text) in hostile.enumerated() {
      var p = Person(
        id: PersonID(b.nextPerson), givenName: hostile[(k + 3) % hostile.count],
        familyName: hostile[(k + 5) % hostile.count], email: "hostile.\(k)+tag@example.be", roles: [.innovator])
      p.phone = hostile[(k + 1) % hostile.count]
      p.organisation = hostile[(k + 2) % hostile.count]
      try b.apply(.addPerson(p), by: "test", at: t)
      people.append(p.id)
      var idea = Idea(
        id: IdeaID(b.nextIdea), title: "\(k) " + text, created: t, pitch: hostile[(k + 7) % hostile.count],
        description: text + "\n" + hostile[(k + 11) % hostile.count], tags: ["t\(k)"])
      idea.innovators = [p.id]
      idea.origin = Origin(kind: .ideaCampaign, name: "Oproep \(k)")
      try b.apply(.addIdea(idea), by: "test", at: t)
    }
    var both = Idea(id: IdeaID(b.nextIdea), title: "Samen", created: t)
    both.innovators = [people[9], people[16]]
    try b.apply(.addIdea(both), by: "test", at: t)
    return b
  }
}
