import FabriekCore
import Foundation
import XCTest

final class DemoDataTests: XCTestCase {
  /// 2026-03-02T10:00:00Z: a fixed `now`, so that nothing depends on the clock.
  let now = Timestamp(seconds: 1_772_445_600)

  func testSameSeedGivesTheSameBoard() {
    let a = DemoData.board(count: 300, seed: 7, now: now)
    let b = DemoData.board(count: 300, seed: 7, now: now)
    XCTAssertEqual(a, b)
    XCTAssertEqual(a.history, b.history)
  }

  func testDifferentSeedsGiveDifferentBoards() {
    let a = DemoData.board(count: 300, seed: 7, now: now)
    let b = DemoData.board(count: 300, seed: 8, now: now)
    XCTAssertNotEqual(a, b)
    XCTAssertNotEqual(a.ideasInOrder.map(\.title), b.ideasInOrder.map(\.title))
  }

  func testCountIsHonoured() {
    for n in [0, 1, 7, 50, 333] {
      let board = DemoData.board(count: n, seed: 1, now: now)
      XCTAssertEqual(board.ideas.count, n, "count \(n)")
      XCTAssertEqual(board.ideas.keys.map(\.rawValue).sorted(), Array(0..<n).map { $0 + 1 })
    }
  }

  func testNothingIsRefusedForSeveralSeeds() {
    for seed: UInt64 in [0, 1, 2, 3, 42, 2026, .max] {
      for n in [1, 12, 60, 500] {
        let g = DemoData.generate(count: n, seed: seed, now: now)
        XCTAssertEqual(g.refused, [], "seed \(seed), count \(n)")
        XCTAssertEqual(g.board.ideas.count, n)
      }
    }
  }

  /// Every record, added again to a fresh board (people, then ideas, then sessions), is accepted
  /// and gives back the same board contents.
  func testRecordsValidateOnAFreshBoard() throws {
    let g = DemoData.board(count: 400, seed: 99, now: now)
    var fresh = Board(name: g.name)
    for p in g.people.values.sorted(by: { $0.id < $1.id }) { try fresh.apply(.addPerson(p), by: "test", at: now) }
    for i in g.ideasInOrder { try fresh.apply(.addIdea(i), by: "test", at: now) }
    for s in g.sessions.values.sorted(by: { $0.id < $1.id }) { try fresh.apply(.addSession(s), by: "test", at: now) }
    XCTAssertEqual(fresh.ideas, g.ideas)
    XCTAssertEqual(fresh.people, g.people)
    XCTAssertEqual(fresh.sessions, g.sessions)
    XCTAssertEqual(fresh.columns, g.columns)
  }

  func testReferencesPointAtRecordsOnTheBoard() {
    let board = DemoData.board(count: 400, seed: 5, now: now)
    for idea in board.ideas.values {
      for (p, _) in idea.people { XCTAssertNotNil(board.person(p), "\(idea.code) → \(p.code)") }
      for n in idea.notes {
        if let s = n.session { XCTAssertNotNil(board.session(s), "\(idea.code) note → \(s.code)") }
      }
      if case .merge(let target)? = idea.decision?.kind { XCTAssertEqual(board.idea(target)?.isActive, true) }
    }
  }

  func testEveryStageHasIdeasInAFunnel() {
    for n in [50, 400] {
      let board = DemoData.board(count: n, seed: 3, now: now)
      let sizes = Stage.defaults.map { board.column($0.id).count }
      XCTAssertFalse(sizes.contains(0), "count \(n): \(sizes)")
      XCTAssertFalse(board.declined.isEmpty)
      XCTAssertFalse(board.parked.isEmpty)
      XCTAssertGreaterThan(sizes[0] + sizes[1], sizes[3] + sizes[4], "a funnel: \(sizes)")
      XCTAssertGreaterThan(sizes[1], sizes[3])
      XCTAssertGreaterThan(sizes[2], sizes[4])
    }
  }

  func testDatesAreRelativeToNow() {
    let board = DemoData.board(count: 400, seed: 11, now: now)
    for idea in board.ideas.values {
      XCTAssertLessThan(idea.created, now)
      XCTAssertLessThanOrEqual(idea.created, idea.enteredStage)
      XCTAssertLessThanOrEqual(idea.enteredStage, now)
      for n in idea.notes { XCTAssertTrue(n.at >= idea.created && n.at <= now) }
      if let d = idea.decision { XCTAssertTrue(d.at >= idea.created && d.at <= now) }
    }
    XCTAssertTrue(board.history.allSatisfy { $0.at <= now })
    XCTAssertEqual(board.history.map(\.at), board.history.map(\.at).sorted(), "history is in time order")
    XCTAssertTrue(board.sessions.values.contains { $0.date > now.day }, "some sessions are still to come")
  }

