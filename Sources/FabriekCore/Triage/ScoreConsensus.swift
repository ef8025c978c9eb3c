/// How far reviewers agree on one criterion of the rubric: the mean of their scores and the
/// spread (highest minus lowest). A spread of `Rubric.disagreementSpread` or more is a
/// disagreement to talk about before deciding.
public struct ScoreConsensus: Hashable, Sendable {
  public var criterion: Rubric.Criterion
  /// How many reviewers scored this criterion.
  public var count: Int
  public var mean: Double?
  public var spread: Int

  public var isDisagreement: Bool { count > 1 && spread >= Rubric.disagreementSpread }
}

extension Rubric {
  /// From this spread on, reviewers disagree on a criterion (README.md, “Triage”).
  public static let disagreementSpread = 2

  /// Mean and spread per criterion, in rubric order, over every reviewer's scores.
  public func consensus(_ scores: [String: [String: Int]]) -> [ScoreConsensus] {
    criteria.map { criterion in
      let values = scores.values.compactMap { $0[criterion.id] }
      let mean = values.isEmpty ? nil : Double(values.reduce(0, +)) / Double(values.count)
      let spread = (values.max() ?? 0) - (values.min() ?? 0)
      return ScoreConsensus(criterion: criterion, count: values.count, mean: mean, spread: spread)
    }
  }

  /// The largest spread over the criteria; nil unless two reviewers scored the same criterion.
  public func largestSpread(_ scores: [String: [String: Int]]) -> Int? {
    let shared = consensus(scores).filter { $0.count > 1 }
    return shared.isEmpty ? nil : shared.map(\.spread).max()
  }
}
