extension DemoData {
  /// Sebastiano Vigna's SplitMix64: tiny, fast and the same on every platform.
  struct SplitMix64: Sendable {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    /// 0..<n (0 when n ≤ 1).
    mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
    mutating func int(_ r: ClosedRange<Int>) -> Int { r.lowerBound + below(r.count) }
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
    mutating func chance(_ p: Double) -> Bool { unit() < p }
    /// An index drawn in proportion to the weights.
    mutating func weighted(_ w: [Int]) -> Int {
      var r = below(w.reduce(0, +))
      for (i, x) in w.enumerated() {
        if r < x { return i }
        r -= x
      }
      return max(0, w.count - 1)
    }
    mutating func pick<T>(_ a: [T], or fallback: T) -> T { a.isEmpty ? fallback : a[below(a.count)] }
    /// Up to `k` different numbers in 0..<n, in the order drawn.
    mutating func distinct(_ k: Int, below n: Int) -> [Int] {
      var out: [Int] = []
      var tries = 0
      while out.count < min(k, n), tries < 4 * k + 8 {
        let x = below(n)
        if !out.contains(x) { out.append(x) }
        tries += 1
      }
      return out
    }
    /// Up to `k` different elements of `a`.
    mutating func distinct<T>(_ k: Int, of a: [T]) -> [T] { distinct(k, below: a.count).map { a[$0] } }
  }
}
