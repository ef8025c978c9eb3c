import XCTest

@testable import FabriekCore

/// `Board.poolAssignment` on generated boards: each idea at most once, no mentor past their free
/// places, no pair a rule refuses, scores as suggestions give them; committed as one batch
/// that one undo takes back.
final class MatchPoolTests: XCTestCase {
  let now = Timestamp(seconds: 1_772_445_600)

  func testThePoolNeverBreaksARuleAndCommitsAsOneUndoableBatch() throws {
    for seed: UInt64 in [1, 2, 3, 4, 5] {
      let board = DemoData.board(count: 150, seed: seed, now: now)
      let ideas = board.ideasInOrder.filter { $0.isActive && $0.stage == Stage.enrichment }.map(\.id)
      let proposals = board.poolAssignment(for: ideas)
      XCTAssertFalse(proposals.isEmpty, "seed \(seed)")
      XCTAssertEqual(Set(proposals.map(\.idea)).count, proposals.count, "one proposal per idea")
      let load = board.mentorLoad()
      var taken: [PersonID: Int] = [:]
      for p in proposals {
        taken[p.person, default: 0] += 1
        let suggested = board.mentorSuggestions(for: p.idea, limit: 10_000).first { $0.person == p.person }
        XCTAssertEqual(suggested?.score, p.score, "the same score as the suggestion, seed \(seed)")
        XCTAssertGreaterThan(p.score, 0)
      }
      for (person, n) in taken {
        if let capacity = board.people[person]?.mentorCapacity {
          XCTAssertLessThanOrEqual(n, capacity - (load[person] ?? 0), "seed \(seed) \(person.code)")
        }
      }
      var b = board
      let op = board.proposing(proposals, by: "t", at: now)
      let undo = try b.apply(op, by: "t", at: now)
      XCTAssertEqual(b.matches.count, board.matches.count + proposals.count)
      XCTAssertTrue(b.matches.suffix(proposals.count).allSatisfy { $0.state == .proposed })
      try b.apply(undo, by: "t", at: now)
      XCTAssertEqual(b.withoutHistory, board.withoutHistory, "seed \(seed)")
    }
  }

  func testAPairTheRulesRefuseIsNeverProposed() throws {
    typealias B = MatchBoards
    // Els is full (capacity 1), Koen was declined for the idea, Marc works where the innovator
    // does and Noor is its coach: every part weighs, and none of them is proposed.
    let b = try B.applying(
      B.board(),
      [
        .proposeMatch(B.proposal(1, B.other, B.els)), B.move(1, .active),
        .proposeMatch(B.proposal(2, B.idea, B.koen)), B.move(2, .declined, reason: MatchEndReason(.noFit)),
      ])
    let weights = MatchWeights(expertise: 1, themesCounted: 1, language: 1, capacity: 1, hours: 1, outcomes: 1, region: 1)
    var w = b
    try w.apply(.setMatchWeights(weights), by: "t", at: B.t0)
    let people = w.poolAssignment(for: [B.idea]).map(\.person)
    XCTAssertFalse(people.contains(B.els), "no place free")
    XCTAssertFalse(people.contains(B.koen), "declined before")
    XCTAssertFalse(people.contains(B.colleague), "same organisation")
    XCTAssertFalse(people.contains(B.coach), "the coach")
  }
}
