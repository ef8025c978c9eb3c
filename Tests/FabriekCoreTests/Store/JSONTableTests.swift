import XCTest

@testable import FabriekCore

/// The records read and written from a table of their keys (`Store/JSON/JSONTable.swift`).
final class JSONTableTests: XCTestCase {
  private func read<T: JSONValue>(_ type: T.Type, _ text: String) throws -> T {
    try Array(text.utf8).withUnsafeBufferPointer { buf in
      var r = JSONReader(buf)
      return try T(json: &r)
    }
  }

  private func written<T: JSONValue>(_ value: T) -> String {
    var w = JSONWriter()
    value.write(to: &w)
    return String(decoding: w.bytes, as: UTF8.self)
  }

  func testEveryKeyATableRequiresIsOneOfItsKeys() {
    XCTAssertEqual(Person.fields.required.map { Person.fields.list[$0].name }, ["id"])
    XCTAssertEqual(Session.fields.required.map { Session.fields.list[$0].name }, ["id", "kind", "title", "date"])
    XCTAssertEqual(
      Match.fields.required.map { Match.fields.list[$0].name }, ["id", "idea", "person", "state", "proposedAt"])
    XCTAssertEqual(Note.fields.required.map { Note.fields.list[$0].name }, ["id", "at", "text"])
    XCTAssertEqual(ImportProfile.fields.required.map { ImportProfile.fields.list[$0].name }, ["name"])
    XCTAssertEqual(PersonErasure.fields.required.map { PersonErasure.fields.list[$0].name }, ["at", "person"])
  }

  func testARecordIsWrittenInItsTablesOrderWithAbsentAndEmptyValuesLeftOut() {
    var stage = Stage(id: "s", name: "Stage")
    XCTAssertEqual(written(stage), #"{"id":"s","name":"Stage"}"#)
    stage.wipLimit = 3
    stage.staleDays = 0
    XCTAssertEqual(written(stage), #"{"id":"s","name":"Stage","wipLimit":3,"staleDays":0}"#)
    var step = TaperStep(support: .monthly)
    XCTAssertEqual(written(step), #"{"support":"monthly"}"#)
    step.done = true
    XCTAssertEqual(written(step), #"{"done":true,"support":"monthly"}"#)
  }

  func testUnknownKeysAreSkippedAndMissingOnesKeepTheBlankValue() throws {
    let step = try read(TaperStep.self, #"{"later":{"a":[1,null]},"until":null,"support":"quarterly"}"#)
    XCTAssertEqual(step.support, .quarterly)
    XCTAssertNil(step.until)
    XCTAssertFalse(step.done)
  }

  func testAMissingRequiredKeyIsNamed() {
    let json = #"{"date":"2026-01-05","id":2,"kind":"co-creation"}"#
    XCTAssertThrowsError(try read(Session.self, json)) { error in
      XCTAssertEqual("\(error)", "a session lacks “title” at byte \(json.utf8.count)")
    }
  }

  func testARecordWithItsOwnMessageForAMissingKeyKeepsIt() {
    XCTAssertThrowsError(try read(PersonErasure.self, #"{"by":"x","reason":"asked"}"#)) { error in
      XCTAssertEqual("\(error)", "an erasure lacks its person or date at byte 27")
    }
    XCTAssertThrowsError(try read(ImportProfile.self, #"{"columns":[]}"#)) { error in
      XCTAssertEqual("\(error)", "an import profile has no name at byte 14")
    }
  }

  func testAnUnknownCaseIsRefused() {
    XCTAssertThrowsError(try read(TaperStep.self, #"{"support":"never"}"#))
  }
}
