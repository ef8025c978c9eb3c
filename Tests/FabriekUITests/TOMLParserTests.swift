import XCTest

@testable import FabriekUI

final class TOMLParserTests: XCTestCase {
  func parse(_ text: String) throws -> TOMLTable {
    try TOMLParser.parse(text)
  }

  func error(_ text: String) -> TOMLError? {
    do {
      _ = try TOMLParser.parse(text)
      return nil
    } catch {
      return error
    }
  }

  func testTablesInlineTablesAndScalars() throws {
    let table = try parse(
      """
      # a comment
      title = "Fabriek \\"dark\\" \\u00E9"   # trailing comment
      path = 'C:\\raw'
      count = 1_024
      hex = 0xFF
      negative = -3
      on = true

      [slots]
      card = { fg = "cyan", bold = false }
      [slots.cardFocused]
      bg = 236
      """)
    XCTAssertEqual(table["title"]?.value, .string("Fabriek \"dark\" é"))
    XCTAssertEqual(table["path"]?.value, .string("C:\\raw"))
    XCTAssertEqual(table["count"]?.value, .integer(1024))
    XCTAssertEqual(table["hex"]?.value, .integer(255))
    XCTAssertEqual(table["negative"]?.value, .integer(-3))
    XCTAssertEqual(table["on"]?.value, .boolean(true))
    guard case .table(let slots)? = table["slots"]?.value, case .table(let card)? = slots["card"]?.value,
      case .table(let focused)? = slots["cardFocused"]?.value
    else { return XCTFail("slots should be tables") }
    XCTAssertEqual(slots.keys, ["card", "cardFocused"])
    XCTAssertEqual(card["fg"]?.value, .string("cyan"))
    XCTAssertEqual(focused["bg"]?.value, .integer(236))
    XCTAssertEqual(focused["bg"]?.line, 12)
  }

  func testDottedKeysAndCRLFLineEndings() throws {
    let table = try parse("a.b = 1\r\na.c = 'x'\r\n")
    guard case .table(let a)? = table["a"]?.value else { return XCTFail("a should be a table") }
    XCTAssertEqual(a["b"]?.value, .integer(1))
    XCTAssertEqual(a["c"]?.value, .string("x"))
  }

  func testErrorsNameTheLineAndTheProblem() {
    XCTAssertEqual(error("a = 1\nb 2"), TOMLError(line: 2, reason: "expected “=” after key “b” but found “2”"))
    XCTAssertEqual(error("a = 1\na = 2"), TOMLError(line: 2, reason: "key “a” is defined twice"))
    XCTAssertEqual(error("[t]\n[t]"), TOMLError(line: 2, reason: "table [t] is defined twice"))
    XCTAssertEqual(error("s = \"open"), TOMLError(line: 1, reason: "this string has no closing quote (\")"))
    XCTAssertEqual(error("\n\nx = [1, 2]")?.line, 3)
    XCTAssertEqual(error("x = 1.5")?.reason, "“1.5” is not an integer; floats and dates are not supported")
    XCTAssertEqual(error("x = 007")?.reason, "“007” is not a valid integer")
    XCTAssertEqual(error("x = yes")?.line, 1)
    XCTAssertEqual(error("x = 1 y = 2")?.reason, "unexpected “y” after the value; put one key per line")
    XCTAssertEqual(error("x = { a = 1, }")?.reason, "a trailing comma is not allowed before “}”")
    XCTAssertEqual(error("x = 1\nx.y = 2")?.reason, "key “x” already holds an integer, not a table")
    XCTAssertEqual(error("[[t]]")?.reason, "arrays of tables ([[…]]) are not supported")
    XCTAssertEqual(error("x = \"\"\"long\"\"\"")?.reason, "multi-line strings are not supported")
    XCTAssertEqual(error("x = \"a\u{1B}b\"")?.line, 1)
  }
}
