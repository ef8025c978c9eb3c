import FabriekCore

/// Suggestions for one idea (`Board.mentorSuggestions`) on a generated board: at 10,000 ideas
/// the demo has 11,700 people. Each run ranks everyone with the mentor role for another idea in
/// Enrichment; the figure is the median. `--suggest-only [--sizes …]` prints this table alone.
enum MentorSuggestionBench {
  static func report(_ boards: [(Int, String)], runs: Int) {
    print("")
    print("| ideas | people | mentors for one idea (suggestions, median) | pool of 50 ideas (assign) |")
    print("|---:|---:|---:|---:|")
    for (n, path) in boards {
      guard let board = try? BoardStore.open(path, readOnly: true).board else { continue }
      row(n, board, runs: runs)
    }
  }

  /// The table for boards generated here, without the rest of the benchmark.
  static func only(sizes: [Int], runs: Int) {
    print("| ideas | people | mentors for one idea (suggestions, median) | pool of 50 ideas (assign) |")
    print("|---:|---:|---:|---:|")
    for n in sizes { row(n, DemoData.board(count: n, seed: 1, now: DemoData.referenceTime), runs: runs) }
  }

  static func row(_ n: Int, _ board: Board, runs: Int) {
    let ideas = board.ideasInOrder.filter { $0.isActive && $0.stage == Stage.enrichment }.map(\.id)
    guard !ideas.isEmpty else { return }
    var times: [Double] = []
    var count = 0
    for k in 0..<max(1, runs) {
      let id = ideas[k * 7 % ideas.count]
      times.append(milliseconds { count += board.mentorSuggestions(for: id).count })
    }
    let pool = Array(ideas.prefix(50))
    let assign = milliseconds { count += board.poolAssignment(for: pool).count }
    print("| \(n) | \(board.people.count) | \(Bench.ms(median(times))) | \(Bench.ms(assign)) |")
    if count < 0 { print(count) }
  }
}
