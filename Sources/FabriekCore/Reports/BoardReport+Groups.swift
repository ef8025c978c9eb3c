/// The triage, mentor and financing figures of `BoardReport`.
extension BoardReport {
  static func triage(_ board: Board, _ ideas: [Idea], _ cameIn: [Idea], from: Day, to: Day) -> TriageFigures {
    let decided = ideas.filter { idea in
      guard let at = idea.decision?.at.day else { return false }
      return at >= from && at <= to
    }
    let mondays = weeks(from: from, to: to)
    var perWeek = [Int](repeating: 0, count: mondays.count)
    let first = from.monday.daysSinceEpoch
    var kinds: [String: Int] = [:]
    var days: [Int] = []
    for idea in decided {
      guard let decision = idea.decision else { continue }
      perWeek[(decision.at.day.monday.daysSinceEpoch - first) / 7] += 1
      kinds[decision.kind.reportKey, default: 0] += 1
      days.append(max(0, Int((decision.at.seconds - idea.created.seconds) / 86_400)))
    }
    let byKind = ["accept", "decline", "park", "merge"].map { k in
      Count(key: k, label: tr("report.decision." + k), count: kinds[k] ?? 0)
    }
    var spreads: [Double] = []
    for idea in cameIn {
      let totals = idea.scores.values.compactMap { board.rubric.weightedTotal($0) }
      guard totals.count >= 2, let low = totals.min(), let high = totals.max() else { continue }
      spreads.append(high - low)
    }
    return TriageFigures(
      perWeek: zip(mondays, perWeek).map { Week(monday: $0, count: $1) }, byKind: byKind,
      daysToDecision: days.sorted(), spreads: spreads.sorted())
  }

  static func mentors(_ board: Board, _ ideas: [Idea]) -> MentorFigures {
    var active: [PersonID: Int] = [:]
    for idea in ideas where idea.isActive {
      for (k, m) in idea.mentors.enumerated() where !idea.mentors[..<k].contains(m) { active[m, default: 0] += 1 }
    }
    let counted = Set(ideas.map(\.id))
    var minutes: [PersonID: Int] = [:]
    for match in board.matches where match.kind == .mentor && counted.contains(match.idea) {
      minutes[match.person, default: 0] += match.minutes
    }
    let people = board.people.values.filter { $0.roles.contains(.mentor) || active[$0.id] != nil }
    // Sorted by folded name, each folded once.
    let loads = people.map { p in
      (key: p.fullName.searchKey, load: MentorLoad(
        person: p.id, name: p.fullName, active: active[p.id] ?? 0, capacity: p.mentorCapacity, hoursBudget: p.hoursBudget,
        hoursUsed: Double(minutes[p.id] ?? 0) / 60))
    }
    .sorted { ($0.key, $0.load.person) < ($1.key, $1.load.person) }.map(\.load)
    let without = ideas.filter { $0.isActive && $0.stage == Stage.enrichment && $0.mentors.isEmpty }.map(\.id)
    return MentorFigures(mentors: loads, enrichmentWithoutMentor: without)
  }

  static func financing(_ ideas: [Idea], from: Day, to: Day) -> FinancingFigures {
    var byKind: [String: FinancingLine] = [:]
    var byFunder: [String: FinancingLine] = [:]
    var total = FinancingLine(key: "", label: tr("report.total"), applications: 0, asked: .zero, granted: .zero, refused: .zero)
    var folded = FoldedNames()
    for idea in ideas {
      for app in idea.financing where app.status != .draft {
        guard let day = app.submitted ?? app.decided, day >= from, day <= to else { continue }
        let funder = app.funder.trimmingCharacters(in: .whitespaces)
        let kindLine = byKind[app.kind.rawValue] ?? Self.line(app.kind.rawValue, app.kind.label)
        let key = folded.key(funder)
        let funderLine = byFunder[key] ?? Self.line(funder, funder.isEmpty ? tr("report.unknown") : funder)
        byKind[app.kind.rawValue] = kindLine.adding(app)
        byFunder[key] = funderLine.adding(app)
        total = total.adding(app)
      }
    }
    return FinancingFigures(
      byKind: FinancingKind.allCases.map { byKind[$0.rawValue] ?? Self.line($0.rawValue, $0.label) },
      byFunder: byFunder.values.sorted { ($0.key.isEmpty ? 1 : 0, $0.key.searchKey) < ($1.key.isEmpty ? 1 : 0, $1.key.searchKey) },
      total: total)
  }

  static func line(_ key: String, _ label: String) -> FinancingLine {
    FinancingLine(key: key, label: label, applications: 0, asked: .zero, granted: .zero, refused: .zero)
  }
}

extension BoardReport.FinancingLine {
  /// The line with one more application: its amount asked, what was granted of it (the amount
  /// asked when the grant names none), or its amount asked as refused.
  func adding(_ app: FinancingApplication) -> Self {
    var l = self
    l.applications += 1
    l.asked = l.asked + app.asked
    if app.status == .granted { l.granted = l.granted + (app.granted ?? app.asked) }
    if app.status == .rejected { l.refused = l.refused + app.asked }
    return l
  }
}

extension Decision.Kind {
  /// `accept`, `decline`, `park`, `merge`: the report's name of the kind.
  var reportKey: String {
    switch self {
    case .accept: "accept"
    case .decline: "decline"
    case .park: "park"
    case .merge: "merge"
    }
  }
}

/// `String.searchKey` of names that repeat (campaigns, funders), each folded once.
struct FoldedNames {
  private var keys: [String: String] = [:]
  mutating func key(_ name: String) -> String {
    if let k = keys[name] { return k }
    let k = name.searchKey
    keys[name] = k
    return k
  }
}

extension BoardReport {
  /// The alumni figures: departures of the period by outcome, follow-ups due by its end.
  static func alumni(_ board: Board, _ ideas: [Idea], only: Set<IdeaID>?, from: Day, to: Day) -> AlumniFigures {
    var left: [ExitOutcome: Int] = [:]
    var due = 0
    for idea in ideas {
      guard let plan = idea.exitPlan else { continue }
      if let d = plan.departure, d.day >= from, d.day <= to { left[d.outcome, default: 0] += 1 }
      due += plan.followUps.filter { $0.record == nil && $0.due <= to }.count
    }
    return AlumniFigures(leftInPeriod: left, followUpsDue: due, figures: FabriekCore.ExitFigures.compute(board, only: only))
  }
}
