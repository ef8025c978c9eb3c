import FabriekCore
import Foundation
import XCTest

/// `fabriek mentor propose | move | log | list | matches | assign` on a demo board: the life of
/// one match from the command line, refusals with their reasons, and the JSON scripts rely on.
final class MentorMatchCommandTests: EndToEndTestCase {
  var demo: String { dir + "/demo.json" }

  func makeDemo() throws -> Board {
    XCTAssertEqual(try Binary.run(["demo-data", "--out", demo]).status, 0)
    return try BoardStore.open(demo, readOnly: true).board
  }

  func run(_ args: [String], status: Int32 = 0, file: StaticString = #filePath, line: UInt = #line) throws -> Binary.Result {
    let r = try Binary.run(args + ["--file", demo, "--as", "Tester"])
    XCTAssertEqual(r.status, status, "\(args): \(r.stderr)", file: file, line: line)
    return r
  }

  func json(_ r: Binary.Result) throws -> [[String: Any]] {
    try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]], r.stdout)
  }

  func testAMatchFromProposalToItsEndWithHours() throws {
    let b = try makeDemo()
    let idea = try XCTUnwrap(b.ideasInOrder.first { $0.stage == Stage.enrichment && $0.isActive })
    let top = try XCTUnwrap(b.mentorSuggestions(for: idea.id).first)
    let person = try XCTUnwrap(b.people[top.person])
    // By e-mail address, as the person lookup allows.
    let proposed = try run(["mentor", "propose", idea.code, person.email, "--override-reason", "test pair"])
    let code = proposed.stdout.trimmingCharactersInWhitespace()
    let id = try XCTUnwrap(MatchID(code: code), proposed.stdout)
    XCTAssertEqual(code, MatchID(b.nextMatch).code)
    XCTAssertEqual(try stored(at: demo).match(id)?.state, .proposed)

    let introduced = try run(["mentor", "move", code, "--to", "intro"])
    XCTAssertTrue(introduced.stdout.hasPrefix("\(code)  \(idea.code)  \(person.id.code) "), introduced.stdout)
    XCTAssertTrue(introduced.stdout.contains("  mentor  introduced  0 h"), introduced.stdout)
    _ = try run(["mentor", "move", code.lowercased(), "--to", "active"])
    XCTAssertTrue(try stored(at: demo).idea(idea.id)?.mentors.contains(person.id) == true, "an active mentor match is a mentor")
    let logged = try run(["mentor", "log", code, "--hours", "1,5", "--date", "2026-10-01", "--note", "eerste gesprek"])
    XCTAssertTrue(logged.stdout.contains("active  1.5 h"), logged.stdout)
    _ = try run(["mentor", "log", code, "--hours", "0:45", "--date", "01/10/2026"])
    let refused = try run(["mentor", "move", code, "--to", "ended"], status: 1)
    XCTAssertEqual(
      refused.stderr,
      "fabriek: reason: say why it is ended (--reason: goal-reached, no-fit, no-time or other, and a text).\n")
    _ = try run(["mentor", "move", code, "--to", "ended", "--reason", "goal-reached: pilot financed"])

    let m = try XCTUnwrap(try stored(at: demo).match(id))
    XCTAssertEqual(m.state, .ended)
    XCTAssertEqual(m.transitions.map(\.state), [.introduced, .active, .ended])
    XCTAssertEqual(Set(m.transitions.map(\.by)), ["Tester"])
    XCTAssertEqual(m.proposedBy, "Tester")
    XCTAssertEqual(m.endReason, MatchEndReason(.goalReached, text: "pilot financed"))
    XCTAssertEqual(m.hours.map(\.minutes), [90, 45])
    XCTAssertEqual(m.hours.map(\.day), [Day(iso: "2026-10-01"), Day(iso: "2026-10-01")], "a day typed day first too")
    XCTAssertEqual(m.hours.first?.note, "eerste gesprek")
    XCTAssertEqual(m.overrideReason, "test pair")
    XCTAssertFalse(try stored(at: demo).idea(idea.id)?.mentors.contains(person.id) == true, "ended: no mentor any more")

    let again = try run(["mentor", "move", code, "--to", "active"], status: 1)
    XCTAssertEqual(again.stderr, "fabriek: state: \(code) is ended: it cannot change state any more.\n")
    let matches = try json(try run(["mentor", "matches", idea.code, "--json"]))
    let row = try XCTUnwrap(matches.first { $0["match"] as? String == code })
    XCTAssertEqual(row["state"] as? String, "ended")
    XCTAssertEqual(row["person"] as? String, person.id.code)
    XCTAssertEqual(row["hoursUsed"] as? Double, 2.25)
  }

  func testRefusalsSayWhatIsWrong() throws {
    let b = try makeDemo()
    let idea = try XCTUnwrap(b.ideasInOrder.first { $0.stage == Stage.enrichment && !$0.innovators.isEmpty })
    let innovator = try XCTUnwrap(idea.innovators.first)
    let own = try run(["mentor", "propose", idea.code, innovator.code], status: 1)
    XCTAssertEqual(own.stderr, "fabriek: person: \(innovator.code) is an innovator of \(idea.code).\n")
    let state = try run(["mentor", "move", "M-0001", "--to", "finished"], status: 1)
    XCTAssertEqual(state.stderr, "fabriek: “finished” is not a state of a match: give introduced, active, ended or declined.\n")
    let hours = try run(["mentor", "log", "M-0001", "--hours", "lots"], status: 1)
    XCTAssertEqual(hours.stderr, "fabriek: “lots” is not a number of hours: give a number above 0 such as 1.5 or 1:30.\n")
    let missing = try run(["mentor", "move", "M-9999", "--to", "active"], status: 1)
    XCTAssertEqual(missing.stderr, "fabriek: There is no match M-9999 on this board; `fabriek mentor matches` lists them.\n")
    let nobody = try run(["mentor", "propose", idea.code, "Nobody Atall"], status: 1)
    XCTAssertTrue(nobody.stderr.hasPrefix("fabriek: "), nobody.stderr)
    let noIdeas = try run(["mentor", "assign", "--dry-run"], status: 1)
    XCTAssertEqual(
      noIdeas.stderr,
      "fabriek: Say which ideas to assign with --view NAME or --filter QUERY (for instance --filter 'stage:enrichment mentor:none').\n")
    XCTAssertEqual(try stored(at: demo), b, "nothing refused changed the board")
  }

  func testListGivesEveryMentorsLoadAsStableJSON() throws {
    let b = try makeDemo()
    let rows = try json(try run(["mentor", "list", "--json"]))
    let mentors = b.people.values.filter { $0.roles.contains(.mentor) }.sorted { $0.id < $1.id }
    XCTAssertEqual(rows.compactMap { $0["person"] as? String }, mentors.map(\.id.code))
    let load = b.mentorLoad()
    let used = b.minutesLogged()
    XCTAssertTrue(used.values.contains { $0 > 0 }, "the demo has hours logged")
    for (row, p) in zip(rows, mentors) {
      XCTAssertEqual(Set(row.keys), ["person", "name", "capacity", "active", "hoursBudget", "hoursUsed"])
      XCTAssertEqual(row["name"] as? String, p.fullName)
      XCTAssertEqual(row["capacity"] as? Int, p.mentorCapacity)
      XCTAssertEqual(row["active"] as? Int, load[p.id] ?? 0)
      XCTAssertEqual(row["hoursBudget"] as? Int, p.hoursBudget)
      XCTAssertEqual(row["hoursUsed"] as? Double ?? -1, Double(used[p.id] ?? 0) / 60, accuracy: 0.005)
    }
    let partners = try json(try run(["mentor", "list", "--json", "--partner"]))
    XCTAssertEqual(partners.count, b.people.values.filter { $0.roles.contains(.partner) }.count)
    let text = try run(["mentor", "list"])
    XCTAssertEqual(text.stdout.split(separator: "\n").count, mentors.count)
  }

  func testAssignProposesTheOptimumWithSuggestScoresAsOneChange() throws {
    let b = try makeDemo()
    let filter = ["--filter", "stage:enrichment mentor:none"]
    let dry = try json(try run(["mentor", "assign", "--dry-run", "--json"] + filter))
    XCTAssertFalse(dry.isEmpty, "the demo has Enrichment ideas without a mentor and free mentors")
    XCTAssertEqual(try stored(at: demo), b, "a dry run changes nothing")
    var perPerson: [String: Int] = [:]
    for row in dry {
      XCTAssertEqual(Set(row.keys), ["idea", "person", "score"])
      let idea = try XCTUnwrap((row["idea"] as? String).flatMap { IdeaID(code: $0) })
      let person = try XCTUnwrap((row["person"] as? String).flatMap { PersonID(code: $0) })
      XCTAssertEqual(b.idea(idea)?.mentors, [], "only ideas of the filter")
      // The same number as suggest gives for the pair.
      let suggest = try json(try run(["mentor", "suggest", idea.code, "--json", "--limit", "1000"]))
      let same = try XCTUnwrap(suggest.first { $0["person"] as? String == person.code })
      XCTAssertEqual(same["score"] as? Double, row["score"] as? Double)
      perPerson[person.code, default: 0] += 1
    }
    XCTAssertEqual(Set(dry.compactMap { $0["idea"] as? String }).count, dry.count, "one proposal per idea")
    for (code, n) in perPerson {
      let p = try XCTUnwrap(PersonID(code: code).flatMap { b.people[$0] })
      if let capacity = p.mentorCapacity { XCTAssertLessThanOrEqual(n, capacity - (b.mentorLoad()[p.id] ?? 0), code) }
    }
    let before = try BoardStore.open(demo, readOnly: true).lastSeq
    let made = try json(try run(["mentor", "assign", "--json"] + filter))
    XCTAssertEqual(made.map { $0["idea"] as? String }, dry.map { $0["idea"] as? String })
    XCTAssertEqual(made.map { $0["person"] as? String }, dry.map { $0["person"] as? String })
    let after = try BoardStore.open(demo, readOnly: true)
    XCTAssertEqual(after.lastSeq, before + 1, "all proposals are one change")
    let codes = made.compactMap { $0["match"] as? String }
    XCTAssertEqual(codes.count, made.count)
    for (row, code) in zip(made, codes) {
      let m = try XCTUnwrap(MatchID(code: code).flatMap { after.board.match($0) })
      XCTAssertEqual(m.state, .proposed)
      XCTAssertEqual(m.idea.code, row["idea"] as? String)
      XCTAssertEqual(m.person.code, row["person"] as? String)
    }
    let text = try run(["mentor", "assign", "--dry-run"] + filter)
    XCTAssertTrue(text.stdout.hasSuffix("nothing was changed (--dry-run).\n"), text.stdout)
  }

  func stored(at path: String) throws -> Board { try BoardStore.open(path, readOnly: true).board }

  /// A mentor with no place free is refused on the command line with the flag that lets it through.
  func testAFullMentorIsRefusedWithTheFlagThatOverridesIt() throws {
    let b = try makeDemo()
    let idea = try XCTUnwrap(b.ideasInOrder.first { $0.stage == Stage.enrichment && $0.isActive })
    let full = try XCTUnwrap(
      b.mentorSuggestions(for: idea.id, limit: 10_000).first { s in s.capacity.map { s.active >= $0 } == true },
      "the demo board has a mentor with every place taken")
    let refused = try run(["mentor", "propose", idea.code, full.person.code], status: 1)
    XCTAssertTrue(refused.stderr.contains("give a reason to go over it (--override-reason)"), refused.stderr)
    XCTAssertEqual(try stored(at: demo).matches.count, b.matches.count, "nothing proposed")
  }
}
