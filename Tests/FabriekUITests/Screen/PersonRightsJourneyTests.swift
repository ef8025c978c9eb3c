import FabriekCore
import FabriekUI
import Foundation
import XCTest

/// `:person export` and `:person erase` on a row of `:people`: the command line's warning and
/// question, the store's erasure, its result, and the refusals that change nothing.
final class PersonRightsJourneyTests: XCTestCase {
  static let email = "lea.dubois@example.be"
  static let phone = "+32 470 12 34 56"

  /// The people fixtures with Léa's contact details, her consent lapsed 10 days ago.
  func journey() throws -> Journey {
    var board = try PeopleFixtures.board()
    let at = ScreenFixtures.now
    guard var lea = board.people[PeopleFixtures.lea] else { throw PeopleFixtures.Missing() }
    lea.email = Self.email
    lea.phone = Self.phone
    lea.consentDate = at.adding(days: -400).day
    lea.retentionDate = at.adding(days: -10).day
    try board.apply(.editPerson(lea), by: "test", at: at)
    var journey = Journey(AppState(board: board, file: "/tmp/board.json", width: 100, height: 30, now: at))
    journey.press(":")
    journey.type("people")
    journey.press("Enter")
    return journey
  }

  func command(_ text: String, in journey: inout Journey) {
    journey.press(":")
    journey.type(text)
    journey.press("Enter")
  }

  /// What the screen shows, and the erasure screen's sentences unwrapped.
  func text(of journey: Journey) -> String {
    var out = journey.screen.lines.joined(separator: "\n")
    if case .erasure(let erasure) = journey.state.screen { out += "\n" + erasure.lines.joined(separator: "\n") }
    return out
  }

  /// Every byte of every file in the board's folder, with its name.
  func filesHolding(_ needle: String, in journey: Journey) throws -> [String] {
    let folder = journey.runner.store.files.directory
    return try FileManager.default.contentsOfDirectory(atPath: folder).filter { name in
      let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
      return bytes.range(of: Data(needle.utf8)) != nil
    }
  }

  func testEraseAsksFirstAndNoChangesNothing() throws {
    var journey = try journey()
    journey.type("léa")
    journey.press("Tab")
    command("person erase asked by e-mail", in: &journey)
    XCTAssertEqual(journey.state.mode, .erasure)
    let shown = text(of: journey)
    XCTAssertTrue(shown.contains("Erase? y erases, n or Esc changes nothing"), shown)
    XCTAssertTrue(shown.contains("This erases the personal data of P-0003 Léa Dubois from /tmp/board.json"), shown)
    XCTAssertTrue(shown.contains("It cannot be undone."), shown)
    journey.press("n")
    XCTAssertEqual(journey.state.mode, .list)
    XCTAssertEqual(journey.state.message?.text, "Nothing was changed.")
    XCTAssertEqual(journey.state.board.people[PeopleFixtures.lea]?.email, Self.email)
    XCTAssertFalse(journey.effects.contains { if case .erasePeople = $0 { true } else { false } })
  }

  func testYesErasesEverywhereSaysSoAndClearsTheUndoHistory() throws {
    var journey = try journey()
    journey.type("léa")
    journey.press("Tab")
    // A change first, whose inverse holds Léa's record as it was, e-mail address and all.
    journey.press("Enter")
    journey.type("-Marie")
    journey.press("Ctrl-S")
    XCTAssertEqual(journey.state.board.people[PeopleFixtures.lea]?.givenName, "Léa-Marie")
    XCTAssertEqual(journey.state.undoStack.count, 1)
    XCTAssertEqual(try filesHolding(Self.email, in: journey).isEmpty, false)
    command("person erase asked by e-mail", in: &journey)
    journey.press("y")
    XCTAssertEqual(journey.effects.last, .erasePeople([PeopleFixtures.lea], reason: "asked by e-mail"))
    let lea = try XCTUnwrap(journey.state.board.people[PeopleFixtures.lea])
    XCTAssertEqual(lea.fullName, "Erased person P-0003")
    XCTAssertEqual(lea.email, "")
    XCTAssertEqual(journey.state.board.erasure(of: PeopleFixtures.lea)?.reason, "asked by e-mail")
    let shown = text(of: journey)
    XCTAssertTrue(shown.contains("Erased · Enter or Esc to go back"), shown)
    XCTAssertTrue(shown.contains("Erased the personal data of P-0003"), shown)
    XCTAssertTrue(shown.contains("holds their e-mail address, phone or name."), shown)
    XCTAssertTrue(shown.contains("The undo history is cleared"), shown)
    XCTAssertEqual(journey.state.undoStack, [])
    for needle in [Self.email, Self.phone, "Léa-Marie Dubois"] {
      XCTAssertEqual(try filesHolding(needle, in: journey), [], needle)
    }
    journey.press("Enter")
    XCTAssertEqual(journey.state.mode, .list)
    XCTAssertTrue(journey.state.list?.all.contains { $0.cells[0] == "Erased person P-0003" } == true, "the list follows")
    journey.press("u")
    XCTAssertEqual(journey.state.board.people[PeopleFixtures.lea]?.email, "", "nothing brings the data back")
  }

