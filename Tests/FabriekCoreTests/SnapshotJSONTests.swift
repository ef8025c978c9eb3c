import Foundation
import XCTest

@testable import FabriekCore

final class SnapshotJSONTests: XCTestCase {
  func testAGeneratedBoardWithEveryKindOfRecordSurvivesTheSnapshotExactly() throws {
    let board = DemoData.board(count: 300, seed: 11, now: DemoData.referenceTime)
    XCTAssertFalse(board.sessions.isEmpty)
    let bytes = try SnapshotCodec.encode(board, journalSeq: 42)
    let back = try SnapshotCodec.decode(bytes, path: "b")
    XCTAssertEqual(back.journalSeq, 42)
    XCTAssertEqual(back.board, board)
  }

  func testTheSnapshotIsPlainJSONThatOtherToolsCanRead() throws {
    let bytes = try SnapshotCodec.encode(try TestBoards.small(), journalSeq: 0)
    let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    XCTAssertEqual(object["format"] as? String, "fabriek-board")
    XCTAssertEqual(object["version"] as? Int, SnapshotCodec.currentVersion)
    XCTAssertEqual(object["length"] as? Int, bytes.count)
    let ideas = try XCTUnwrap((object["board"] as? [String: Any])?["ideas"] as? [[String: Any]])
    XCTAssertEqual(ideas.first?["title"] as? String, "Buurtrestaurant voor senioren")
  }

  func testHostileAndUnusualTextIsStoredExactly() throws {
    var b = try TestBoards.small()
    let texts = [
      "quote \" backslash \\ slash / tab \t newline \n cr \r nul \u{0}", "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m",
      "\u{202E}gnp.exe\u{2066}x\u{2069}", "e\u{301} 社 👍🏽 👨‍👩‍👧 🇧🇪", String(repeating: "lang ", count: 2_000),
    ]
    for (k, t) in texts.enumerated() {
      try b.apply(
        .addNote(IdeaID(1), Note(id: k + 1, at: TestBoards.t0, author: t, text: t)), by: t, at: TestBoards.t0, why: t)
    }
    let back = try SnapshotCodec.decode(try SnapshotCodec.encode(b, journalSeq: 0), path: "b").board
    XCTAssertEqual(back.idea(IdeaID(1))?.notes.map(\.text), texts)
    XCTAssertEqual(back, b)
  }

  func testUnknownFieldsFromALaterMinorVersionAreSkipped() throws {
    let json = Array(
      #"{"id":3,"title":"T","stage":"incoming","created":"2026-01-01T00:00:00Z","enteredStage":"2026-01-01T00:00:00Z","future":{"a":[1,2.5,null,true,"x"]},"tags":["a"]}"#
        .utf8)
    let idea = try json.withUnsafeBufferPointer { buf in
      var r = JSONReader(buf)
      return try Idea(json: &r)
    }
    XCTAssertEqual(idea.id, IdeaID(3))
    XCTAssertEqual(idea.tags, ["a"])
  }

  func testAMissingRequiredFieldIsNamed() {
    let json = Array(
      #"{"id":3,"stage":"incoming","created":"2026-01-01T00:00:00Z","enteredStage":"2026-01-01T00:00:00Z"}"#.utf8)
    XCTAssertThrowsError(
      try json.withUnsafeBufferPointer { buf in
        var r = JSONReader(buf)
        return try Idea(json: &r)
      }
    ) { error in
      XCTAssertEqual("\(error)", "an idea lacks “title” at byte \(json.count)")
    }
  }
}

final class StreamedSnapshotTests: XCTestCase {
  func testCombiningChecksumsEqualsTheChecksumOfTheWhole() {
    let a = Array("{\"format\":\"fabriek-board\"".utf8)
    let b = Array(String(repeating: "Café 社 ", count: 5_000).utf8)
    XCTAssertEqual(CRC32.combine(CRC32.checksum(a), CRC32.checksum(b), lengthB: b.count), CRC32.checksum(a + b))
    XCTAssertEqual(CRC32.combine(CRC32.checksum(a), CRC32.checksum([UInt8]()), lengthB: 0), CRC32.checksum(a))
    XCTAssertEqual(CRC32.checksum(Array("123456789".utf8)), 0xCBF4_3926, "the standard CRC-32 check value")
  }

  func testAStreamedSnapshotIsByteForByteTheInMemoryOne() throws {
    let board = DemoData.board(count: 1_500, seed: 3, now: DemoData.referenceTime)
    let expected = try SnapshotCodec.encode(board, journalSeq: 9)
    XCTAssertGreaterThan(expected.count, 2 << 20, "big enough to be written in several chunks")
    let dir = try TestBoards.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let fs = PosixFileSystem()
    try fs.replaceFile(dir + "/b.json", tempTag: "t") { fd throws(IOError) in
      try SnapshotCodec.write(board, journalSeq: 9, to: fd, fs: fs)
    }
    let written = try XCTUnwrap(try fs.readFile(dir + "/b.json"))
    XCTAssertEqual(written.count, expected.count)
    XCTAssertTrue(written == expected)
    XCTAssertEqual(try SnapshotCodec.decode(written, path: "b").board, board)
  }
}
