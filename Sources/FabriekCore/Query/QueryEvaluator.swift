/// Decides whether one idea matches a compiled query, from the idea, the board and the facts
/// `QueryIndex` keeps.
struct QueryEvaluator {
  let board: Board
  let now: Timestamp
  /// The current user, folded.
  let user: String
  /// The people `me` stands for.
  let me: Set<PersonID>
  let people: [PersonID: [UInt8]]
  let sessionKeys: [IdeaID: [UInt8]]
  let votes: [IdeaID: Int]
  let duplicates: Set<IdeaID>

  /// Whether the idea in `box`, with folded text `key`, matches. The idea is read in place
  /// through its box, never copied (a copy of each idea per typed character was most of the
  /// time at 100,000 ideas).
  func holds(_ node: CompiledQuery, key: [UInt8], facts: IdeaFacts, idea box: IdeaBox) -> Bool {
    switch node {
    case .all: return true
    case .word(let word): return Self.contains(key, word)
    case .test(let test): return holds(test, box, facts)
    case .not(let inner): return !holds(inner, key: key, facts: facts, idea: box)
    case .and(let nodes):
      for n in nodes where !holds(n, key: key, facts: facts, idea: box) { return false }
      return true
    case .or(let nodes):
      for n in nodes where holds(n, key: key, facts: facts, idea: box) { return true }
      return false
    }
  }

  static func contains(_ hay: [UInt8]?, _ needle: [UInt8]) -> Bool {
    guard let hay else { return needle.isEmpty }
    return hay.withUnsafeBytes { h in needle.withUnsafeBytes { n in SearchFold.contains(h, n) } }
  }

  static func contains(_ hay: [UInt8]?, _ needle: String) -> Bool { contains(hay, Array(needle.utf8)) }

  private func presence<T, V>(_ wanted: Presence<V>, _ values: [T], _ match: (T, V) -> Bool) -> Bool {
    switch wanted {
    case .none: values.isEmpty
    case .any: !values.isEmpty
    case .value(let v): values.contains { match($0, v) }
    }
  }

  private func equal<V: Equatable>(_ wanted: Presence<V>, _ value: V?) -> Bool {
    presence(wanted, value.map { [$0] } ?? [], ==)
  }

  private func personMatches(_ id: PersonID, _ pattern: PersonPattern) -> Bool {
    switch pattern {
    case .me: me.contains(id)
    case .text(let t): Self.contains(people[id], t)
    }
  }

  private func holds(_ test: QueryTest, _ box: IdeaBox, _ facts: IdeaFacts) -> Bool {
    switch test {
    case .stage(let stages): return stages?.contains(box.idea.stage) ?? true
    case .tag(let wanted): return presence(wanted, facts.tags) { $0.hasPrefix($1) }
    case .region(let wanted): return equal(wanted, box.idea.region)
    case .kind(let wanted): return equal(wanted, box.idea.applicantKind)
    case .origin(let wanted): return equal(wanted, box.idea.origin?.kind)
    case .campaign(let wanted):
      guard let campaign = facts.campaign else { return wanted == .none }
      return presence(wanted, [campaign]) { $0.contains($1) }
    case .sdg(let wanted): return presence(wanted, box.idea.sdgs, ==)
    case .person(let role, let wanted):
      let ids: [PersonID]
      switch role {
      case .innovator: ids = box.idea.innovators
      case .coach: ids = box.idea.coach.map { [$0] } ?? []
      case .mentor: ids = box.idea.mentors
      }
      return presence(wanted, ids) { id, pattern in personMatches(id, pattern) }
    case .reviewer(let wanted):
      return presence(wanted, facts.reviewers) { reviewer, pattern in
        switch pattern {
        case .me: return reviewer == user || me.contains { board.people[$0]?.fullName.searchKey == reviewer }
        case .text(let t): return reviewer.contains(t)
        }
      }
    case .session(let wanted):
      let key = sessionKeys[box.idea.id]
      switch wanted {
      case .none: return key == nil
      case .any: return key != nil
      case .value(let t): return Self.contains(key, t)
      }
    case .measure(let measure, let wanted):
      let value = self.value(measure, box)
      switch wanted {
      case .none: return value == nil || ((measure == .votes || measure == .granted) && value == 0)
      case .any: return value != nil && !((measure == .votes || measure == .granted) && value == 0)
      case .value(let c): return value.map { c.relation.holds($0, c.value) } ?? false
      }
    case .exit(let wanted): return equal(wanted, box.idea.exitPlan?.status)
    case .financing(let wanted): return presence(wanted, box.idea.financing.map(\.status), ==)
    case .outcome(let wanted):
      let outcome: QueryOutcome? =
        switch box.idea.outcome {
        case .declined: .declined
        case .parked: .parked
        case nil: nil
        }
      return equal(wanted, outcome)
    case .condition(let condition):
      switch condition {
      case .stale:
        guard let days = board.stage(box.idea.stage)?.staleDays else { return false }
        return daysInStage(box) >= days
      case .due:
        if case .parked(let day) = box.idea.outcome { return day <= now.day }
        return false
      case .taperDue: return box.idea.isActive && box.idea.exitPlan?.taperDue(on: now.day) == true
      case .followUpDue: return box.idea.exitPlan?.followUpOverdue(on: now.day) == true
      case .duplicate:
        if case .declined(.duplicate, _) = box.idea.outcome { return true }
        if case .merge = box.idea.decision?.kind { return true }
        return duplicates.contains(box.idea.id)
      }
    }
  }

  private func daysInStage(_ box: IdeaBox) -> Int {
    max(0, Int((now.seconds - box.idea.enteredStage.seconds) / 86_400))
  }

  /// The idea's value for a comparison; nil when it has none.
  func value(_ measure: QueryMeasure, _ box: IdeaBox) -> Double? {
    switch measure {
    case .score: return board.rubric.meanScore(box.idea.scores)
    case .spread: return board.rubric.largestSpread(box.idea.scores).map(Double.init)
    case .age: return Double(daysInStage(box))
    case .created: return Double(box.idea.created.day.daysSinceEpoch)
    case .readiness: return box.idea.readiness.map(Double.init)
    case .votes: return Double(votes[box.idea.id] ?? 0)
    case .asked:
      guard !box.idea.financing.isEmpty else { return nil }
      return Double(box.idea.financing.reduce(Int64(0)) { $0 + $1.asked.cents }) / 100
    case .granted:
      guard !box.idea.financing.isEmpty else { return nil }
      return Double(box.idea.financing.reduce(Int64(0)) { $0 + ($1.granted?.cents ?? 0) }) / 100
    }
  }
}

extension Rubric {
  /// The mean of the reviewers' weighted totals; nil when nobody scored (the card's ★ badge).
  public func meanScore(_ scores: [String: [String: Int]]) -> Double? {
    let totals = scores.values.compactMap { weightedTotal($0) }
    return totals.isEmpty ? nil : totals.reduce(0, +) / Double(totals.count)
  }
}

extension IdeaQuery {
  /// The ideas of `board` this query matches, in board order (see `QueryIndex.matches`), with an
  /// index built for this one question. Commands that ask once use it; the board screen keeps
  /// its index.
  public func matches(in board: Board, user: String, now: Timestamp) -> [IdeaID] {
    var index = QueryIndex(board: board)
    return index.matches(self, in: board, user: user, now: now)
  }
}

/// An idea held by reference, so that matching reads its fields in place instead of copying
/// the whole record for each idea and each typed character (`QueryIndex`).
final class IdeaBox: Sendable {
  let idea: Idea
  init(_ idea: Idea) { self.idea = idea }
}
