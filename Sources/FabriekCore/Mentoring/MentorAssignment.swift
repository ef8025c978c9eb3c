/// Matching a whole pool at once: each idea gets at most one mentor, no mentor more ideas than
/// their free places, and the sum of the pairs' scores is the largest there is. Pairing the
/// best pair first (greedy) is not enough: with two ideas that both fit one mentor best, greedy
/// leaves the second with a poor match where the optimum gives both a good one
/// (Tests/FabriekCoreTests/Mentoring/MentorAssignmentTests.swift shows such a pool).
///
/// It is a minimum-cost flow: source → idea (1 place) → mentor (cost −score) → sink (the
/// mentor's free places), grown one shortest augmenting path at a time (Dijkstra on costs made
/// non-negative by node potentials) while a path still adds score; the cost of the k-th path
/// never decreases, so stopping at the first that adds nothing gives the best total over every
/// number of pairs. Each path costs one pass over the pairs of the ideas it reaches, so a pool
/// of n ideas and m mentors takes at most n·(n·m) steps.
public enum MentorAssignment {
  /// A pool: `scores[idea * mentors + mentor]` is the pair's score, `nil` where the pair is
  /// excluded (a conflict, a rule); only pairs with a positive score are proposed.
  public struct Pool: Sendable {
    public var ideas: Int
    public var capacities: [Int]
    public var scores: [Double?]
    public var mentors: Int { capacities.count }

    public init(ideas: Int, capacities: [Int], scores: [Double?]) {
      self.ideas = ideas; self.capacities = capacities; self.scores = scores
    }

    public func score(_ idea: Int, _ mentor: Int) -> Double? {
      let i = idea * mentors + mentor
      return scores.indices.contains(i) ? scores[i] : nil
    }
  }

  public struct Pair: Hashable, Sendable {
    public var idea: Int
    public var mentor: Int
  }

  /// The assignment with the largest total score, pairs in idea order.
  public static func optimal(_ pool: Pool) -> [Pair] {
    var solver = Solver(pool)
    while solver.augment() {}
    return solver.pairs
  }

  /// Best pair first, as far as places allow: what `optimal` is measured against.
  public static func greedy(_ pool: Pool) -> [Pair] {
    var candidates: [(score: Double, pair: Pair)] = []
    for i in 0..<pool.ideas {
      for j in 0..<pool.mentors {
        if let s = pool.score(i, j), s > 0 { candidates.append((s, Pair(idea: i, mentor: j))) }
      }
    }
    candidates.sort { $0.score != $1.score ? $0.score > $1.score : ($0.pair.idea, $0.pair.mentor) < ($1.pair.idea, $1.pair.mentor) }
    var load = [Int](repeating: 0, count: pool.mentors)
    var taken = [Bool](repeating: false, count: pool.ideas)
    var out: [Pair] = []
    for (_, pair) in candidates where !taken[pair.idea] && load[pair.mentor] < pool.capacities[pair.mentor] {
      taken[pair.idea] = true
      load[pair.mentor] += 1
      out.append(pair)
    }
    return out.sorted { $0.idea < $1.idea }
  }

  /// The sum of the pairs' scores.
  public static func total(_ pairs: [Pair], in pool: Pool) -> Double {
    pairs.reduce(0) { $0 + (pool.score($1.idea, $1.mentor) ?? 0) }
  }

  /// The flow, kept as who is matched to whom, with potentials on ideas, mentors and the sink.
  struct Solver {
    let n: Int
    let m: Int
    /// −score, or +∞ for a pair that may not be made (excluded, or not positive).
    var cost: [Double]
    let capacity: [Int]
    var mentorOf: [Int]
    var load: [Int]
    /// The ideas each mentor has, for the reverse edges.
    var ideasOf: [[Int]]
    var potentialIdea: [Double]
    var potentialMentor: [Double]
    var potentialSink: Double

    init(_ pool: Pool) {
      n = pool.ideas
      m = pool.mentors
      capacity = pool.capacities.map { max(0, $0) }
      cost = [Double](repeating: .infinity, count: n * m)
      for k in 0..<min(cost.count, pool.scores.count) {
        if let s = pool.scores[k], s > 0, s.isFinite { cost[k] = -s }
      }
      mentorOf = [Int](repeating: -1, count: n)
      load = [Int](repeating: 0, count: m)
      ideasOf = [[Int]](repeating: [], count: m)
      // Valid potentials for the first graph, which has no cycle: the shortest distance from
      // the source (ideas 0, a mentor the cheapest pair into it, the sink the cheapest mentor).
      potentialIdea = [Double](repeating: 0, count: n)
      potentialMentor = [Double](repeating: 0, count: m)
      for j in 0..<m {
        var best = 0.0
        for i in 0..<n where cost[i * m + j] < best { best = cost[i * m + j] }
        potentialMentor[j] = best
      }
      var sink = 0.0
      for j in 0..<m where capacity[j] > 0 { sink = min(sink, potentialMentor[j]) }
      potentialSink = sink
    }

