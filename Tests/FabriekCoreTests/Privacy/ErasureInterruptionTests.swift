import Foundation
import Glibc
import XCTest

@testable import FabriekCore

final class ErasureInterruptionTests: XCTestCase {
  /// The erasure dies at every change it makes to the disk in turn. Afterwards, opening the
  /// board either finds it as it was (no marker: nothing was erased, and erasing again works)
  /// or finishes the erasure the marker records; either way, once erased, no file of the
  /// folder holds her e-mail, phone or name, and the board's figures are what they were.
  func testAnErasureKilledAtAnyPointIsFinishedOnTheNextOpenOrLeavesTheBoardIntact() throws {
    var finishedOnOpen = 0
    var intact = 0
    var point = 0
    while true {
      let (dir, path) = try PrivacyBoard.makeFolder()
      defer { try? FileManager.default.removeItem(atPath: dir) }
      let before = try BoardStore.open(path).board
      let fs = FaultyFileSystem()
      let store = try BoardStore.open(path, fs: fs)
      fs.die(after: point)
      let erased = (try? store.erase(PrivacyBoard.sofie, reason: "gevraagd", by: "noor")) != nil
      store.close()
      if erased && !fs.died {
        XCTAssertEqual(try PrivacyBoard.hits(in: dir), [])
        break
      }
      let hadMarker = FileManager.default.fileExists(atPath: path + ".erasing")
      let reopened = try BoardStore.open(path)
      if hadMarker {
        finishedOnOpen += 1
        XCTAssertNotNil(reopened.board.erasure(of: PrivacyBoard.sofie), "point \(point)")
        XCTAssertEqual(reopened.takeNotices(), ["The interrupted erasure of P-0001 was finished."])
      } else if reopened.board.erasure(of: PrivacyBoard.sofie) != nil {
        // Died after removing the marker, the last step: the erasure was finished.
        XCTAssertTrue(erased, "point \(point): erased without a marker, yet the erasure failed")
      } else {
        intact += 1
        XCTAssertEqual(reopened.board.withoutHistory, before.withoutHistory, "point \(point)")
        try reopened.erase(PrivacyBoard.sofie, reason: "gevraagd", by: "noor")
      }
      reopened.close()
      XCTAssertEqual(try PrivacyBoard.hits(in: dir), [], "point \(point)")
      let after = try BoardStore.open(path).board
      XCTAssertEqual(after.stages.map { after.column($0.id).count }, before.stages.map { before.column($0.id).count })
      XCTAssertEqual(after.ideas.mapValues { $0.scores.count }, before.ideas.mapValues { $0.scores.count }, "point \(point)")
      point += 1
      if point > 500 { return XCTFail("the erasure never finished") }
    }
    XCTAssertGreaterThan(finishedOnOpen, 10)
    XCTAssertGreaterThan(intact, 0)
  }

  func testAReadOnlyOpenRefusesABoardWithAnUnfinishedErasure() throws {
    let (dir, path) = try PrivacyBoard.makeFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let fs = FaultyFileSystem()
    let store = try BoardStore.open(path, fs: fs)
    fs.die(after: 8)
    XCTAssertThrowsError(try store.erase(PrivacyBoard.sofie, reason: "gevraagd", by: "noor"))
    store.close()
    XCTAssertTrue(FileManager.default.fileExists(atPath: path + ".erasing"))
    XCTAssertThrowsError(try BoardStore.open(path, readOnly: true)) { error in
      XCTAssertEqual(
        (error as? StoreError)?.message,
        "The erasure of P-0001 was interrupted and is not finished; open the board for writing (for instance `fabriek person erase P-0001 --reason …`) to finish it.")
    }
  }
}
