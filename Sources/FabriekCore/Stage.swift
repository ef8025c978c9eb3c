/// A column of the board. Names, order and WIP limits are data in the board file.
public struct Stage: Hashable, Codable, Sendable, Identifiable {
  /// A stable key (`incoming`, `enrichment`, …) that ideas refer to.
  public var id: String
  public var name: String
  /// The most cards the column should hold; `nil` means no limit.
  public var wipLimit: Int?
  /// From this many days in the stage a card counts as stale (its age in `badgeWarning`);
  /// `nil`: a card never goes stale here.
  public var staleDays: Int?

  public init(id: String, name: String, wipLimit: Int? = nil, staleDays: Int? = nil) {
    self.id = id; self.name = name; self.wipLimit = wipLimit; self.staleDays = staleDays
  }

  public static let incoming = "incoming"
  public static let ideaGeneration = "idea-generation"
  public static let enrichment = "enrichment"
  public static let realisation = "realisation"
  public static let exited = "exited"
  /// The stages a candidate in Incoming may be accepted into: it may skip Idea generation,
  /// but not go further.
  public static let acceptTargets: [String] = [ideaGeneration, enrichment]

  /// The programme's five stages.
  public static let defaults: [Stage] = [
    Stage(id: incoming, name: "Incoming", staleDays: 14),
    Stage(id: ideaGeneration, name: "Idea generation", wipLimit: 120, staleDays: 60),
    Stage(id: enrichment, name: "Enrichment", wipLimit: 80, staleDays: 90),
    Stage(id: realisation, name: "Realisation", wipLimit: 40, staleDays: 180),
    Stage(id: exited, name: "Exited"),
  ]
}

/// Where an idea ended up when it left the board without exiting through the programme.
public enum Outcome: Hashable, Codable, Sendable {
  case declined(reason: DeclineReason, text: String)
  case parked(revisit: Day)

  /// `declined: out of scope, no social aim`, `parked until 2027-03-01`, in the current language
  /// (`geparkeerd tot 1 mrt. 2027`); the decline's own text is shown as written.
  public var label: String { label(in: Language.current) }

  public func label(in language: Language) -> String {
    switch self {
    case .declined(let reason, let text):
      text.isEmpty
        ? tr("outcome.declined", ["reason": reason.label(in: language)], in: language)
        : tr("outcome.declinedBecause", ["reason": reason.label(in: language), "text": text], in: language)
    case .parked(let day): tr("outcome.parked", ["day": CoreText.day(day, in: language)], in: language)
    }
  }
}

/// The triage rubric: criteria with weights, each scored 1…5.
public struct Rubric: Hashable, Codable, Sendable {
  public struct Criterion: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var weight: Double
  }

  public var criteria: [Criterion]
  public var scale: ClosedRange<Int>

  public init(criteria: [Criterion], scale: ClosedRange<Int> = 1...5) { self.criteria = criteria; self.scale = scale }

  public static let `default` = Rubric(criteria: [
    Criterion(id: "impact", name: "social impact", weight: 3),
    Criterion(id: "innovativeness", name: "innovativeness", weight: 2),
    Criterion(id: "feasibility", name: "feasibility", weight: 2),
    Criterion(id: "team", name: "team", weight: 2),
    Criterion(id: "sustainability", name: "financial sustainability", weight: 1),
  ])

  /// The weighted mean of one reviewer's scores, on the rubric's scale; `nil` when nothing is scored.
  public func weightedTotal(_ scores: [String: Int]) -> Double? {
    var sum = 0.0
    var weights = 0.0
    for c in criteria {
      guard let v = scores[c.id] else { continue }
      sum += Double(v) * c.weight
      weights += c.weight
    }
    return weights > 0 ? sum / weights : nil
  }
}
