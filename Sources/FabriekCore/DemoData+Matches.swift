/// The demo board's brokering: every active mentor match gets hours logged, and ideas get
/// matches in every other state — open proposals and introductions in Idea generation and
/// Enrichment, declined proposals, partner matches in Realisation, past matches that ended
/// (goal reached, no fit, no time) — so the screens show real load. Each idea's matches are
/// planned when it is added, from a generator of their own (the ideas and people are the same
/// as without them), and their steps are applied in time order among the other records, so the
/// history stays in time order. Every step goes through `Board.apply`; a proposal the rules
/// refuse (no place left) tries someone else, and a match whose proposal never lands is left out.
extension DemoData {
  struct Brokering: Sendable {
    var rng: SplitMix64
    var plans: [Plan] = []
    /// The next step of each unfinished plan, by time (`Plan.key`).
    var heap = MentorAssignment.MinHeap()

    init(seed: UInt64) { rng = SplitMix64(state: seed ^ 0x3A7C_4E5D_0B1F_2C68) }
  }

  struct Plan: Sendable {
    var idea: IdeaID
    var kind: MatchKind
    var by: String
    /// The match the steps act on: an existing active one, or the one the first step proposes.
    var match: MatchID?
    var steps: [(at: Timestamp, step: Step)]
    var next = 0

    /// Time first, then the step's place in its plan, as one heap key (exact in a Double).
    var key: Double { Double(steps[next].at.seconds) * 64 + Double(min(next, 63)) }
  }

  enum Step: Sendable {
    case propose([PersonID])
    case move(MatchState, MatchEndReason?)
    case log(minutes: Int, note: String)
  }
}

extension DemoData.Generator {
  /// Draws the matches of an idea just added.
  mutating func planMatches(for idea: Idea) {
    guard board.ideas[idea.id] != nil, !mentors.isEmpty, !staff.isEmpty else { return }
    var r = brokering.rng
    defer { brokering.rng = r }
    let stage = board.stages.firstIndex { $0.id == idea.stage } ?? 0
    let by = idea.coach.flatMap { c in staff.first { $0.0 == c }?.1 } ?? staff[r.below(staff.count)].1
    let last = now.seconds - 3_600
    func times(_ n: Int) -> [Timestamp] {
      var at = Swift.min(idea.created.seconds + 5 * 86_400, last)
      return (0..<n).map { _ in
        at = Swift.min(last, at + Int64(r.int(4...14)) * 86_400)
        return Timestamp(seconds: at)
      }
    }
    func hours(_ n: Int) -> [DemoData.Step] {
      (0..<n).map { _ in .log(minutes: 15 * r.int(2...12), note: r.pick(Self.sessions, or: "")) }
    }
    func candidates(_ kind: MatchKind) -> [PersonID] {
      let pool = kind == .partner ? partners : mentors.map(\.0)
      return pool.isEmpty ? [] : (0..<6).map { _ in pool[r.below(pool.count)] }
    }
    func add(_ kind: MatchKind, match: MatchID? = nil, _ steps: [DemoData.Step]) {
      guard !steps.isEmpty, match != nil || kind == .mentor || !partners.isEmpty else { return }
      let plan = DemoData.Plan(idea: idea.id, kind: kind, by: by, match: match, steps: Array(zip(times(steps.count), steps)))
      brokering.heap.push(plan.key, node: brokering.plans.count)
      brokering.plans.append(plan)
    }
    // The idea's mentors have just had their active matches made, the last ones on the board.
    for m in board.matches.suffix(idea.mentors.count) where m.idea == idea.id {
      add(.mentor, match: m.id, hours(r.int(stage >= 3 ? 2...5 : 0...3)))
    }
    guard idea.isActive || r.chance(0.3) else { return }
    switch stage {
    case 1:
      if idea.isActive, r.chance(0.2) { add(.mentor, [.propose(candidates(.mentor))]) }
    case 2:
      if idea.mentors.isEmpty || r.chance(0.4) {
        add(.mentor, [.propose(candidates(.mentor))] + (r.chance(0.35) ? [.move(.introduced, nil)] : []))
      }
      if r.chance(0.15) {
        let reason = MatchEndReason(.noFit, text: r.pick(Self.noFit, or: ""))
        add(.mentor, [.propose(candidates(.mentor)), .move(.declined, reason)])
      }
    case 3:
      if r.chance(0.4) {
        var steps: [DemoData.Step] = [.propose(candidates(.partner)), .move(.introduced, nil)]
        if r.chance(0.6) { steps += [.move(.active, nil)] + hours(r.int(1...3)) }
        add(.partner, steps)
      }
      if r.chance(0.25) { add(.mentor, pastMatch(&r)) }
    case 4:
      if r.chance(0.5) { add(.mentor, pastMatch(&r)) }
    default:
      break
    }
  }

