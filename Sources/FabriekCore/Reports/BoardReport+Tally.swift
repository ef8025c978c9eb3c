/// The figures of `BoardReport` other than the pipeline, counted in one pass over the ideas:
/// each idea's record is read once, in place of a pass (and a copy of every record) per figure.
/// At 100,000 ideas the copies, not the counting, were most of the report's time.
struct ReportTally {
  let board: Board
  let from: Day
  let to: Day
  let end: Timestamp
  // The groups wanted, as flags: a set lookup per idea and figure was a tenth of the pass.
  private let time, intakeWanted, mixWanted, triageWanted, mentorsWanted, financingWanted, exitsWanted: Bool
  private let first: Int
  private let staleAfter: [String: Int64]

  // Time: the ideas over their stage's threshold at the end.
  private var over: [String: [(since: Timestamp, id: IdeaID)]] = [:]
  // Intake and mix: the ideas that came in.
  private var cameIn = 0
  private var intakeWeeks: [Int]
  private var byOrigin: [OriginKind?: Int] = [:]
  private var campaigns: [String: BoardReport.Count] = [:]
  private var kinds: [ApplicantKind?: Int] = [:]
  private var regions: [Region?: Int] = [:]
  private var models: [ValueModel?: Int] = [:]
  private var goals = [Int](repeating: 0, count: 18)
  // Triage.
  private var decisionWeeks: [Int]
  private var decisions: [String: Int] = [:]
  private var daysToDecision: [Int] = []
  private var spreads: [Double] = []
  // Mentors.
  private var active: [PersonID: Int] = [:]
  private var withoutMentor: [IdeaID] = []
  // Financing.
  private var financeByKind: [String: BoardReport.FinancingLine] = [:]
  private var financeByFunder: [String: BoardReport.FinancingLine] = [:]
  private var financeTotal = BoardReport.line("", tr("report.total"))
  // Exits and alumni.
  private var exits: [String: BoardReport.ExitFigures] = [:]
  private var left: [ExitOutcome: Int] = [:]
  private var followUpsDue = 0
  private var folded = FoldedNames()

  init(board: Board, from: Day, to: Day, end: Timestamp, want: Set<ReportGroup>) {
    self.board = board
    self.from = from
    self.to = to
    self.end = end
    time = want.contains(.time)
    intakeWanted = want.contains(.intake)
    mixWanted = want.contains(.mix)
    triageWanted = want.contains(.triage)
    mentorsWanted = want.contains(.mentors)
    financingWanted = want.contains(.financing)
    exitsWanted = want.contains(.exits)
    first = from.monday.daysSinceEpoch
    let weeks = BoardReport.weeks(from: from, to: to).count
    intakeWeeks = [Int](repeating: 0, count: weeks)
    decisionWeeks = intakeWeeks
    staleAfter = Dictionary(board.stages.compactMap { s in s.staleDays.map { (s.id, Int64($0)) } }, uniquingKeysWith: { a, _ in a })
    exits = Dictionary(
      board.stages.map { ($0.id, BoardReport.ExitFigures(stage: $0.id, ideas: 0, withPlan: 0, agreed: 0)) },
      uniquingKeysWith: { a, _ in a })
  }

  /// Counts one idea in every figure wanted. Ideas come in code order, so that the first
  /// spelling of a campaign or funder is the one shown.
  mutating func add(_ idea: Idea) {
    let came = idea.created.day >= from && idea.created.day <= to
    if time { addStale(idea) }
    if came && intakeWanted { addIntake(idea) }
    if came && mixWanted { addMix(idea) }
    if triageWanted { addTriage(idea, came: came) }
    if mentorsWanted && idea.isActive {
      for (k, m) in idea.mentors.enumerated() where !idea.mentors[..<k].contains(m) { active[m, default: 0] += 1 }
      if idea.stage == Stage.enrichment && idea.mentors.isEmpty { withoutMentor.append(idea.id) }
    }
    if financingWanted { addFinancing(idea) }
    if exitsWanted { addExit(idea) }
  }