    var pairs: [Pair] {
      (0..<n).compactMap { i in mentorOf[i] >= 0 ? Pair(idea: i, mentor: mentorOf[i]) : nil }
    }

    /// One shortest path from a free idea to a mentor with a free place; false when there is
    /// none or it would not add score.
    mutating func augment() -> Bool {
      let inf = Double.infinity
      var distIdea = [Double](repeating: inf, count: n)
      var distMentor = [Double](repeating: inf, count: m)
      var doneIdea = [Bool](repeating: false, count: n)
      var doneMentor = [Bool](repeating: false, count: m)
      var parentOfMentor = [Int](repeating: -1, count: m)
      var parentOfIdea = [Int](repeating: -1, count: n)
      var heap = MinHeap()
      for i in 0..<n where mentorOf[i] < 0 {
        // The edge source → idea costs 0; reduced, 0 + π(source) − π(idea), and π(source) stays 0.
        distIdea[i] = -potentialIdea[i]
        heap.push(distIdea[i], node: i)
      }
      var distSink = inf
      var sinkParent = -1
      while let (d, node) = heap.pop() {
        if d >= distSink { break }
        if node < n {
          let i = node
          if doneIdea[i] || d > distIdea[i] { continue }
          doneIdea[i] = true
          let base = i * m
          let pi = potentialIdea[i]
          for j in 0..<m where !doneMentor[j] {
            let c = cost[base + j]
            if c == inf || mentorOf[i] == j { continue }
            let nd = d + c + pi - potentialMentor[j]
            if nd < distMentor[j] {
              distMentor[j] = nd
              parentOfMentor[j] = i
              heap.push(nd, node: n + j)
            }
          }
        } else {
          let j = node - n
          if doneMentor[j] || d > distMentor[j] { continue }
          doneMentor[j] = true
          let pj = potentialMentor[j]
          if load[j] < capacity[j] {
            let nd = d + pj - potentialSink
            if nd < distSink {
              distSink = nd
              sinkParent = j
            }
          }
          for i in ideasOf[j] where !doneIdea[i] {
            let nd = d - cost[i * m + j] + pj - potentialIdea[i]
            if nd < distIdea[i] {
              distIdea[i] = nd
              parentOfIdea[i] = j
              heap.push(nd, node: i)
            }
          }
        }
      }
      guard sinkParent >= 0, distSink < inf else { return false }
      // The path's real cost: its reduced length plus π(sink) − π(source).
      if distSink + potentialSink >= -1e-12 { return false }
      // Potentials: every node moves by its distance, capped at the sink's (Dijkstra stopped
      // there), which keeps every residual edge's reduced cost non-negative.
      for i in 0..<n { potentialIdea[i] += min(distIdea[i], distSink) }
      for j in 0..<m { potentialMentor[j] += min(distMentor[j], distSink) }
      potentialSink += distSink
      // Walk back: sink ← mentor ← idea (← mentor ← idea …) ← a free idea.
      var j = sinkParent
      load[j] += 1
      while j >= 0 {
        let i = parentOfMentor[j]
        let previous = mentorOf[i]
        if previous >= 0 { ideasOf[previous].removeAll { $0 == i } }
        mentorOf[i] = j
        ideasOf[j].append(i)
        j = parentOfIdea[i] >= 0 ? previous : -1
      }
      return true
    }
  }

  /// A binary heap of (distance, node), smallest first; stale entries are skipped when popped.
  struct MinHeap {
    private var keys: [Double] = []
    private var nodes: [Int] = []

    mutating func push(_ key: Double, node: Int) {
      keys.append(key)
      nodes.append(node)
      var c = keys.count - 1
      while c > 0 {
        let p = (c - 1) / 2
        guard keys[c] < keys[p] else { break }
        keys.swapAt(c, p)
        nodes.swapAt(c, p)
        c = p
      }
    }

    mutating func pop() -> (Double, Int)? {
      guard let firstKey = keys.first, let firstNode = nodes.first else { return nil }
      let lastKey = keys.removeLast()
      let lastNode = nodes.removeLast()
      if !keys.isEmpty {
        keys[0] = lastKey
        nodes[0] = lastNode
        var p = 0
        while true {
          let l = 2 * p + 1
          let r = l + 1
          var s = p
          if l < keys.count && keys[l] < keys[s] { s = l }
          if r < keys.count && keys[r] < keys[s] { s = r }
          if s == p { break }
          keys.swapAt(s, p)
          nodes.swapAt(s, p)
          p = s
        }
      }
      return (firstKey, firstNode)
    }
  }
}
