import Testing

@testable import FabriekCore

@Suite("Matching a pool of ideas with mentors")
struct MentorAssignmentTests {
  typealias Pool = MentorAssignment.Pool
  typealias Pair = MentorAssignment.Pair

  @Test("where greedy leaves the second idea a poor match, the optimum gives both a good one")
  func optimumBeatsGreedy() {
    // Ann fits Xavier best (10) and Yasmine nearly as well (9); Bram fits Xavier (9) and
    // Yasmine poorly (4). Greedy: Ann–Xavier, Bram–Yasmine = 14. Best: Ann–Yasmine, Bram–Xavier = 18.
    let pool = Pool(ideas: 2, capacities: [1, 1], scores: [10, 9, 9, 4])
    #expect(MentorAssignment.greedy(pool) == [Pair(idea: 0, mentor: 0), Pair(idea: 1, mentor: 1)])
    #expect(MentorAssignment.total(MentorAssignment.greedy(pool), in: pool) == 14)
    #expect(MentorAssignment.optimal(pool) == [Pair(idea: 0, mentor: 1), Pair(idea: 1, mentor: 0)])
    #expect(MentorAssignment.total(MentorAssignment.optimal(pool), in: pool) == 18)
  }

  @Test("a mentor with three places takes three ideas, no more; excluded pairs are never made")
  func capacityAndExclusions() {
    // Four ideas, one mentor with 3 places and one with none; idea 2 may not have mentor 0.
    let pool = Pool(ideas: 4, capacities: [3, 0], scores: [5, 9, 4, 9, nil, 9, 2, 9])
    let pairs = MentorAssignment.optimal(pool)
    #expect(pairs == [Pair(idea: 0, mentor: 0), Pair(idea: 1, mentor: 0), Pair(idea: 3, mentor: 0)])
  }

  @Test("a pair without a positive score is never proposed")
  func nothingForNothing() {
    let pool = Pool(ideas: 2, capacities: [2], scores: [0, -3])
    #expect(MentorAssignment.optimal(pool).isEmpty)
    #expect(MentorAssignment.optimal(Pool(ideas: 0, capacities: [], scores: [])).isEmpty)
  }

  @Test("on random small pools the optimum equals the best of every possible assignment")
  func matchesBruteForce() {
    var random = SplitMix(state: 7)
    for _ in 0..<400 {
      let n = Int(random.next() % 6)
      let m = 1 + Int(random.next() % 3)
      let caps = (0..<m).map { _ in Int(random.next() % 3) }
      let scores: [Double?] = (0..<(n * m)).map { _ in
        let r = random.next() % 10
        return r == 0 ? nil : Double(r) - 2 + Double(random.next() % 4) / 4
      }
      let pool = Pool(ideas: n, capacities: caps, scores: scores)
      let pairs = MentorAssignment.optimal(pool)
      check(pairs, in: pool)
      let best = bruteForce(pool, idea: 0, load: [Int](repeating: 0, count: m))
      #expect(abs(MentorAssignment.total(pairs, in: pool) - best) < 1e-9, "\(pool.scores) \(caps)")
      #expect(MentorAssignment.total(pairs, in: pool) >= MentorAssignment.total(MentorAssignment.greedy(pool), in: pool) - 1e-9)
    }
  }

  @Test("on random large pools no capacity is ever exceeded and the optimum is never below greedy")
  func largePools() {
    for seed in 1...20 {
      var random = SplitMix(state: UInt64(seed))
      let n = 60 + Int(random.next() % 60)
      let m = 10 + Int(random.next() % 20)
      let caps = (0..<m).map { _ in Int(random.next() % 4) }
      let scores: [Double?] = (0..<(n * m)).map { _ in
        let r = random.next() % 100
        return r < 10 ? nil : Double(r) / 10
      }
      let pool = Pool(ideas: n, capacities: caps, scores: scores)
      let pairs = MentorAssignment.optimal(pool)
      check(pairs, in: pool)
      #expect(MentorAssignment.total(pairs, in: pool) >= MentorAssignment.total(MentorAssignment.greedy(pool), in: pool) - 1e-9)
    }
  }

  private func check(_ pairs: [Pair], in pool: Pool) {
    var load = [Int](repeating: 0, count: pool.mentors)
    var ideas = Set<Int>()
    for p in pairs {
      load[p.mentor] += 1
      #expect(ideas.insert(p.idea).inserted, "idea \(p.idea) has two mentors")
      #expect((pool.score(p.idea, p.mentor) ?? 0) > 0, "pair \(p) is excluded or adds nothing")
    }
    for j in 0..<pool.mentors { #expect(load[j] <= pool.capacities[j], "mentor \(j) over capacity") }
  }

  private func bruteForce(_ pool: Pool, idea: Int, load: [Int]) -> Double {
    guard idea < pool.ideas else { return 0 }
    var best = bruteForce(pool, idea: idea + 1, load: load)
    for j in 0..<pool.mentors where load[j] < pool.capacities[j] {
      guard let s = pool.score(idea, j), s > 0 else { continue }
      var next = load
      next[j] += 1
      best = max(best, s + bruteForce(pool, idea: idea + 1, load: next))
    }
    return best
  }
}

/// The demo data's seeded generator, so that every run tries the same pools.
typealias SplitMix = DemoData.SplitMix64