  private mutating func addStale(_ idea: Idea) {
    guard idea.isActive, idea.enteredStage <= end, let threshold = staleAfter[idea.stage],
      (end.seconds - idea.enteredStage.seconds) / 86_400 >= threshold
    else { return }
    over[idea.stage, default: []].append((idea.enteredStage, idea.id))
  }

  private mutating func addIntake(_ idea: Idea) {
    cameIn += 1
    intakeWeeks[(idea.created.day.monday.daysSinceEpoch - first) / 7] += 1
    byOrigin[idea.origin?.kind, default: 0] += 1
    let name = idea.origin?.name ?? ""
    campaigns[folded.key(name), default: BoardReport.Count(key: name, label: name.isEmpty ? tr("report.noCampaign") : name, count: 0)]
      .count += 1
  }

  private mutating func addMix(_ idea: Idea) {
    kinds[idea.applicantKind, default: 0] += 1
    regions[idea.region, default: 0] += 1
    models[idea.valueModel, default: 0] += 1
    for (k, g) in idea.sdgs.enumerated() where (1...17).contains(g) && !idea.sdgs[..<k].contains(g) { goals[g] += 1 }
  }

  private mutating func addTriage(_ idea: Idea, came: Bool) {
    if let decision = idea.decision, decision.at.day >= from, decision.at.day <= to {
      decisionWeeks[(decision.at.day.monday.daysSinceEpoch - first) / 7] += 1
      decisions[decision.kind.reportKey, default: 0] += 1
      daysToDecision.append(max(0, Int((decision.at.seconds - idea.created.seconds) / 86_400)))
    }
    guard came, idea.scores.count >= 2 else { return }
    let totals = idea.scores.values.compactMap { board.rubric.weightedTotal($0) }
    if totals.count >= 2, let low = totals.min(), let high = totals.max() { spreads.append(high - low) }
  }

  private mutating func addFinancing(_ idea: Idea) {
    for app in idea.financing where app.status != .draft {
      guard let day = app.submitted ?? app.decided, day >= from, day <= to else { continue }
      let (funder, key) = folded.trimmedKey(app.funder)
      financeByKind[app.kind.rawValue, default: BoardReport.line(app.kind.rawValue, app.kind.label)].add(app)
      financeByFunder[key, default: BoardReport.line(funder, funder.isEmpty ? tr("report.unknown") : funder)].add(app)
      financeTotal.add(app)
    }
  }

  private mutating func addExit(_ idea: Idea) {
    if idea.isActive {
      exits[idea.stage]?.ideas += 1
      if let plan = idea.exitPlan {
        exits[idea.stage]?.withPlan += 1
        if plan.status != .draft { exits[idea.stage]?.agreed += 1 }
      }
    }
    guard let plan = idea.exitPlan else { return }
    if let d = plan.departure, d.day >= from, d.day <= to { left[d.outcome, default: 0] += 1 }
    followUpsDue += plan.followUps.filter { $0.record == nil && $0.due <= to }.count
  }

  // MARK: The figures

  var stale: [BoardReport.StaleFigures] {
    guard time else { return [] }
    return board.stages.compactMap { s in
      guard let threshold = s.staleDays else { return nil }
      let sorted = (over[s.id] ?? []).sorted { ($0.since, $0.id) < ($1.since, $1.id) }
      return BoardReport.StaleFigures(stage: s.id, threshold: threshold, ideas: sorted.map(\.id))
    }
  }

  private var mondays: [Day] { BoardReport.weeks(from: from, to: to) }

  var intake: BoardReport.IntakeFigures {
    let origins = OriginKind.allCases.map { kind in BoardReport.Count(key: kind.rawValue, label: kind.label, count: byOrigin[kind] ?? 0) }
    let unknown = BoardReport.Count(key: "", label: tr("report.unknown"), count: byOrigin[nil] ?? 0)
    let byCampaign = campaigns.values.sorted { ($0.key.isEmpty ? 1 : 0, -$0.count, $0.key) < ($1.key.isEmpty ? 1 : 0, -$1.count, $1.key) }
    return BoardReport.IntakeFigures(
      weeks: zip(mondays, intakeWeeks).map { BoardReport.Week(monday: $0, count: $1) },
      byOrigin: origins + [unknown], byCampaign: byCampaign, total: cameIn)
  }

