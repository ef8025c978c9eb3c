/// Exit checklists and taper plans on the ideas in Realisation, departures and follow-ups on
/// the exited ones: drawn from their own stream of the seed, after everything else, so that
/// the rest of the board stays as it was. The first three alumni have a follow-up due within
/// days, one overdue and all past ones recorded, and the first taper plan a step due, whatever
/// the seed.
extension DemoData.Generator {
  mutating func addExits(seed: UInt64) {
    var r = DemoData.SplitMix64(state: seed ^ 0xE817_A1F0_11F0_0002)
    let today = now.day
    var tapered = 0
    for idea in board.column(Stage.realisation) {
      guard var plan = idea.exitPlan else { continue }
      let agreed = plan.criteria
      let l = skeletons.indices.contains(idea.id.rawValue - 1) ? skeletons[idea.id.rawValue - 1].lang : .en
      var texts = plan.criteria.map(\.text)
      for c in DemoData.exitChecklist where texts.count < 4 && r.chance(0.7) { texts.append(c[l]) }
      let met = r.int(0...texts.count)
      plan.criteria = texts.enumerated().map { k, t in
        ExitCriterion(
          text: t, state: k < met ? .met : (r.chance(0.1) ? .dropped : .open),
          evidence: k < met ? DemoData.exitEvidence[r.below(DemoData.exitEvidence.count)][l] : "")
      }
      if plan.criteria != agreed { apply(.exit(idea.id, .setCriteria(plan.criteria)), at: now) }
      guard r.chance(0.7) else { continue }
      // Every two weeks until a first date, monthly until a second, then alumni; some are due.
      // The first taper plan's step has just ended: its next step is due whatever the seed.
      let first = tapered == 0 ? today.adding(days: -7) : today.adding(days: r.int(-40...90))
      let second = first.adding(months: r.int(3...6))
      let steps = [
        TaperStep(support: .biweekly, until: first, done: tapered > 0 && first < today && r.chance(0.6)),
        TaperStep(support: .monthly, until: second), TaperStep(support: .alumni),
      ]
      apply(.exit(idea.id, .setTaper(steps)), at: now)
      tapered += 1
    }
    for (k, idea) in board.column(Stage.exited).enumerated() {
      let left: Day
      switch k {
      case 0: left = today.adding(months: -6).adding(days: 10)
      case 1: left = today.adding(months: -7)
      case 2: left = today.adding(months: -13)
      default: left = min(idea.enteredStage.day, today)
      }
      let outcome = [ExitOutcome.independent, .merged, .handedOver, .stopped][r.weighted([50, 20, 15, 15])]
      if idea.exitPlan == nil {
        let l = skeletons.indices.contains(idea.id.rawValue - 1) ? skeletons[idea.id.rawValue - 1].lang : .en
        let criteria = DemoData.exitChecklist.map { ExitCriterion(text: $0[l], state: r.chance(0.75) ? .met : .open) }
        apply(.exit(idea.id, .setCriteria(criteria)), at: now)
      }
      apply(.exit(idea.id, .leave(Departure(outcome: outcome, day: left))), at: now)
      let due = board.ideas[idea.id]?.exitPlan?.followUps ?? []
      var jobs = r.int(1...6)
      for f in due where f.due < today {
        if k == 1 || (k > 2 && r.chance(0.2)) { break }
        let operating = outcome != .stopped && r.chance(0.9)
        jobs = operating ? max(1, jobs + r.int(-1...3)) : 0
        let record = FollowUpRecord(
          day: min(today, f.due.adding(days: r.int(0...20))), operating: operating, jobs: jobs,
          turnover: operating ? TurnoverBand.allCases[r.int(1...3)] : TurnoverBand.none,
          raised: Euro(euros: Int64(r.int(0...25)) * 5_000),
          note: r.chance(0.4) ? DemoData.followUpNotes[r.below(DemoData.followUpNotes.count)] : "")
        apply(.exit(idea.id, .recordFollowUp(record)), at: now)
      }
    }
  }
}

extension DemoData {
  static let exitChecklist: [L3] = [
    L3("Gefinancierd voorbij het pilootproject", "Financé au-delà du projet pilote", "Financed beyond the pilot"),
    L3("Eigen rechtspersoon", "Propre personnalité juridique", "Own legal entity"),
    L3("Structurele partner", "Partenaire structurel", "Structural partner"),
    L3("Team van 3+", "Équipe de 3+", "Team of 3+"),
  ]
  static let exitEvidence: [L3] = [
    L3("Statuten neergelegd", "Statuts déposés", "Statutes filed"),
    L3("Convenant getekend", "Convention signée", "Agreement signed"),
    L3("Subsidie toegekend", "Subside accordé", "Grant awarded"),
  ]
  static let followUpNotes: [String] = [
    "Tweede vestiging geopend.", "Nouvelle convention avec la commune.", "Looking for a second funder.",
    "Werkt nu samen met het OCMW.", "Équipe renforcée par deux bénévoles.",
  ]
}