  func testEraseAllErasesTheRowsTheFilterShowsOnly() throws {
    var journey = try journey()
    command("person erase-all expired", in: &journey)
    XCTAssertEqual(
      journey.state.message?.text,
      "Filter the list first (retention:due, consent:none or a name): :person erase-all erases every person the list shows.")
    XCTAssertEqual(journey.state.mode, .list)
    journey.type("consent:none")
    journey.press("Tab")
    let due = journey.state.list?.rows.map(\.record) ?? []
    XCTAssertEqual(due.count, 6)
    XCTAssertFalse(due.contains(.person(PeopleFixtures.lea)))
    command("person erase-all no consent on record", in: &journey)
    XCTAssertTrue(text(of: journey).contains("This erases the personal data of 6 people from /tmp/board.json"))
    journey.press("y")
    let erased = journey.state.board.people.values.filter { journey.state.board.erasure(of: $0.id) != nil }
    XCTAssertEqual(Set(erased.map { RecordList.Record.person($0.id) }), Set(due))
    XCTAssertEqual(journey.state.board.people[PeopleFixtures.lea]?.email, Self.email, "Léa has consent: kept")
    let codes = due.compactMap { if case .person(let id) = $0 { id.code } else { nil } }.joined(separator: ", ")
    guard case .erasure(let erasure) = journey.state.screen else { return XCTFail("the result is shown") }
    XCTAssertEqual(
      erasure.lines.first,
      "Erased the personal data of 6 people: \(codes); each erasure is recorded (when, by whom and why, without their data).")
    XCTAssertTrue(erasure.lines.contains { $0.hasPrefix("No file in ") }, "one folder search for them all")
  }

  func testExportWritesTheDossierOnceAndNeverReplacesAFile() throws {
    var journey = try journey()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fabriek-dossier-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("lea.md").path
    journey.type("léa")
    journey.press("Tab")
    command("person export \(path)", in: &journey)
    XCTAssertEqual(
      journey.state.message?.text, "Wrote what the board holds on P-0003 to \(path) (readable by you only).")
    let markdown = try String(contentsOfFile: path, encoding: .utf8)
    XCTAssertTrue(markdown.hasPrefix("# Léa Dubois (P-0003): what the board holds"), markdown)
    XCTAssertTrue(markdown.contains(Self.email))
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    XCTAssertEqual(mode, 0o600)
    try Data("mine".utf8).write(to: URL(fileURLWithPath: path))
    command("person export \(path)", in: &journey)
    XCTAssertEqual(journey.state.message?.isError, true)
    XCTAssertEqual(
      journey.state.message?.text, "\(path) exists already; nothing was written: give another path (:person export PATH).")
    XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "mine")
  }

  func testRefusalsSayWhatToDo() throws {
    var journey = try journey()
    command("person erase", in: &journey)
    XCTAssertEqual(
      journey.state.message?.text,
      "Say in a few words why the data is erased, after the command (:person erase REASON); it is recorded with the erasure, so leave their name out.")
    command("person shred now", in: &journey)
    XCTAssertEqual(journey.state.message?.isError, true)
    XCTAssertTrue(journey.state.message?.text.hasPrefix("“shred” is not a person command") == true)
    journey.press("Escape")
    XCTAssertEqual(journey.state.mode, .board)
    command("person erase asked", in: &journey)
    XCTAssertEqual(journey.state.message?.text, "Open :people and put the cursor on the person first.")
    command("person", in: &journey)
    XCTAssertEqual(journey.state.mode, .form, ":person alone still adds a person")
  }
}