  func testPeopleAreRealistic() {
    let board = DemoData.board(count: 400, seed: 4, now: now)
    let people = Array(board.people.values)
    XCTAssertGreaterThanOrEqual(people.count, 400)
    XCTAssertLessThan(people.count, 600)
    let names = people.map(\.fullName).joined(separator: " ")
    for mark in ["é", "ë", "ç", "ü", "ö", "ï"] { XCTAssertTrue(names.contains(mark), "no name with \(mark)") }
    XCTAssertTrue(people.contains { $0.fullName == "Sofie Van den Broeck" && $0.roles == [.staff] })
    let mentors = people.filter { $0.roles.contains(.mentor) }
    XCTAssertFalse(mentors.isEmpty)
    for m in mentors {
      XCTAssertFalse(m.expertise.isEmpty)
      XCTAssertNotNil(m.mentorCapacity)
      XCTAssertNotNil(m.hoursBudget)
    }
    XCTAssertTrue(people.contains { $0.roles.contains(.partner) })
    XCTAssertTrue(people.contains { $0.roles.contains(.innovator) })
    XCTAssertTrue(people.contains { $0.languages.count >= 2 })
    for p in people {
      XCTAssertTrue(p.email.hasSuffix(".example"), p.email)
      XCTAssertNotNil(p.consentDate)
      XCTAssertFalse(p.consentPurpose.isEmpty)
      if let c = p.consentDate, let r = p.retentionDate { XCTAssertLessThan(c, r) }
      XCTAssertTrue(p.phone.isEmpty || p.phone.hasPrefix("+32 ") || p.phone.hasPrefix("0"), p.phone)
    }
    XCTAssertEqual(Set(people.map(\.email)).count, people.count, "e-mail addresses are unique")
  }

  func testIdeasCarryTheProgrammesWork() {
    let board = DemoData.board(count: 400, seed: 6, now: now)
    let ideas = board.ideasInOrder
    let texts = ideas.map(\.title).joined(separator: " ")
    XCTAssertTrue(texts.contains("à "), "French titles")
    XCTAssertTrue(ideas.contains { $0.title.hasPrefix("Buurtrestaurant") || $0.title.hasPrefix("Fietsherstel") })
    XCTAssertTrue(ideas.contains { $0.origin?.kind == .ideaCampaign && $0.origin?.name != nil })
    XCTAssertEqual(Set(ideas.compactMap(\.region)), Set(Region.allCases))
    let social = ideas.filter { $0.applicantKind == .socialEnterprise }.count
    XCTAssertGreaterThan(social, 0)
    XCTAssertLessThan(social, ideas.count / 8, "few existing social enterprises")

    let early = ideas.filter { $0.isActive && ($0.stage == Stage.incoming || $0.stage == Stage.ideaGeneration) }
    XCTAssertTrue(early.contains { !$0.scores.isEmpty })
    XCTAssertTrue(early.contains { $0.scores.count >= 2 })
    XCTAssertTrue(ideas.allSatisfy { (0...3).contains($0.scores.count) })
    XCTAssertTrue(ideas.allSatisfy { $0.notes.count <= 4 })
    XCTAssertTrue(ideas.contains { $0.notes.contains { $0.session != nil } })
    XCTAssertTrue(ideas.contains { $0.notes.contains(where: \.isPrivate) })
    XCTAssertTrue(ideas.contains { !$0.enrichment.isEmpty })
    XCTAssertTrue(ideas.contains { $0.readiness != nil && !$0.theoryOfChange.isEmpty && !$0.indicators.isEmpty })
    XCTAssertTrue(ideas.contains { if case .merge = $0.decision?.kind { true } else { false } })

    let apps = ideas.flatMap(\.financing)
    XCTAssertTrue(apps.contains { $0.status == .granted })
    XCTAssertEqual(Set(apps.map(\.kind)), Set(FinancingKind.allCases))
    for a in apps {
      if let g = a.granted { XCTAssertLessThanOrEqual(g, a.asked) }
      if a.status == .granted { XCTAssertNotNil(a.granted) }
    }

    let late = ideas.filter { $0.isActive && ($0.stage == Stage.realisation || $0.stage == Stage.exited) }
    let withPlan = late.filter { $0.exitPlan != nil }.count
    XCTAssertGreaterThan(withPlan, late.count / 2, "most ideas past Enrichment have an exit plan")
    XCTAssertLessThan(withPlan, late.count, "and some do not")
  }

  func testSomeIdeaPastEnrichmentLacksAnExitPlanEvenOnSmallBoards() {
    for seed: UInt64 in 0..<20 {
      let board = DemoData.board(count: 50, seed: seed, now: now)
      XCTAssertTrue(board.column(Stage.realisation).contains { $0.exitPlan == nil }, "seed \(seed)")
    }
  }

  func testSessionsOfEveryKind() {
    let board = DemoData.board(count: 400, seed: 8, now: now)
    let sessions = Array(board.sessions.values)
    XCTAssertEqual(Set(sessions.map(\.kind)), Set(SessionKind.allCases))
    XCTAssertTrue(sessions.allSatisfy { $0.facilitator != nil && !$0.participants.isEmpty })
    XCTAssertTrue(sessions.contains { $0.agenda.count >= 3 })
    XCTAssertTrue(sessions.contains { !$0.tally.isEmpty })
    XCTAssertTrue(
      sessions.contains { $0.votes.contains { $0.participant == nil } }, "room votes in a competition round")
  }

  func testIdeasStayModestInSize() throws {
    let board = DemoData.board(count: 1000, seed: 12, now: now)
    let data = try JSONEncoder().encode(board.ideasInOrder)
    let average = data.count / board.ideas.count
    XCTAssertLessThan(average, 1600, "average idea is \(average) bytes of JSON")
  }
}
