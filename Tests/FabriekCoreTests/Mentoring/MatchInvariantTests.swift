import XCTest

@testable import FabriekCore

/// An idea's mentors are the people of its active mentor matches, in the order they became
/// active, whichever operation changes them; every change is undone exactly.
final class MatchInvariantTests: XCTestCase {
  typealias B = MatchBoards

  func testLinkingAMentorMakesAnActiveMatchAndUnlinkingEndsIt() throws {
    let board = try B.board()
    assertRoundTrip(board, .linkPerson(B.idea, B.koen, .mentor)) { b in
      XCTAssertEqual(b.idea(B.idea)?.mentors, [B.koen])
      XCTAssertEqual(b.matches.map(\.state), [.active])
      XCTAssertEqual(b.matches.first?.transitions, [MatchTransition(.active, at: TestBoards.t0, by: "tester")])
    }
    let linked = try B.applying(board, [.linkPerson(B.idea, B.koen, .mentor)])
    assertRoundTrip(linked, .unlinkPerson(B.idea, B.koen, .mentor)) { b in
      XCTAssertEqual(b.idea(B.idea)?.mentors, [])
      XCTAssertEqual(b.match(MatchID(1))?.state, .ended)
      XCTAssertEqual(b.match(MatchID(1))?.endReason, MatchEndReason(.other))
    }
  }

  func testAFormsMentorListIsMadeOfMatchesAndAnOpenProposalBecomesActive() throws {
    let board = try B.applying(B.board(), [.proposeMatch(B.proposal(1, B.idea, B.els)), .linkPerson(B.idea, B.koen, .mentor)])
    assertRoundTrip(board, .editIdea(B.idea, [.title("Restojardin 2"), .mentors([B.els])])) { b in
      XCTAssertEqual(b.idea(B.idea)?.title, "Restojardin 2")
      XCTAssertEqual(b.idea(B.idea)?.mentors, [B.els])
      XCTAssertEqual(b.matches.map(\.state), [.active, .ended], "the proposal became active, Koen's match ended")
      XCTAssertEqual(b.matches.count, 2)
    }
  }

  func testAnIdeaAddedWithMentorsGetsActiveMatchesAndRemovingItTakesThemAlong() throws {
    let board = try B.board()
    var idea = Idea(id: IdeaID(3), title: "Nieuw", stage: Stage.enrichment, created: B.t0)
    idea.mentors = [B.koen, B.els]
    assertRoundTrip(board, .addIdea(idea)) { b in
      XCTAssertEqual(b.idea(IdeaID(3))?.mentors, [B.koen, B.els])
      XCTAssertEqual(b.matches.map(\.person), [B.koen, B.els])
    }
    let added = try B.applying(board, [.addIdea(idea), B.hours(1, minutes: 60)])
    assertRoundTrip(added, .removeIdea(IdeaID(3))) { b in
      XCTAssertNil(b.idea(IdeaID(3)))
      XCTAssertEqual(b.matches, [])
    }
  }

  /// Random mentor changes through every path, over many seeds: the invariant holds after each,
  /// and undoing them all, last first, gives back the board exactly.
  func testTheInvariantHoldsThroughRandomOperationsAndUndoRestoresExactly() throws {
    var applied = 0
    let people = [B.els, B.koen, B.partner, PersonID(7), PersonID(8)]
    for seed in UInt64(1)...40 {
      var rng = DemoData.SplitMix64(state: seed)
      var board = try B.board()
      for n in 7...8 {
        var p = Person(id: PersonID(n), givenName: "Mentor", familyName: "\(n)", roles: [.mentor])
        p.mentorCapacity = 3
        try board.apply(.addPerson(p), by: "t", at: B.t0)
      }
      let start = board
      var undo: [BoardOperation] = []
      for step in 0..<30 {
        let at = Timestamp(seconds: B.t0.seconds + Int64(step) * 3_600)
        let idea = rng.below(2) == 0 ? B.idea : B.other
        let person = people[rng.below(people.count)]
        let current = board.idea(idea)?.mentors ?? []
        let open = board.matches.filter(\.isOpen)
        let op: BoardOperation
        switch rng.below(7) {
        case 0: op = .linkPerson(idea, person, .mentor)
        case 1: op = .unlinkPerson(idea, current.isEmpty ? person : current[rng.below(current.count)], .mentor)
        case 2:
          var list = people.filter { _ in rng.below(3) == 0 }
          if rng.below(2) == 0 { list.reverse() }
          op = .editIdea(idea, [.mentors(list)])
        case 3:
          op = .proposeMatch(
            Match(id: MatchID(board.nextMatch), idea: idea, person: person, proposedBy: "t", proposedAt: at))
        case 4 where !open.isEmpty:
          let m = open[rng.below(open.count)]
          let to = m.state.allowedNext[rng.below(m.state.allowedNext.count)]
          op = .moveMatch(
            m.id, MatchTransition(to, at: at, by: "t"), reason: to.needsReason ? MatchEndReason(.noFit) : nil,
            override: rng.below(2) == 0 ? "test" : nil)
        case 5 where !board.matches.isEmpty:
          op = .removeMatch(board.matches[rng.below(board.matches.count)].id)
        default:
          guard let m = board.matches.first(where: { $0.state == .active }) else { continue }
          op = .logHours(m.id, HoursEntry(day: at.day, minutes: 30), override: "test")
        }
        do {
          undo.append(try board.apply(op, by: "t", at: at))
        } catch {
          continue
        }
        XCTAssertNil(board.mentorsProblem(), "seed \(seed) step \(step): \(op)")
        for i in board.ideas.values { XCTAssertEqual(i.mentors, board.activeMentors(of: i.id)) }
      }
      applied += undo.count
      for op in undo.reversed() { try board.apply(op, by: "t", at: B.t2) }
      XCTAssertEqual(board.withoutHistory, start.withoutHistory, "seed \(seed)")
    }
    XCTAssertGreaterThan(applied, 500, "most random operations are allowed ones")
  }
}
