import Foundation
import XCTest

@testable import FabriekCore

final class MatchSnapshotTests: XCTestCase {
  typealias B = MatchBoards

  /// A board with a match of every field set, and weights.
  static func everyField() throws -> Board {
    var b = try B.applying(
      B.board(),
      [
        .proposeMatch(B.proposal(1, B.idea, B.koen)), B.move(1, .introduced), B.move(1, .active, override: "asked for"),
        B.hours(1, minutes: 90, note: "first talk \"quoted\""), B.hours(1, minutes: 45),
        B.move(1, .ended, reason: MatchEndReason(.goalReached, text: "pilot financed")),
        .proposeMatch(B.proposal(2, B.other, B.partner, kind: .partner)),
        .setMatchWeights(MatchWeights(expertise: 2.5, themesCounted: 4, language: 1, capacity: 0.5, hours: 3, outcomes: 4, region: 0.25)),
      ])
    try b.apply(.linkPerson(B.other, B.els, .mentor), by: "t", at: B.t2)
    return b
  }

  func testASnapshotReadsBackEveryFieldOfAMatchAndTheWeights() throws {
    let board = try Self.everyField()
    let m = try XCTUnwrap(board.match(MatchID(1)))
    XCTAssertEqual(m.transitions.map(\.state), [.introduced, .active, .ended])
    XCTAssertNotNil(m.overrideReason)
    XCTAssertNotNil(m.endReason)
    XCTAssertEqual(m.hours.count, 2)
    let back = try SnapshotCodec.decode(try SnapshotCodec.encode(board, journalSeq: 3), path: "b").board
    XCTAssertEqual(back.matches, board.matches)
    XCTAssertEqual(back.matchWeights, board.matchWeights)
    XCTAssertEqual(back.nextMatch, 4)
    XCTAssertEqual(back.history, board.history, "history lines keep the person they concern")
    XCTAssertEqual(back, board)
    // The Codable form (exports, tools) too.
    let decoded = try JSONDecoder().decode(Board.self, from: JSONEncoder().encode(board))
    XCTAssertEqual(decoded, board)
  }

  func testTheJournalWritesTheMatchOperations() throws {
    for op in try [
      BoardOperation.proposeMatch(Self.everyField().matches[0]), B.move(1, .ended, reason: MatchEndReason(.noFit, text: "x")),
      B.hours(1, minutes: 5, note: "n", override: "o"), .removeHours(MatchID(1), entry: 2), .removeMatch(MatchID(1)),
      .restoreMatch(Self.everyField().matches[0]), .setMatchWeights(nil), .setMatchWeights(.default),
    ] {
      let data = try JSONEncoder().encode(Change(op, by: "t", at: B.t0))
      XCTAssertEqual(try JSONDecoder().decode(Change.self, from: data).op, op)
    }
  }

  /// A board written before matches: its file has no "matches"; each mentor becomes an active
  /// mentor match when it is read.
  func testAnOlderBoardHasItsMentorsTurnedIntoActiveMatchesOnLoad() throws {
    var board = try B.board()
    try board.apply(.editIdea(B.idea, [.mentors([B.koen, B.els])]), by: "t", at: B.t1)
    try board.apply(.linkPerson(B.other, B.koen, .mentor), by: "t", at: B.t1)
    let text = String(decoding: try SnapshotCodec.encode(board, journalSeq: 0), as: UTF8.self)
    let older = try Self.withoutMatches(text)
    XCTAssertFalse(String(decoding: older, as: UTF8.self).contains("\"matches\""))
    let read = try SnapshotCodec.decode(older, path: "old.json").board
    XCTAssertEqual(read.ideas, board.ideas)
    XCTAssertEqual(read.matches.map(\.code), ["M-0001", "M-0002", "M-0003"])
    XCTAssertEqual(read.matches.map(\.person), [B.koen, B.els, B.koen])
    XCTAssertEqual(read.matches.map(\.idea), [B.idea, B.idea, B.other])
    XCTAssertEqual(Set(read.matches.map(\.state)), [.active])
    XCTAssertEqual(read.matches.first?.proposedBy, "fabriek migration")
    XCTAssertEqual(read.matches.first?.transitions, [MatchTransition(.active, at: B.t0, by: "fabriek migration")])
    XCTAssertNil(read.consistencyProblem())
    XCTAssertEqual(read.nextMatch, 4)
    // Written again, it now has its matches.
    let again = try SnapshotCodec.decode(try SnapshotCodec.encode(read, journalSeq: 0), path: "b").board
    XCTAssertEqual(again, read)
  }

  func testAFileWhoseMentorsDisagreeWithItsMatchesIsRefused() throws {
    var board = try B.board()
    try board.apply(.linkPerson(B.idea, B.koen, .mentor), by: "t", at: B.t1)
    let text = String(decoding: try SnapshotCodec.encode(board, journalSeq: 0), as: UTF8.self)
    let ended = text.replacingOccurrences(of: #""state":"active""#, with: #""state":"ended" "#)
    XCTAssertThrowsError(try SnapshotCodec.decode(try Self.resealed(ended), path: "b.json")) { error in
      XCTAssertTrue("\(error)".contains("the mentors of I-0001 are not the people of its active mentor matches"), "\(error)")
    }
  }

  /// The snapshot text with its "matches" key and value taken out, its length and checksum
  /// made right again: what the writer before matches wrote.
  static func withoutMatches(_ text: String) throws -> [UInt8] {
    let start = try XCTUnwrap(text.range(of: #""matches":["#))
    var depth = 0
    var end = start.upperBound
    var i = text.index(before: start.upperBound)
    while i < text.endIndex {
      if text[i] == "[" { depth += 1 }
      if text[i] == "]" {
        depth -= 1
        if depth == 0 {
          end = text.index(after: i)
          break
        }
      }
      i = text.index(after: i)
    }
    var cut = text
    cut.removeSubrange(start.lowerBound..<text.index(after: end))  // and its comma
    return try resealed(cut)
  }

  /// Fixes the header's length and checksum after an edit.
  static func resealed(_ text: String) throws -> [UInt8] {
    var bytes = Array(text.utf8)
    let key = Array(#""length":"#.utf8)
    let at = try XCTUnwrap(bytes.firstRange(of: key)).upperBound
    let digits = String(bytes.count)
    bytes.replaceSubrange(at..<(at + 20), with: Array((String(repeating: " ", count: 20 - digits.count) + digits).utf8))
    let crc = try XCTUnwrap(SnapshotCodec.crcRange(in: bytes))
    bytes.replaceSubrange(crc, with: Array("00000000".utf8))
    bytes.replaceSubrange(crc, with: Array(CRC32.hex(CRC32.checksum(bytes)).utf8))
    return bytes
  }
}
