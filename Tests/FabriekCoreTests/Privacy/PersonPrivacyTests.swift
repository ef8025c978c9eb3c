import Foundation
import XCTest

@testable import FabriekCore

final class PersonPrivacyTests: XCTestCase {
  let t1 = Timestamp(iso: "2026-12-02T10:00:00Z") ?? Timestamp(seconds: 1)

  func testTheDossierListsEveryPlaceThePersonAppears() throws {
    let board = try PrivacyBoard.board()
    let d = try PersonDossier(PrivacyBoard.sofie, on: board)
    XCTAssertEqual(d.person, PrivacyBoard.person())
    // Linked in each role, as a reviewer and as a note author.
    XCTAssertEqual(d.ideas.map(\.code), ["I-0001", "I-0002", "I-0003"])
    XCTAssertEqual(d.ideas.map(\.roles), [["innovator", "reviewer", "note author"], ["coach"], ["mentor"]])
    // The note she wrote and the private note that gives her e-mail and phone.
    XCTAssertEqual(d.notes.map { "\($0.idea) #\($0.note) wrote:\($0.wrote) private:\($0.isPrivate)" }, [
      "I-0001 #1 wrote:true private:false", "I-0003 #1 wrote:false private:true",
    ])
    // Facilitator, participant and voter of the session.
    XCTAssertEqual(d.sessions.map(\.code), ["S-0001"])
    XCTAssertEqual(d.sessions.first?.roles, ["facilitator", "participant", "voter"])
    XCTAssertEqual(d.sessions.first?.dots, 3)
    // An idea whose title names her without linking her.
    XCTAssertEqual(d.mentions, [PersonDossier.Mention(idea: "I-0004", field: "title")])
    // History: her record, the idea that names her, her scores, and a change made at her request.
    XCTAssertEqual(d.history.map(\.what), [
      "added person P-0001 Sofie Peeters", "added I-0004 “Zorgboerderij met Sofie Peeters” to Incoming",
      "Sofie Peeters scored I-0001", "moved I-0001 from Incoming to Idea generation",
    ])
    XCTAssertNil(d.erasure)
    let json = d.json()
    for text in [PrivacyBoard.email, PrivacyBoard.phone, "Eerste gesprek gehad.", "Co-creatie Gent"] {
      XCTAssertTrue(json.contains(text), text)
    }
  }

  func testAPersonIsFoundByCodeEmailOrAnUnambiguousName() throws {
    var board = try PrivacyBoard.board()
    XCTAssertEqual(board.findPerson("P-0001"), .found(PrivacyBoard.person()))
    XCTAssertEqual(board.findPerson("SOFIE.peeters@example.be"), .found(PrivacyBoard.person()))
    XCTAssertEqual(board.findPerson("sofie peeters"), .found(PrivacyBoard.person()))
    XCTAssertEqual(board.findPerson("nobody"), .none)
    let other = Person(id: PersonID(9), givenName: "Sofie", familyName: "Janssens")
    try board.apply(.addPerson(other), by: "test", at: t1)
    guard case .ambiguous(let two) = board.findPerson("Sofie") else { return XCTFail("Sofie is two people") }
    XCTAssertEqual(two.map(\.id), [PrivacyBoard.sofie, PersonID(9)])
  }

