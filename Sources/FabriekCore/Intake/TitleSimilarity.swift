/// When two titles are near-identical, for spotting a candidate submitted twice.
///
/// Both titles are folded (`ImportField.fold`: case, accents and punctuation ignored, spaces
/// collapsed). They are near-identical when the folded titles are equal, or one can be turned
/// into the other by changing at most 15 % of the longer one's characters (Levenshtein
/// distance ≤ ⌊0.15 × length⌋: typos), or at least 80 % of the words of the shorter title are in
/// the other (overlap coefficient |A ∩ B| / min(|A|, |B|) ≥ 0.8 on the sets of words of three
/// or more characters, so that `in`, `à` or `of` do not count: a word added or changed).
/// 15 % rather than 20 % keeps `Coding club for girls` and `Coding club for boys` (distance 4
/// of 21) apart.
///
/// `Soepbar met voedseloverschotten` and `Soepbar met voedseloverschotten (Leuven)` are near-
/// identical (all three words of the first are in the second); `Buurtrestaurant voor eenzame
/// senioren in Laken` and `… eenzame 65-plussers in Laken` too (4 of 5 words); `Repair café` and
/// `Taalcafé` are not.
public struct TitleSimilarity: Hashable, Sendable {
  public let folded: String
  let words: Set<Substring>

  public init(_ title: String) {
    folded = ImportField.fold(title)
    words = Set(folded.split(separator: " ").filter { $0.count >= 3 })
  }

  public func isNearIdentical(to other: TitleSimilarity) -> Bool {
    if folded == other.folded { return true }
    let smaller = min(words.count, other.words.count)
    if smaller > 0, Double(words.intersection(other.words).count) >= 0.8 * Double(smaller) { return true }
    let limit = max(folded.count, other.folded.count) * 15 / 100
    return Self.distance(Array(folded), Array(other.folded), limit: limit) <= limit
  }

  /// Levenshtein distance, or `limit + 1` as soon as it is certain to exceed `limit`.
  static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var best = i
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        best = min(best, current[j])
      }
      if best > limit { return limit + 1 }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
