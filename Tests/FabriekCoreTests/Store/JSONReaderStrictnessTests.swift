import XCTest

@testable import FabriekCore

/// The snapshot reader refuses what JSON forbids, each time naming the byte where it is.
final class JSONReaderStrictnessTests: XCTestCase {
  private func failure(_ text: String, _ read: (inout JSONReader) throws -> Void) -> String? {
    let bytes = Array(text.utf8)
    do {
      try bytes.withUnsafeBufferPointer { buf in
        var r = JSONReader(buf)
        try read(&r)
      }
      return nil
    } catch {
      return "\(error)"
    }
  }

  private func text(_ json: String) -> String? { failure(json) { r in _ = try r.string() } }
  private func number(_ json: String) -> String? { failure(json) { r in _ = try r.double() } }
  private func skipped(_ json: String) -> String? { failure(json) { r in try r.skip() } }

  private func read(_ json: String) throws -> String {
    let bytes = Array(json.utf8)
    return try bytes.withUnsafeBufferPointer { buf in
      var r = JSONReader(buf)
      return try r.string()
    }
  }

  func testTheEscapesJSONDefinesAreRead() throws {
    XCTAssertEqual(try read(#""\" \\ \/ \b \f \n \r \t \u00e9 \ud83d\udc4d""#), "\" \\ / \u{8} \u{C} \n \r \t é 👍")
  }

  func testAnUnknownEscapeIsRefused() {
    XCTAssertEqual(text(#""ab\qc""#), "“\\q” is not an escape JSON knows at byte 3")
    XCTAssertEqual(text(#""\x41""#), "“\\x” is not an escape JSON knows at byte 1")
    XCTAssertEqual(text("\"a\\\u{7F}\""), "a backslash is followed by byte 127, which starts no escape JSON knows at byte 2")
  }

  func testARawControlCharacterInATextIsRefused() {
    XCTAssertEqual(text("\"ab\u{1}c\""), "a text holds the control character U+0001 unescaped at byte 3")
    XCTAssertEqual(text("\"line\nbreak\""), "a text holds the control character U+000A unescaped at byte 5")
    XCTAssertEqual(
      text("\"\\n\u{1F}\""), "a text holds the control character U+001F unescaped at byte 3", "after an escape too")
    XCTAssertEqual(
      failure("{\"ti\ttle\":1}") { r in try r.object(Idea.Key.self, in: "an idea") { r, _ in try r.skip() } },
      "a text holds the control character U+0009 unescaped at byte 4", "in a key too")
    XCTAssertEqual(try read("\"tab\u{7F} DEL is allowed\""), "tab\u{7F} DEL is allowed")
  }

  func testALoneSurrogateIsRefused() {
    XCTAssertEqual(
      text(#""ok \uD800 alone""#),
      "a \\u escape holds the high half of a surrogate pair without its low half at byte 4")
    XCTAssertEqual(
      text(#""\uD800""#), "a \\u escape holds the high half of a surrogate pair without its low half at byte 1")
    XCTAssertEqual(
      text(#""\uD83D\u0041""#), "a \\u escape after the high half of a surrogate pair is not its low half at byte 7")
    XCTAssertEqual(
      text(#""\uD83D\uD83D""#), "a \\u escape after the high half of a surrogate pair is not its low half at byte 7")
    XCTAssertEqual(
      text(#""x\uDC4D""#), "a \\u escape holds the low half of a surrogate pair without its high half at byte 2")
  }

  func testANumberWithALeadingZeroOrAnotherShapeJSONForbidsIsRefused() {
    XCTAssertEqual(number("01.5"), "a number may not start with a zero at byte 0")
    XCTAssertEqual(number("  -007"), "a number may not start with a zero at byte 2")
    XCTAssertEqual(number("+1"), "expected a number at byte 0")
    XCTAssertEqual(number(".5"), "expected a number at byte 0")
    XCTAssertEqual(number("-"), "expected a number at byte 0")
    XCTAssertEqual(number("1."), "expected a digit after the decimal point at byte 2")
    XCTAssertEqual(number("1.e5"), "expected a digit after the decimal point at byte 2")
    XCTAssertEqual(number("2e"), "expected a digit in the exponent at byte 2")
    XCTAssertEqual(number("2e+"), "expected a digit in the exponent at byte 3")
    XCTAssertEqual(number("1e999"), "the number is too large at byte 0")
    XCTAssertEqual(failure("012") { r in _ = try r.int() }, "a number may not start with a zero at byte 3")
    for (json, value) in [("0", 0.0), ("-0.5", -0.5), ("0.25", 0.25), ("1.5e-3", 0.0015), ("1E+2", 100), ("-12", -12)] {
      XCTAssertEqual(
        try Array(json.utf8).withUnsafeBufferPointer { buf in
          var r = JSONReader(buf)
          return try r.double()
        }, value, json)
    }
  }

  func testUnknownValuesNestedDeeperThanTheLimitAreRefused() {
    let limit = JSONReader.maxSkipDepth
    XCTAssertEqual(limit, 64)
    let deepest = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
    XCTAssertNil(skipped(deepest), "64 deep is still read")
    let mixed = String(repeating: #"{"a":["#, count: limit / 2) + "1" + String(repeating: "]}", count: limit / 2)
    XCTAssertNil(skipped(mixed))
    let tooDeep = String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)
    XCTAssertEqual(skipped(tooDeep), "values are nested more than 64 deep at byte 64")
    let hostile = String(repeating: #"{"x":"#, count: 100_000)
    XCTAssertEqual(skipped(hostile), "values are nested more than 64 deep at byte 320")
  }

  func testTheRefusalReachesTheUserAsADamagedBoardNamingTheByte() throws {
    var board = Board(name: "B")
    try board.apply(
      .addIdea(Idea(id: IdeaID(1), title: "SNOWMAN", created: Timestamp(seconds: 0))), by: "t",
      at: Timestamp(seconds: 0))
    let bytes = try SnapshotCodec.encode(board, journalSeq: 0)
    let written = String(decoding: bytes, as: UTF8.self)
    // The same length, so only the checksum needs fixing: a damaged text a checksum would not catch.
    let hostile = written.replacingOccurrences(of: "SNOWMAN", with: #"\uD83Dx"#)
    var changed = Array(hostile.utf8)
    let offset = try XCTUnwrap(changed.firstRange(of: Array(#"\uD83D"#.utf8))?.lowerBound)
    let crc = try XCTUnwrap(SnapshotCodec.crcRange(in: changed))
    changed.replaceSubrange(crc, with: Array("00000000".utf8))
    changed.replaceSubrange(crc, with: Array(CRC32.hex(CRC32.checksum(changed)).utf8))
    XCTAssertThrowsError(try SnapshotCodec.decode(changed, path: "b.json")) { error in
      XCTAssertEqual(
        (error as? StoreError)?.message.contains(
          "a \\u escape holds the high half of a surrogate pair without its low half at byte \(offset)"), true,
        "\(error)")
    }
  }
}
