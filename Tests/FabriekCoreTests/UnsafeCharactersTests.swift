import Foundation
import XCTest

@testable import FabriekCore

/// The one definition of what never reaches a terminal raw, and the JSON escaping built on it.
final class UnsafeCharactersTests: XCTestCase {
  func testControlsFormatCharactersSeparatorsAndUnassignedScalarsAreUnsafe() {
    let unsafe: [UInt32] = [
      0x00, 0x07, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9B, 0x9F,  // C0, DEL, C1
      0xAD, 0x061C, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F,  // soft hyphen, ALM, zero-width, marks
      0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060, 0x2061, 0x2064, 0x2066, 0x2069,  // bidi, invisible operators
      0xFEFF, 0xFFF9, 0xFFFB, 0xE0001, 0xE0020, 0xE007F,  // BOM, annotations, tags
      0x2028, 0x2029,  // separators
      0x0378, 0xFDD0, 0xFFFE, 0xFFFF, 0x10FFFF,  // unassigned and noncharacters
    ]
    for value in unsafe {
      let scalar = Unicode.Scalar(value) ?? "?"
      XCTAssertTrue(UnsafeCharacters.contains(scalar), "U+\(String(value, radix: 16))")
    }
  }

  func testLettersMarksSymbolsAndEmojiPartsAreSafe() {
    let safe: [UInt32] = [
      0x20, 0x41, 0x7E, 0xA0, 0xE9, 0x301, 0x05D0, 0x0645, 0x0915, 0x4E00, 0x1F600, 0x1F3FD, 0xFE0F, 0x1F1E7,
      0x2400, 0x241B, 0x27E8, 0xE000,
    ]
    for value in safe {
      let scalar = Unicode.Scalar(value) ?? "\u{0}"
      XCTAssertFalse(UnsafeCharacters.contains(scalar), "U+\(String(value, radix: 16))")
    }
    XCTAssertTrue(UnsafeCharacters.isSafe("Repair café 社 👍🏽 🇧🇪 ␛"))
    XCTAssertFalse(UnsafeCharacters.isSafe("👨\u{200D}👩"))
  }

  func testBracedWritesTheCodePointInUpperCaseHex() {
    XCTAssertEqual(UnsafeCharacters.braced("\u{1B}"), "\\u{1B}")
    XCTAssertEqual(UnsafeCharacters.braced("\u{202E}"), "\\u{202E}")
    XCTAssertEqual(UnsafeCharacters.braced("\u{E0041}"), "\\u{E0041}")
  }

  func testJSONEscapingWritesEveryUnsafeScalarAsAnEscapeAndParsesBackToTheSameText() throws {
    let text = "a\u{7F}\u{9B}\u{AD}\u{200D}\u{202E}\u{2028}\u{FEFF}\u{FFFF}\u{E0041}b"
    let json = String(decoding: try JSONEncoder().encode(["k": text, "line": "x\ny"]), as: UTF8.self)
    let escaped = UnsafeCharacters.escapingJSON(json)
    XCTAssertTrue(
      escaped.contains("a\\u007f\\u009b\\u00ad\\u200d\\u202e\\u2028\\ufeff\\uffff\\udb40\\udc41b"), escaped)
    XCTAssertTrue(UnsafeCharacters.isSafe(escaped.replacingOccurrences(of: "\n", with: "")))
    let back = try JSONDecoder().decode([String: String].self, from: Data(escaped.utf8))
    XCTAssertEqual(back, ["k": text, "line": "x\ny"])
    XCTAssertEqual(UnsafeCharacters.escapingJSON("{\n  \"a\": \"é\"\n}"), "{\n  \"a\": \"é\"\n}")
  }
}