  var mix: BoardReport.MixFigures {
    func unknown(_ n: Int?) -> BoardReport.Count { BoardReport.Count(key: "", label: tr("report.unknown"), count: n ?? 0) }
    return BoardReport.MixFigures(
      applicantKind: ApplicantKind.allCases.map { BoardReport.Count(key: $0.rawValue, label: $0.label, count: kinds[$0] ?? 0) }
        + [unknown(kinds[nil])],
      region: Region.allCases.map { BoardReport.Count(key: $0.rawValue, label: $0.label, count: regions[$0] ?? 0) }
        + [unknown(regions[nil])],
      sdgs: (1...17).map { BoardReport.Count(key: String($0), label: tr("report.sdg", ["n": $0]), count: goals[$0]) },
      valueModel: ValueModel.allCases.map { BoardReport.Count(key: $0.rawValue, label: $0.label, count: models[$0] ?? 0) }
        + [unknown(models[nil])])
  }

  var triage: BoardReport.TriageFigures {
    let byKind = ["accept", "decline", "park", "merge"].map { k in
      BoardReport.Count(key: k, label: tr("report.decision." + k), count: decisions[k] ?? 0)
    }
    return BoardReport.TriageFigures(
      perWeek: zip(mondays, decisionWeeks).map { BoardReport.Week(monday: $0, count: $1) }, byKind: byKind,
      daysToDecision: daysToDecision.sorted(), spreads: spreads.sorted())
  }

  /// `only`: the ideas counted (nil: all of the board's), whose matches' hours count.
  func mentors(only: Set<IdeaID>?) -> BoardReport.MentorFigures {
    guard mentorsWanted else { return BoardReport.MentorFigures(mentors: [], enrichmentWithoutMentor: []) }
    var minutes: [PersonID: Int] = [:]
    for match in board.matches where match.kind == .mentor && only?.contains(match.idea) != false {
      guard board.ideas.index(forKey: match.idea) != nil else { continue }
      minutes[match.person, default: 0] += match.minutes
    }
    // The people read in place: only the mentors' records are copied, and their names folded.
    var loads: [(key: String, load: BoardReport.MentorLoad)] = []
    for index in board.people.indices {
      let id = board.people.keys[index]
      guard board.people.values[index].roles.contains(.mentor) || active[id] != nil else { continue }
      let p = board.people.values[index]
      loads.append((p.fullName.searchKey, BoardReport.MentorLoad(
        person: id, name: p.fullName, active: active[id] ?? 0, capacity: p.mentorCapacity, hoursBudget: p.hoursBudget,
        hoursUsed: Double(minutes[id] ?? 0) / 60)))
    }
    loads.sort { ($0.key, $0.load.person) < ($1.key, $1.load.person) }
    return BoardReport.MentorFigures(mentors: loads.map(\.load), enrichmentWithoutMentor: withoutMentor)
  }

  var financing: BoardReport.FinancingFigures {
    BoardReport.FinancingFigures(
      byKind: FinancingKind.allCases.map { financeByKind[$0.rawValue] ?? BoardReport.line($0.rawValue, $0.label) },
      byFunder: financeByFunder.values.sorted {
        ($0.key.isEmpty ? 1 : 0, $0.key.searchKey) < ($1.key.isEmpty ? 1 : 0, $1.key.searchKey)
      },
      total: financeTotal)
  }

  var exitCoverage: [BoardReport.ExitFigures] { board.stages.compactMap { exits[$0.id] } }

  func alumni(only: Set<IdeaID>?) -> BoardReport.AlumniFigures {
    BoardReport.AlumniFigures(
      leftInPeriod: left, followUpsDue: followUpsDue,
      figures: FabriekCore.ExitFigures.compute(board, only: exitsWanted ? only : []))
  }
}
