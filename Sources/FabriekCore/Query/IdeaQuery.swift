/// A filter over the ideas of a board, as typed on the board (`f`), in a saved view, or after
/// `--filter` on the command line: free words, `field:value` tests, comparisons, `-` to negate,
/// `or` and parentheses to group. `IdeaQuery(parsing:board:)` reads it (QueryParser.swift), with
/// the names of fields and values in English, Dutch and French (QueryNames.swift);
/// `QueryEvaluator` decides which ideas match (QueryEvaluator.swift).
public struct IdeaQuery: Hashable, Sendable {
  /// The query as typed.
  public let text: String
  let root: QueryNode
  /// Whether the query says `outcome:` itself. Without it, it covers only the ideas on the board
  /// (not the declined or parked ones).
  public let coversOutcomes: Bool

  init(text: String, root: QueryNode) {
    self.text = text
    self.root = root
    coversOutcomes = root.mentionsOutcome
  }

  /// The query that matches every idea on the board.
  public static let everything = IdeaQuery(text: "", root: .all)

  /// Nothing typed: every idea on the board.
  public var isEmpty: Bool { root == .all }

  /// Both this query and `other` (a saved view narrowed by a typed filter).
  public func and(_ other: IdeaQuery) -> IdeaQuery {
    if isEmpty { return other }
    if other.isEmpty { return self }
    return IdeaQuery(text: text + " " + other.text, root: .and([root, other.root]))
  }

  /// The free words and phrases of the query, folded (`String.searchKey`), that are not negated:
  /// what a view highlights.
  public var highlightedWords: [String] { root.positiveWords }
}

/// A value a field test asks for, or `none` (the idea has no such value) or `any` (it has one).
enum Presence<Value: Hashable & Sendable>: Hashable, Sendable {
  case none
  case any
  case value(Value)
}

/// Who a people field names: the current user (`me`) or a piece of a name, e-mail or code.
enum PersonPattern: Hashable, Sendable {
  case me
  /// Folded (`String.searchKey`).
  case text(String)
}

/// The relation of a comparison.
public enum QueryRelation: String, Hashable, Sendable, CaseIterable {
  case less = "<"
  case lessOrEqual = "<="
  case equal = "="
  case greaterOrEqual = ">="
  case greater = ">"

  func holds(_ a: Double, _ b: Double) -> Bool {
    switch self {
    case .less: a < b
    case .lessOrEqual: a <= b
    case .equal: a == b
    case .greaterOrEqual: a >= b
    case .greater: a > b
    }
  }
}

/// What a comparison field measures of an idea.
enum QueryMeasure: String, Hashable, Sendable, CaseIterable {
  /// The mean of the reviewers' weighted rubric totals.
  case score
  /// The largest spread between reviewers on one criterion.
  case spread
  /// Days in the current stage.
  case age
  /// The day the idea was created (compared as days since 1970).
  case created
  /// Readiness level, 1…9.
  case readiness
  /// Dots given to the idea in every session.
  case votes
  /// Euros asked, summed over the financing applications.
  case asked
  /// Euros granted, summed over the financing applications.
  case granted
}

/// The states `is:` asks about.
enum QueryCondition: String, Hashable, Sendable, CaseIterable {
  /// Days in the stage at or over the stage's `staleDays`.
  case stale
  /// A suspected duplicate (`Board.suspectedDuplicates`) or declined as a duplicate.
  case duplicate
  /// Parked, and the revisit date has come.
  case due
  /// The current taper step's end date has come (`ExitPlan.taperDue(on:)`).
  case taperDue
  /// A follow-up of an alumnus whose day has passed unrecorded (`ExitPlan.followUpOverdue(on:)`).
  case followUpDue
}

/// Declined or parked, for `outcome:`.
enum QueryOutcome: String, Hashable, Sendable, CaseIterable {
  case declined, parked
}

/// One test of an idea.
enum QueryTest: Hashable, Sendable {
  /// Stage ids; `nil` for `stage:any`.
  case stage(Set<String>?)
  /// A tag starting with the folded value.
  case tag(Presence<String>)
  case region(Presence<Region>)
  case kind(Presence<ApplicantKind>)
  case origin(Presence<OriginKind>)
  /// The name of the idea campaign the idea came from contains the folded value.
  case campaign(Presence<String>)
  case sdg(Presence<Int>)
  case person(IdeaRole, Presence<PersonPattern>)
  /// A reviewer who scored the idea.
  case reviewer(Presence<PersonPattern>)
  /// A session with the idea on its agenda, votes for it or a note from it: folded title or code.
  case session(Presence<String>)
  /// `nil` relation and value for `:none` (no value), `:any` when `any` is true.
  case measure(QueryMeasure, Presence<Comparison>)
  case exit(Presence<ExitPlanStatus>)
  case financing(Presence<FinancingStatus>)
  /// `nil` for `outcome:none` (on the board); `.any` for every idea.
  case outcome(Presence<QueryOutcome>)
  case condition(QueryCondition)

  struct Comparison: Hashable, Sendable {
    var relation: QueryRelation
    var value: Double
  }
}

/// The parsed query, as a tree.
indirect enum QueryNode: Hashable, Sendable {
  case all
  /// A free word or quoted phrase, folded: it must occur in the idea's text.
  case word(String)
  case test(QueryTest)
  case not(QueryNode)
  case and([QueryNode])
  case or([QueryNode])

  var mentionsOutcome: Bool {
    switch self {
    case .all, .word: false
    case .test(let test): if case .outcome = test { true } else { false }
    case .not(let node): node.mentionsOutcome
    case .and(let nodes), .or(let nodes): nodes.contains { $0.mentionsOutcome }
    }
  }

  var positiveWords: [String] {
    switch self {
    case .word(let w): [w]
    case .all, .test, .not: []
    case .and(let nodes), .or(let nodes): nodes.flatMap(\.positiveWords)
    }
  }
}

extension IdeaQuery {
  /// Whether this query can only match ideas `previous` matched too: both are plain lists of
  /// terms (no `or`, no `-`), cover the same ideas, and each term of `previous` is here too, a
  /// word perhaps grown (`coo` → `coop`). Typing one more character mostly gives this, so the
  /// filter line only looks again at what matched already.
  public func narrows(_ previous: IdeaQuery) -> Bool {
    guard coversOutcomes == previous.coversOutcomes, let mine = root.plainTerms, let theirs = previous.root.plainTerms
    else { return false }
    return theirs.allSatisfy { old in
      mine.contains { new in
        if new == old { return true }
        if case .word(let a) = new, case .word(let b) = old { return a.contains(b) }
        return false
      }
    }
  }
}

extension QueryNode {
  /// The terms of a query that is only terms joined by spaces; nil when it has `or` or `-`.
  var plainTerms: [QueryNode]? {
    switch self {
    case .all: []
    case .word, .test: [self]
    case .not, .or: nil
    case .and(let nodes):
      nodes.allSatisfy { if case .word = $0 { true } else if case .test = $0 { true } else { false } } ? nodes : nil
    }
  }
}
