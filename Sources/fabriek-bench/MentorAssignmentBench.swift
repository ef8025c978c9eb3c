import FabriekCore

/// Matching a whole pool at once (`MentorAssignment.optimal`): 1,000 ideas × 500 mentors with
/// 1–3 places each and nine pairs in ten allowed, scores drawn from a fixed seed.
enum MentorAssignmentBench {
  static func report(runs: Int) {
    let pool = makePool(ideas: 1_000, mentors: 500)
    var times: [Double] = []
    var pairs = 0
    for _ in 0..<max(1, runs) {
      times.append(milliseconds { pairs = MentorAssignment.optimal(pool).count })
    }
    print("")
    print("| match a pool: 1,000 ideas × 500 mentors (optimal assignment) | pairs |")
    print("|---:|---:|")
    print("| \(Bench.ms(median(times))) | \(pairs) |")
  }

  static func makePool(ideas: Int, mentors: Int) -> MentorAssignment.Pool {
    var state: UInt64 = 42
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }
    let capacities = (0..<mentors).map { _ in 1 + Int(next() % 3) }
    let scores: [Double?] = (0..<(ideas * mentors)).map { _ in
      let r = next() % 1000
      return r < 100 ? nil : Double(r) / 100
    }
    return MentorAssignment.Pool(ideas: ideas, capacities: capacities, scores: scores)
  }
}
