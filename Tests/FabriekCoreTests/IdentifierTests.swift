import Foundation
import XCTest

@testable import FabriekCore

final class IdentifierTests: XCTestCase {
  func testEachKindHasItsOwnLetterAndReadsItsCodesBack() {
    XCTAssertEqual(IdeaID(42).code, "I-0042")
    XCTAssertEqual(PersonID(42).code, "P-0042")
    XCTAssertEqual(SessionID(42).code, "S-0042")
    XCTAssertEqual(IdeaID(123_456).description, "I-123456")
    XCTAssertEqual(IdeaID(code: "i-42"), IdeaID(42))
    XCTAssertEqual(IdeaID(code: " 42 "), IdeaID(42))
    XCTAssertEqual(PersonID(code: "P-0007"), PersonID(7))
    XCTAssertEqual(SessionID(code: "s-3"), SessionID(3))
    XCTAssertNil(IdeaID(code: "P-0042"), "a person's code is no idea's")
    XCTAssertNil(PersonID(code: "I-0042"))
    XCTAssertNil(SessionID(code: "0"))
    XCTAssertNil(IdeaID(code: "1234567890"), "more than nine digits")
    XCTAssertLessThan(IdeaID(2), IdeaID(10))
  }

  func testAnIDIsAPlainIntegerInJSON() throws {
    struct Holder: Codable, Equatable {
      var idea: IdeaID
      var person: PersonID
      var session: SessionID
    }
    let value = Holder(idea: IdeaID(3), person: PersonID(Int.max), session: SessionID(Int.min))
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let json = String(decoding: try encoder.encode(value), as: UTF8.self)
    XCTAssertEqual(json, #"{"idea":3,"person":9223372036854775807,"session":-9223372036854775808}"#)
    XCTAssertEqual(try JSONDecoder().decode(Holder.self, from: Data(json.utf8)), value)
  }
}

final class LargestIDTests: XCTestCase {
  func testABoardHoldingTheLargestIDsLoadsAndRefusesTheNextRecordInsteadOfTrapping() throws {
    var board = Board(name: "B")
    let at = Timestamp(seconds: 0)
    var idea = Idea(id: IdeaID(Int.max), title: "Grootste", created: at)
    idea.notes = [Note(id: Int.max, at: at, author: "a", text: "laatste")]
    try board.apply(.addIdea(idea), by: "t", at: at)
    try board.apply(.addPerson(Person(id: PersonID(Int.max), givenName: "Noor", familyName: "")), by: "t", at: at)
    try board.apply(
      .addSession(Session(id: SessionID(Int.max), kind: .coCreation, title: "S", date: at.day)), by: "t", at: at)
    XCTAssertEqual([board.nextIdea, board.nextPerson, board.nextSession], [Int.max, Int.max, Int.max])

    let snapshot = try SnapshotCodec.decode(try SnapshotCodec.encode(board, journalSeq: 0), path: "b").board
    XCTAssertEqual(snapshot, board)
    XCTAssertEqual(try JSONDecoder().decode(Board.self, from: try JSONEncoder().encode(board)), board)

    XCTAssertThrowsError(
      try board.apply(.addNote(IdeaID(Int.max), Note(id: Note.nextFreeID, at: at, author: "a", text: "nog één")), by: "t", at: at)
    ) { error in
      XCTAssertEqual((error as? BoardError)?.message, "I-9223372036854775807 has a note 9223372036854775807 already.")
    }
    let renumbered = board.numberingNewRecords(
      .addIdea(Idea(id: IdeaID(Int.max), title: "Nog één", created: at)))
    XCTAssertEqual(renumbered, .addIdea(Idea(id: IdeaID(Int.max), title: "Nog één", created: at)))
    XCTAssertThrowsError(try board.apply(renumbered, by: "t", at: at)) { error in
      XCTAssertEqual((error as? BoardError)?.message, "Idea I-9223372036854775807 exists already; give the new idea another id.")
    }
  }
}