  /// Proposed, introduced, active with hours, then ended: mostly with the goal reached.
  func pastMatch(_ r: inout DemoData.SplitMix64) -> [DemoData.Step] {
    let kind = [MatchEndReason.Kind.goalReached, .goalReached, .goalReached, .noTime, .noFit][r.below(5)]
    let text = kind == .goalReached ? r.pick(Self.goals, or: "") : kind == .noFit ? r.pick(Self.noFit, or: "") : ""
    var steps: [DemoData.Step] = [.propose(candidatesOfMentors(&r)), .move(.introduced, nil), .move(.active, nil)]
    steps += (0..<r.int(1...4)).map { _ in .log(minutes: 15 * r.int(2...12), note: r.pick(Self.sessions, or: "")) }
    return steps + [.move(.ended, MatchEndReason(kind, text: text))]
  }

  func candidatesOfMentors(_ r: inout DemoData.SplitMix64) -> [PersonID] {
    (0..<6).map { _ in mentors[r.below(mentors.count)].0 }
  }

  /// Applies every planned step due at `time` or before, in time order.
  mutating func runMatches(until time: Timestamp) {
    let limit = Double(time.seconds) * 64 + 63
    while let (key, k) = brokering.heap.pop() {
      if key > limit {
        brokering.heap.push(key, node: k)
        return
      }
      var plan = brokering.plans[k]
      let (at, step) = plan.steps[plan.next]
      plan.next += 1
      var alive = true
      switch step {
      case .propose(let people):
        alive = false
        for p in people {
          let m = Match(id: MatchID(board.nextMatch), idea: plan.idea, person: p, kind: plan.kind, proposedBy: plan.by, proposedAt: at)
          if (try? board.apply(.proposeMatch(m), by: plan.by, at: at)) != nil {
            plan.match = m.id
            alive = true
            break
          }
        }
      case .move(let state, let reason):
        if let id = plan.match {
          let op = BoardOperation.moveMatch(id, MatchTransition(state, at: at, by: plan.by), reason: reason, override: nil)
          alive = (try? board.apply(op, by: plan.by, at: at)) != nil
        }
      case .log(let minutes, let note):
        // Hours beyond the person's budget are not logged; the match goes on.
        if let id = plan.match {
          _ = try? board.apply(.logHours(id, HoursEntry(day: at.day, minutes: minutes, note: note), override: nil), by: plan.by, at: at)
        }
      }
      brokering.plans[k] = plan
      if alive, plan.match != nil, plan.next < plan.steps.count { brokering.heap.push(plan.key, node: k) }
    }
  }

  static let sessions = [
    "Kennismaking en doelen afgesproken", "Businessplan samen doorgenomen", "Point sur le plan financier",
    "Préparation du pitch", "Pitch rehearsal for the jury", "Contacten gelegd met twee aankopers",
    "Impactmeting: indicatoren gekozen", "Échange sur le statut juridique", "",
  ]
  static let goals = ["Financiering voor de pilot rond", "Premier client signé", "Business plan ready for the bank"]
  static let noFit = ["Andere sector dan nodig", "Pas la bonne expertise", "Timing did not work out"]
}
