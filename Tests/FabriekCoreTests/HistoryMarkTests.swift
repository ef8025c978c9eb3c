import XCTest

@testable import FabriekCore

final class HistoryMarkTests: XCTestCase {
  func line(_ n: Int64, _ what: String = "changed") -> HistoryEntry {
    HistoryEntry(at: Timestamp(seconds: n), who: "an", subject: .idea(IdeaID(Int(n))), what: what, why: nil)
  }

  func testAFreshMarkReadsEveryLine() {
    XCTAssertEqual(HistoryMark().linesAdded(to: [line(1), line(2)]).map(Array.init), [line(1), line(2)])
    XCTAssertEqual(HistoryMark().linesAdded(to: []).map(Array.init), [])
  }

  func testOnlyTheLinesAddedAfterTheMarkAreRead() {
    let mark = HistoryMark(at: [line(1), line(2)])
    XCTAssertEqual(mark.linesAdded(to: [line(1), line(2), line(3)]).map(Array.init), [line(3)])
    XCTAssertEqual(mark.linesAdded(to: [line(1), line(2)]).map(Array.init), [], "nothing new")
  }

  func testHistoryThatDoesNotContinueFromTheMarkIsSaidSo() {
    let mark = HistoryMark(at: [line(1), line(2)])
    XCTAssertNil(mark.linesAdded(to: [line(1)]), "a line was taken back")
    XCTAssertNil(mark.linesAdded(to: [line(1), line(2, "rewritten"), line(3)]), "the marked line is not the same")
  }
}
