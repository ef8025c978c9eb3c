import FabriekCore
import Foundation
import XCTest

/// The mentors screen in the built binary under tmux, on a demo board: `:mentors` lists every
/// mentor and partner with their load and flags the one over capacity; Tab shows the ideas in
/// Enrichment without a mentor; Esc goes back to the board.
final class MentorScreenEndToEndTests: EndToEndTestCase {
  func testTheMentorsScreenOnTheDemoBoardShowsEveryMentorsLoadAndTheIdeasWithoutOne() throws {
    let demo = dir + "/demo.json"
    XCTAssertEqual(try Binary.run(["demo-data", "--count", "60", "--seed", "3", "--out", demo]).status, 0)
    // One idea in Enrichment loses its mentors, so that the second tab has an idea to show.
    let store = try BoardStore.open(demo)
    let enrichment = store.board.ideas.values.filter { $0.isActive && $0.stage == Stage.enrichment }
    let freed = try XCTUnwrap(enrichment.min { $0.id < $1.id }, "the demo board has ideas in Enrichment")
    _ = try store.commit(Change(.editIdea(freed.id, [.mentors([])]), by: "test"))
    let b = store.board
    let brokers = b.people.values.filter { $0.roles.contains(.mentor) || $0.roles.contains(.partner) }
    XCTAssertFalse(brokers.isEmpty, "the demo board has mentors")
    // The first row: mentors before partners, by name.
    let first = try XCTUnwrap(
      brokers.filter { $0.roles.contains(.mentor) }.min { ($0.fullName.searchKey, $0.id) < ($1.fullName.searchKey, $1.id) })
    let load = b.activeLoad(of: first.id)
    let used = Language.en.decimal(Double(b.minutesLogged(by: first.id)) / 60, places: 1)
    let unmatched = b.ideas.values.filter { $0.isActive && $0.stage == Stage.enrichment && $0.mentors.isEmpty }
      .sorted { $0.id < $1.id }

    let tmux = try Tmux([Binary.path, "--file", demo, "--lang", "en"], width: 160, height: 48)
    try tmux.waitFor(text: "BOARD")
    try tmux.send(":")
    try tmux.type("mentors")
    try tmux.send("Enter")
    let people = try tmux.waitFor("the mentors") {
      $0.contains("Mentors and partners (\(brokers.count))") && $0.contains(" " + first.fullName + " ")
    }
    let row = try XCTUnwrap(
      people.split(separator: "\n").first { $0.hasPrefix(" " + first.fullName) }, "the first row is \(first.fullName):\n\(people)")
    let places = first.mentorCapacity.map { "\(load)/\($0)" } ?? "\(load)"
    XCTAssertTrue(row.contains(places), "\(first.fullName) mentors \(places): \(row)")
    if let budget = first.hoursBudget {
      XCTAssertTrue(row.contains("\(used)/\(budget) h"), "\(first.fullName) used \(used) of \(budget) h: \(row)")
    }
    // The ideas of their active matches still in the programme: those that count against capacity.
    let current = b.matches.filter { m in
      m.person == first.id && m.state == .active && b.ideas[m.idea].map { $0.isActive && $0.stage != Stage.exited } == true
    }
    XCTAssertEqual(current.count, load)
    for m in current { XCTAssertTrue(row.contains(m.idea.code), "\(first.fullName) mentors \(m.idea.code) now: \(row)") }
    XCTAssertTrue(people.contains("MENTORS"), "the status line names the screen")

    try tmux.send("Tab")
    let heading = "Ideas without a mentor (\(unmatched.count))"
    let expected = unmatched.first.map { $0.code + " " + $0.title } ?? "Every idea in Enrichment has a mentor."
    XCTAssertTrue(unmatched.contains { $0.id == freed.id })
    let ideas = try tmux.waitFor("the ideas without a mentor") { $0.contains(heading) && $0.contains(expected) }
    for idea in unmatched.prefix(10) { XCTAssertTrue(ideas.contains(idea.code), "\(idea.code) has no mentor:\n\(ideas)") }
    try tmux.send("Escape")
    try tmux.waitFor("the board again") { !$0.contains("Mentors and partners") && $0.contains("BOARD") }
    try tmux.send("q")
    XCTAssertEqual(try tmux.waitForExit(), 0)
  }
}
