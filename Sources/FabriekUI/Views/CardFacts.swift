import FabriekCore

/// What a card's badges say about an idea, worked out from the record when the card is drawn.
enum CardFacts {
  /// The mean of the reviewers' weighted rubric totals; nil when nobody scored.
  static func meanScore(_ idea: Idea, rubric: Rubric) -> Double? {
    let totals = idea.scores.values.compactMap { rubric.weightedTotal($0) }
    return totals.isEmpty ? nil : totals.reduce(0, +) / Double(totals.count)
  }

  /// An idea past Enrichment (Realisation, Exited) without an exit plan.
  static func missesExitPlan(_ idea: Idea, stages: [Stage]) -> Bool {
    guard idea.exitPlan == nil else { return false }
    if let enrichment = stages.firstIndex(where: { $0.id == Stage.enrichment }),
      let stage = stages.firstIndex(where: { $0.id == idea.stage })
    {
      return stage > enrichment
    }
    return idea.stage == Stage.realisation || idea.stage == Stage.exited
  }

  /// Granted and asked, summed over the idea's financing applications.
  static func financing(_ idea: Idea) -> (granted: Euro, asked: Euro)? {
    guard !idea.financing.isEmpty else { return nil }
    let asked = idea.financing.reduce(Euro.zero) { $0 + $1.asked }
    let granted = idea.financing.reduce(Euro.zero) { $0 + ($1.granted ?? .zero) }
    return (granted, asked)
  }

  /// "★3.5" for one reviewer; with more, the largest spread on a criterion, "★3.5±1", and a
  /// disagreement (spread 2 or more) flagged in `badgeWarning`: "★3.5±2≠".
  static func scoreBadge(_ mean: Double, spread: Int?) -> Span {
    let text = UIText.badgeScore + Format.decimal(mean)
    guard let spread else { return Span(text, style: .badge) }
    let disagrees = spread >= Rubric.disagreementSpread
    return Span(text + "±\(spread)" + (disagrees ? UIText.disagreement : ""), style: disagrees ? .badgeWarning : .badge)
  }

  /// The badges of a card, most important first (the first ones stay when room runs out).
  static func badges(_ idea: Idea, board: Board, now: Timestamp) -> [Span] {
    var badges: [Span] = []
    if missesExitPlan(idea, stages: board.stages) { badges.append(Span(UIText.badgeNoExitPlan, style: .badgeWarning)) }
    badges += exitBadges(idea, today: now.day)
    if let mean = meanScore(idea, rubric: board.rubric) {
      badges.append(scoreBadge(mean, spread: board.rubric.largestSpread(idea.scores)))
    }
    let days = Format.days(from: idea.enteredStage, to: now)
    let stale = board.stage(idea.stage)?.staleDays.map { days >= $0 } ?? false
    badges.append(Span(UIText.badgeDays(days), style: stale ? .badgeWarning : .cardMeta))
    if !idea.mentors.isEmpty { badges.append(Span(UIText.badgeMentor(idea.mentors.count), style: .badgeGood)) }
    if let money = financing(idea) {
      let text = Format.shortEuro(money.granted) + "/" + Format.shortEuro(money.asked).dropFirst()
      badges.append(Span(text, style: money.granted.cents > 0 ? .badgeGood : .badge))
    }
    return badges
  }

  /// A follow-up overdue, the taper's next step due, and the criteria met of those agreed
  /// (`✓2/4`) on an idea past Enrichment.
  static func exitBadges(_ idea: Idea, today: Day) -> [Span] {
    guard let plan = idea.exitPlan else { return [] }
    var badges: [Span] = []
    if plan.followUpOverdue(on: today) { badges.append(Span(UIText.badgeFollowUpDue, style: .badgeWarning)) }
    if idea.isActive && plan.taperDue(on: today) { badges.append(Span(UIText.badgeTaperDue, style: .badgeWarning)) }
    let r = plan.readiness
    if r.total > 0, idea.stage == Stage.realisation || idea.stage == Stage.exited {
      let text = UIText.readinessSymbol + UIText.exitBadge(met: r.met, total: r.total)
      badges.append(Span(text, style: r.met == r.total ? .badgeGood : .badge))
    }
    return badges
  }
}