  func testAfterAnErasureNoFileOfTheFolderHoldsTheirEmailPhoneOrNameAndTheFiguresStay() throws {
    let (dir, path) = try PrivacyBoard.makeFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    XCTAssertGreaterThanOrEqual(try PrivacyBoard.hits(in: dir).count, 8, "the folder starts out full of her data")
    let before = try BoardStore.open(path).board

    let store = try BoardStore.open(path)
    let result = try store.erase(PrivacyBoard.sofie, reason: "Op vraag van Sofie Peeters, per mail", by: "Noor El Amrani", at: t1)
    store.close()
    XCTAssertEqual(result.remaining, [])
    XCTAssertEqual(try PrivacyBoard.hits(in: dir), [])
    XCTAssertFalse(FileManager.default.fileExists(atPath: path + ".erasing"))
    // Every file of the board is readable by its owner only.
    for name in try FileManager.default.contentsOfDirectory(atPath: dir) {
      let mode = (try FileManager.default.attributesOfItem(atPath: dir + "/" + name)[.posixPermissions] as? NSNumber)?.intValue
      XCTAssertEqual(mode.map { $0 & 0o077 }, 0, name)
    }
    XCTAssertEqual(
      Set(result.rewritten.map { Paths.fileName(of: $0) }),
      [
        "board.json.bak.1", "board.json.bak.1.journal", "board.json.bak.2", "board.json.bak.2.journal",
        "board.json.bak.3.journal",
        "board.json.journal.damaged-20261201T000000Z", "board.json.unverified-20261201T000000Z",
        "board.json.journal.damaged-20261202T000000Z-unfinished",
      ])
    XCTAssertEqual(result.removed.map { Paths.fileName(of: $0) }, [".board.json.tmp-1-2"])

    let after = try BoardStore.open(path).board
    // Counts per stage, outcomes, scores and votes are what they were.
    XCTAssertEqual(after.stages.map { after.column($0.id).map(\.id) }, before.stages.map { before.column($0.id).map(\.id) })
    for (id, idea) in before.ideas {
      XCTAssertEqual(after.ideas[id]?.scores.values.sorted { "\($0)" < "\($1)" }, idea.scores.values.sorted { "\($0)" < "\($1)" })
      XCTAssertEqual(after.ideas[id]?.stage, idea.stage)
      XCTAssertEqual(after.ideas[id]?.innovators, idea.innovators)
    }
    XCTAssertEqual(after.ideas[IdeaID(1)]?.scores["Erased person P-0001"], PrivacyBoard.scores)
    XCTAssertEqual(after.sessions, before.sessions)
    XCTAssertEqual(after.people.count, before.people.count)
    // The record keeps its code and roles only.
    let erased = try XCTUnwrap(after.people[PrivacyBoard.sofie])
    XCTAssertEqual(erased.fullName, "Erased person P-0001")
    XCTAssertEqual([erased.email, erased.phone, erased.organisation, erased.consentPurpose], ["", "", "", ""])
    XCTAssertNil(erased.consentDate)
    XCTAssertNil(erased.retentionDate)
    XCTAssertEqual(erased.roles, [.innovator, .mentor])
    XCTAssertEqual(after.ideas[IdeaID(4)]?.title, "Zorgboerderij met Erased person P-0001")
    XCTAssertEqual(after.ideas[IdeaID(3)]?.notes.first?.text, "Mail Erased person P-0001 of bel Erased person P-0001.")
    // The erasure is recorded without her data, in history too.
    XCTAssertEqual(
      after.erasures,
      [PersonErasure(person: PrivacyBoard.sofie, at: t1, by: "Noor El Amrani", reason: "Op vraag van Erased person P-0001, per mail")])
    let record = String(decoding: try JSONEncoder().encode(after.erasures), as: UTF8.self)
    for needle in [PrivacyBoard.email, PrivacyBoard.phone, PrivacyBoard.name, "Peeters"] { XCTAssertFalse(record.contains(needle)) }
    XCTAssertEqual(after.history.last?.what, "erased the personal data of P-0001")
    // A backup still restores, to the erased board.
    let plan = try BoardRecovery.plan(path, from: path + ".bak.2")
    XCTAssertEqual(plan.lost.count, 0)
    XCTAssertEqual(plan.restored.people, after.people)
    XCTAssertEqual(plan.restored.erasures, after.erasures)
    XCTAssertEqual(plan.restored.ideas, after.ideas)
  }

  func testAPersonErasedAlreadyIsRefusedAndNeverDue() throws {
    let dir = try TestBoards.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try BoardStore.create(at: dir + "/board.json", board: try PrivacyBoard.board())
    let store = try BoardStore.open(dir + "/board.json")
    try store.erase(PrivacyBoard.sofie, reason: "gevraagd", by: "noor", at: t1)
    XCTAssertThrowsError(try store.erase(PrivacyBoard.sofie, reason: "nog eens", by: "noor")) { error in
      XCTAssertEqual((error as? StoreError)?.message, "P-0001 was erased already, on 2026-12-02.")
    }
    XCTAssertFalse(store.board.peopleDue(today: t1.day).contains { $0.person.id == PrivacyBoard.sofie })
  }

