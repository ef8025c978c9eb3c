import XCTest

@testable import FabriekCore

/// Helpers for the import tests: CSV text in, records or a plan out.
enum ImportFixtures {
  static let now = Timestamp(iso: "2026-10-01T12:00:00Z") ?? Timestamp(seconds: 0)

  static func options(
    source: String? = nil, encoding: TextEncoding = .utf8, mapping: [String: ImportField] = [:]
  ) -> ImportOptions {
    ImportOptions(author: "noor", now: now, encoding: encoding, mapping: mapping, source: source)
  }

  static func records(_ text: String) throws -> [[String]] {
    try CSVDocument(text: text).records.map(\.fields)
  }

  static func plan(_ text: String, board: Board = Board(name: "Test"), options: ImportOptions = options()) throws
    -> ImportPlan
  {
    try ImportPlan.plan(csv: Array(text.utf8), board: board, options: options)
  }

  /// The board after applying a plan's operation.
  static func applied(_ plan: ImportPlan, to board: Board = Board(name: "Test")) throws -> Board {
    var b = board
    try b.apply(plan.operation, by: "noor", at: now)
    return b
  }

  /// The repository's root, for sample-data.
  static var repository: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  static func expectError(
    _ expected: ImportError, file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> Void
  ) {
    do {
      try body()
      XCTFail("expected \(expected)", file: file, line: line)
    } catch let e as ImportError {
      XCTAssertEqual(e, expected, file: file, line: line)
    } catch {
      XCTFail("unexpected \(error)", file: file, line: line)
    }
  }
}
