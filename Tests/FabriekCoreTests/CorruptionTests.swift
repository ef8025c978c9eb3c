import Foundation
import XCTest

@testable import FabriekCore

/// Every way a small board file can be cut short, and a sweep of flipped bytes, is caught
/// before anything is decoded; nothing crashes and the original is never written over.
final class CorruptionTests: XCTestCase {
  func smallBoardFile() throws -> [UInt8] {
    var b = try TestBoards.small()
    try b.apply(
      .addNote(IdeaID(1), Note(id: 1, at: TestBoards.t0, author: "Zoë", text: "Café « solidaire » 社 👍🏽")), by: "t",
      at: TestBoards.t0)
    return try SnapshotCodec.encode(b, journalSeq: 3)
  }

  func testTheUndamagedFileDecodes() throws {
    let bytes = try smallBoardFile()
    XCTAssertGreaterThan(bytes.count, 2_000)
    XCTAssertEqual(try SnapshotCodec.decode(bytes, path: "b").journalSeq, 3)
  }

  func testEveryTruncationLengthIsDetected() throws {
    let bytes = try smallBoardFile()
    for length in 0..<bytes.count {
      XCTAssertThrowsError(try SnapshotCodec.decode(Array(bytes[0..<length]), path: "b"), "length \(length)") { error in
        switch error as? StoreError {
        case .damaged, .notABoard: break
        default: XCTFail("length \(length): \(error)")
        }
      }
    }
  }

  func testEveryFlippedByteIsDetected() throws {
    let bytes = try smallBoardFile()
    var detected = 0
    for position in 0..<bytes.count {
      for mask: UInt8 in [0x01, 0x20, 0x80, 0xFF] {
        var damaged = bytes
        damaged[position] ^= mask
        do {
          _ = try SnapshotCodec.decode(damaged, path: "b")
          XCTFail("flip \(mask) at \(position) went unnoticed")
        } catch {
          detected += 1
        }
      }
    }
    XCTAssertEqual(detected, bytes.count * 4)
  }

  func testOpeningDamagedFilesNeverChangesThem() throws {
    let dir = try TestBoards.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/board.json"
    let bytes = try smallBoardFile()
    let cases: [[UInt8]] = stride(from: 0, to: bytes.count, by: 97).flatMap { i -> [[UInt8]] in
      var flipped = bytes
      flipped[i] ^= 0x04
      return [Array(bytes[0..<i]), flipped]
    }
    for damaged in cases {
      try Data(damaged).write(to: URL(fileURLWithPath: path))
      XCTAssertThrowsError(try BoardStore.open(path))
      XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), Data(damaged))
    }
    let copies = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".damaged-") }
    XCTAssertFalse(copies.isEmpty, "damaged files are copied aside")
  }
}