  func testPersonDueOnTheDemoBoardListsExactlyThePeoplePastTheirDatesOrWithoutConsent() {
    let board = DemoData.board(count: 400, seed: 1, now: DemoData.referenceTime)
    let today = Day(year: 2026, month: 12, day: 2) ?? DemoData.referenceTime.day
    var expected: [PersonID] = []
    for p in board.people.values {
      let passed = p.retentionDate.map { $0.daysSinceEpoch < today.daysSinceEpoch } ?? false
      if passed || p.consentDate == nil { expected.append(p.id) }
    }
    let due = board.peopleDue(today: today)
    XCTAssertEqual(due.map(\.person.id), expected.sorted())
    XCTAssertFalse(due.isEmpty)
    for d in due {
      XCTAssertEqual(d.retentionPassed, d.person.retentionDate.flatMap { $0 < today ? $0 : nil })
      XCTAssertEqual(d.noConsent, d.person.consentDate == nil)
    }
    // What links them: every idea that names them, with the role.
    if let first = due.first {
      let ideas = board.ideasInOrder.flatMap { i in i.people.filter { $0.0 == first.person.id }.map { "\(i.code) \($0.1.rawValue)" } }
      XCTAssertEqual(first.links.filter { $0.hasPrefix("I-") }, ideas)
    }
  }

  func testANameAnotherPersonSharesIsNotReplaced() throws {
    var board = try PrivacyBoard.board()
    try board.apply(.addPerson(Person(id: PersonID(9), givenName: "Sofie", familyName: "Peeters")), by: "test", at: t1)
    try board.apply(.erasePerson(PersonErasure(person: PrivacyBoard.sofie, at: t1, by: "noor", reason: "r")), by: "noor", at: t1)
    XCTAssertEqual(board.ideas[IdeaID(4)]?.title, "Zorgboerderij met Sofie Peeters")
    XCTAssertEqual(board.ideas[IdeaID(3)]?.notes.first?.text, "Mail Erased person P-0001 of bel Erased person P-0001.")
    XCTAssertEqual(board.people[PersonID(9)]?.fullName, "Sofie Peeters")
  }

  func testNamesAreReplacedAsWholeWordsIgnoringCase() {
    let scrub = PersonScrub(person: PersonID(7), needles: ["Jan Peeters", "jan@example.be", "0470/12.34.56"])
    var note = Note(id: 1, at: t1, author: "x", text: "Bel 0470/12.34.56\nJan Peeters")
    note = scrub.value(note)
    XCTAssertEqual(note.text, "Bel Erased person P-0007\nErased person P-0007")
    XCTAssertEqual(scrub.text("JAN PEETERS belde; Jan Peetersen niet. jan@example.be."),
      "Erased person P-0007 belde; Jan Peetersen niet. Erased person P-0007.")
  }

  func testExportsLeaveOutContactDetailsPrivateNotesAndFamilyNamesUnlessPersonal() throws {
    let board = try PrivacyBoard.board()
    var shared = BoardExport(board: board.withoutPersonalData)
    shared.personalData = false
    let json = shared.json()
    let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    XCTAssertEqual(doc["personalData"] as? Bool, false)
    let sofie = try XCTUnwrap((doc["people"] as? [[String: Any]])?.first { $0["code"] as? String == "P-0001" })
    XCTAssertEqual(sofie["familyName"] as? String, "P.")
    XCTAssertEqual(sofie["email"] as? String, "")
    XCTAssertEqual(sofie["phone"] as? String, "")
    for text in [json, shared.csv(), shared.markdown()] {
      XCTAssertFalse(text.contains(PrivacyBoard.email))
      XCTAssertFalse(text.contains(PrivacyBoard.phone))
    }
    XCTAssertFalse(json.contains("Mail "), "the private note is left out")
    XCTAssertTrue(json.contains("Eerste gesprek gehad."), "a note that is not private stays")
    XCTAssertTrue(shared.markdown().contains("| Sofie P. |"))
    let full = BoardExport(board: board).json()
    XCTAssertTrue(full.contains(PrivacyBoard.email) && full.contains("\"personalData\" : true"))
  }

  func testAnUndoFromBeforeTheErasureCannotBringTheDataBack() throws {
    var board = try PrivacyBoard.board()
    var edited = PrivacyBoard.person()
    edited.organisation = "Nieuwe vzw"
    let undo = try board.apply(.editPerson(edited), by: "test", at: t1)
    try board.apply(.erasePerson(PersonErasure(person: PrivacyBoard.sofie, at: t1, by: "noor", reason: "r")), by: "noor", at: t1)
    XCTAssertThrowsError(try board.apply(undo, by: "test", at: t1)) { error in
      XCTAssertEqual((error as? BoardError)?.message, "P-0001 was erased: only their roles and figures can change.")
    }
    var figures = try XCTUnwrap(board.people[PrivacyBoard.sofie])
    figures.hoursBudget = 12
    try board.apply(.editPerson(figures), by: "test", at: t1)
    XCTAssertEqual(board.people[PrivacyBoard.sofie]?.hoursBudget, 12)
  }
}
