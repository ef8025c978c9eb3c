// MARK: one idea, whole

extension DemoData.Generator {
  typealias Lang = DemoData.Lang

  /// A moment between `lo` and `hi` (fractions) of the way from `from` to now.
  mutating func moment(from: Timestamp, _ lo: Double, _ hi: Double) -> Timestamp {
    let age = Double(max(3600, now.seconds - from.seconds))
    return Timestamp(seconds: from.seconds + Int64(age * (lo + (hi - lo) * rng.unit())))
  }

  // swiftlint:disable:next function_body_length cyclomatic_complexity
  mutating func makeIdea(_ i: Int) -> Idea {
    let s = skeletons[i]
    let theme = DemoData.themes[s.theme]
    let l = s.lang
    let place = DemoData.places[s.place].name[l]
    let stageIndex =
      [Stage.incoming, Stage.ideaGeneration, Stage.enrichment, Stage.realisation, Stage.exited]
      .firstIndex(of: s.stage) ?? 0
    let active = s.fate == .active

    var title = theme.titles[s.variant][l]
    if rng.chance(0.6) { title += [" in ", " à ", " in "][l.rawValue] + place }
    let sentence = DemoData.placeSentences[rng.below(DemoData.placeSentences.count)]
    let description = stageIndex == 0 && rng.chance(0.15) ? "" : sentence.0[l] + place + sentence.1[l]
    var idea = Idea(
      id: IdeaID(i + 1), title: title, stage: s.stage, created: s.created,
      pitch: theme.pitches[min(s.variant, theme.pitches.count - 1)][l],
      description: description, tags: Array(theme.tags.prefix(rng.int(1...theme.tags.count))))
    idea.sdgs = Array(theme.sdgs.prefix(rng.int(1...theme.sdgs.count)))
    idea.applicantKind = s.kind
    idea.region = stageIndex == 0 && rng.chance(0.05) ? nil : s.region
    idea.valueModel = [ValueModel.financialAndSocial, .socialOnly, nil][rng.weighted([55, 40, 5])]
    idea.origin = origin(s, lang: l)

    // People: the submitter, sometimes a co-founder from an earlier idea, a coach once triaged, mentors later on.
    idea.innovators = [PersonID(innovatorBase + i)]
    if i > 0, rng.chance(0.18) { idea.innovators.append(PersonID(innovatorBase + rng.int(max(0, i - 500)...(i - 1)))) }
    let coach: Int? = (stageIndex > 0 ? rng.chance(0.92) : rng.chance(0.15)) ? rng.below(staff.count) : nil
    idea.coach = coach.map { staff[$0].0 }
    let mentorCount: Int
    switch stageIndex {
    case 1: mentorCount = active && rng.chance(0.25) ? 1 : 0
    case 2, 3: mentorCount = active ? rng.weighted([5, 60, 35]) : 1
    case 4: mentorCount = 1
    default: mentorCount = 0
    }
    let mentorPicks = rng.distinct(mentorCount, below: mentors.count)
    idea.mentors = mentorPicks.map { mentors[$0].0 }
    let decider = coach.map { staff[$0].1 } ?? staff[rng.below(staff.count)].1

    // Where it stands: stage entered, the triage decision, declined or parked.
    let entry: [(Double, Double)] = [(0, 0), (0.03, 0.2), (0.2, 0.45), (0.45, 0.7), (0.7, 0.95)]
    idea.enteredStage = stageIndex == 0 ? s.created : moment(from: s.created, entry[stageIndex].0, entry[stageIndex].1)
    switch s.fate {
    case .active:
      if stageIndex > 0 {
        let accepted = stageIndex == 1 ? idea.enteredStage : moment(from: s.created, 0.02, 0.2)
        idea.decision = Decision(kind: .accept(stage: Stage.ideaGeneration), by: decider, at: accepted)
      }
    case .declined:
      let at = moment(from: idea.enteredStage, 0.05, 0.5)
      let reason = DemoData.declineWeights[rng.weighted(DemoData.declineWeights.map(\.1))].0
      if reason == .duplicate, let target = mergeTarget(before: i) {
        idea.outcome = .declined(reason: .duplicate, text: "merged into \(target.code)")
        idea.decision = Decision(kind: .merge(into: target), by: decider, at: at)
      } else {
        let text = DemoData.declineTexts[reason]?[l] ?? reason.label(in: .en)  // data: the file stays English
        idea.outcome = .declined(reason: reason, text: text)
        idea.decision = Decision(kind: .decline(reason: reason, text: text), by: decider, at: at)
      }
    case .parked:
      let at = moment(from: idea.enteredStage, 0.05, 0.5)
      var revisit = at.day.adding(days: rng.int(60...240))
      if revisit <= now.day, rng.chance(0.75) { revisit = now.day.adding(days: rng.int(7...180)) }
      idea.outcome = .parked(revisit: revisit)
      idea.decision = Decision(kind: .park(revisit: revisit), by: decider, at: at)
    }

    // Triage scores on what is still being shaped.
    if stageIndex <= 1, rng.chance(!active ? 0.7 : stageIndex == 0 ? 0.6 : 0.9) {
      for r in rng.distinct(rng.weighted([0, 45, 35, 20]), below: staff.count) {
        var scores: [String: Int] = [:]
        for c in board.rubric.criteria {
          let v = 1 + s.quality * 4 + (rng.unit() - 0.5) * 1.6
          scores[c.id] = min(5, max(1, Int(v.rounded())))
        }
        idea.scores[staff[r].1] = scores
      }
    }

    // The work of Enrichment and Realisation.
    switch stageIndex {
    case 0: idea.readiness = rng.chance(0.3) ? 1 : nil
    case 1: idea.readiness = rng.chance(0.6) ? rng.int(1...3) : nil
    case 2: idea.readiness = rng.int(3...5)
    case 3: idea.readiness = rng.int(5...7)
    default: idea.readiness = rng.int(7...9)
    }
    if stageIndex >= 2 || (stageIndex == 1 && rng.chance(0.15)) {
      idea.theoryOfChange = rng.chance(0.9) ? theme.change[l] : ""
    }
    if stageIndex >= 2 {
      idea.enrichment = modules(stageIndex: stageIndex, active: active, lang: l)
      let progress: (Double, Double) = stageIndex == 2 ? (0, 0.3) : stageIndex == 3 ? (0.3, 0.7) : (0.7, 1.1)
      for t in theme.indicators.prefix(rng.int(1...theme.indicators.count)) {
        let f = progress.0 + (progress.1 - progress.0) * rng.unit()
        let current =
          stageIndex == 2 && rng.chance(0.5) ? nil : (Double(t.baseline) + Double(t.target - t.baseline) * f).rounded()
        idea.indicators.append(
          Indicator(
            name: t.name[l], unit: DemoData.units[t.unit]?[l] ?? t.unit, baseline: Double(t.baseline),
            target: Double(t.target), current: current))
      }
      idea.financing = financing(s, stageIndex: stageIndex, active: active, entered: idea.enteredStage)
    }
    if active { idea.exitPlan = exitPlan(stageIndex: stageIndex, lang: l, entered: idea.enteredStage) }

    idea.notes = notes(i, stageIndex: stageIndex, active: active, lang: l, coach: coach, mentors: mentorPicks)
    return idea
  }

  mutating func origin(_ s: DemoData.Skeleton, lang l: Lang) -> Origin {
    let kind = DemoData.originKinds[rng.weighted(DemoData.originWeights)]
    let year = String(s.created.day.components.year)
    switch kind {
    case .ideaCampaign:
      return Origin(kind: kind, name: DemoData.campaignNames[rng.below(DemoData.campaignNames.count)][l] + " " + year)
    case .visionSession:
      return Origin(kind: kind, name: rng.pick(DemoData.sessionTitles[.visionSession] ?? [], or: "Visiesessie"))
    case .competition:
      return Origin(
        kind: kind,
        name: ["Sociale Innovatieprijs ", "Prix de l'innovation sociale ", "Social Innovation Award "][l.rawValue]
          + year)
    case .referral where rng.chance(0.5):
      return Origin(kind: kind, name: DemoData.partnerOrganisations[rng.below(DemoData.partnerOrganisations.count)])
    default:
      return Origin(kind: kind)
    }
  }

  /// An earlier idea still on the board that a duplicate can be merged into.
  mutating func mergeTarget(before i: Int) -> IdeaID? {
    guard i > 0 else { return nil }
    for _ in 0..<5 {
      let j = rng.int(max(0, i - 200)...(i - 1))
      if skeletons[j].fate == .active { return IdeaID(j + 1) }
    }
    return nil
  }

  mutating func modules(stageIndex: Int, active: Bool, lang l: Lang) -> [EnrichmentModule] {
    let kinds = rng.distinct(stageIndex == 2 ? rng.int(2...5) : rng.int(3...6), of: EnrichmentKind.allCases)
    return kinds.map { kind in
      let status: ModuleStatus
      switch stageIndex {
      case 2 where active: status = [.done, .inProgress, .planned][rng.weighted([40, 35, 25])]
      case 2: status = [.done, .inProgress, .skipped][rng.weighted([50, 20, 30])]
      case 3: status = [.done, .skipped, .inProgress][rng.weighted([80, 10, 10])]
      default: status = [.done, .skipped][rng.weighted([85, 15])]
      }
      var note = ""
      if status == .done, rng.chance(0.3) {
        switch kind {
        case .impactMeasurement: note = DemoData.moduleNotes[0][l]
        case .financials: note = DemoData.moduleNotes[1][l]
        case .targetAudience: note = DemoData.moduleNotes[2][l]
        default: break
        }
      }
      return EnrichmentModule(kind: kind, status: status, notes: note)
    }
  }

  mutating func financing(_ s: DemoData.Skeleton, stageIndex: Int, active: Bool, entered: Timestamp)
    -> [FinancingApplication]
  {
    var apps: [FinancingApplication] = []
    func add(_ kind: FinancingKind, _ status: FinancingStatus, _ rng: inout DemoData.SplitMix64) {
      let funder: String
      if kind == .feasibilityStudy {
        funder =
          s.region == .brussels
          ? ["innoviris.brussels", "Sociale InnovatieFabriek", "hub.brussels"][rng.weighted([60, 25, 15])]
          : ["VLAIO", "Sociale InnovatieFabriek", "Koning Boudewijnstichting"][rng.weighted([50, 35, 15])]
      } else {
        funder = DemoData.funders[rng.below(DemoData.funders.count)]
      }
      let asked =
        kind == .feasibilityStudy
        ? Euro(euros: 500 * Int64(rng.int(10...60))) : Euro(euros: 1000 * Int64(rng.int(25...150)))
      var granted: Euro?
      if status == .granted {
        granted = rng.chance(0.5) ? asked : Euro(euros: asked.cents / 100 * Int64(rng.int(60...95)) / 100 / 100 * 100)
      }
      let today = now.day
      var submitted: Day?
      var decided: Day?
      if status != .draft {
        let sub = min(today, entered.day.adding(days: rng.int(7...60)))
        submitted = sub
        if status == .granted || status == .rejected { decided = min(today, sub.adding(days: rng.int(30...120))) }
      }
      apps.append(
        FinancingApplication(
          id: apps.count + 1, kind: kind, funder: funder, asked: asked, granted: granted, status: status,
          submitted: submitted, decided: decided))
    }
    switch stageIndex {
    case 2 where active && rng.chance(0.25):
      add(.feasibilityStudy, [.draft, .submitted][rng.below(2)], &rng)
    case 3:
      add(.feasibilityStudy, [.granted, .rejected, .submitted][rng.weighted([55, 15, 30])], &rng)
      if rng.chance(0.55) { add(.pilot, [.draft, .submitted, .granted][rng.weighted([40, 35, 25])], &rng) }
    case 4:
      add(.feasibilityStudy, rng.chance(0.85) ? .granted : .rejected, &rng)
      if rng.chance(0.75) { add(.pilot, rng.chance(0.7) ? .granted : .rejected, &rng) }
    default: break
    }
    return apps
  }

  /// Most ideas past Enrichment have an exit plan; some do not, and the board flags those.
  mutating func exitPlan(stageIndex: Int, lang l: Lang, entered: Timestamp) -> ExitPlan? {
    let criteria = DemoData.exitCriteria[rng.below(DemoData.exitCriteria.count)][l]
    switch stageIndex {
    case 2 where rng.chance(0.2):
      return ExitPlan(criteria: criteria, targetDate: now.day.adding(days: rng.int(180...720)), status: .draft)
    case 3:
      if !missedExitPlan {
        missedExitPlan = true
        return nil
      }
      guard rng.chance(0.8) else { return nil }
      let status: ExitPlanStatus = [.draft, .agreed, .executing][rng.weighted([25, 45, 30])]
      return ExitPlan(criteria: criteria, targetDate: now.day.adding(days: rng.int(60...540)), status: status)
    case 4:
      guard rng.chance(0.9) else { return nil }
      let done = rng.chance(0.8)
      return ExitPlan(
        criteria: criteria, targetDate: entered.day.adding(days: rng.int(-60...30)),
        status: done ? .completed : .executing,
        outcome: done ? DemoData.exitOutcomes[rng.below(DemoData.exitOutcomes.count)][l] : "")
    default:
      return nil
    }
  }

  mutating func notes(_ i: Int, stageIndex: Int, active: Bool, lang l: Lang, coach: Int?, mentors picks: [Int])
    -> [Note]
  {
    let created = skeletons[i].created
    var n: Int
    switch stageIndex {
    case _ where !active: n = rng.weighted([40, 40, 20])
    case 0: n = rng.weighted([70, 30])
    case 1: n = rng.weighted([30, 45, 25])
    case 2: n = rng.weighted([0, 35, 40, 25])
    case 3: n = rng.weighted([0, 0, 40, 35, 25])
    default: n = rng.weighted([0, 30, 40, 20, 10])
    }
    var notes: [Note] = []
    let k = sessionOf.isEmpty ? -1 : sessionOf[i]
    if k >= 0, rng.chance(0.7) {
      let planned = sessions[k]
      let f = (planned.session.facilitator?.rawValue ?? 1) - 1
      let author = staff[staff.indices.contains(f) ? f : 0].1
      let at = max(Timestamp(seconds: created.seconds + 60), Timestamp(seconds: planned.time.seconds + 2 * 3600))
      let text = DemoData.sessionNotes[rng.below(DemoData.sessionNotes.count)][l]
      notes.append(Note(id: 0, at: at, author: author, text: text, session: planned.session.id))
      n = max(0, n - 1)
    }
    for t in rng.distinct(n, below: DemoData.notes.count) {
      let author: String
      let who = rng.below(4)
      if who < 2, let c = coach {
        author = staff[c].1
      } else if who == 2, let m = picks.first {
        author = mentors[m].1
      } else {
        author = staff[rng.below(staff.count)].1
      }
      notes.append(
        Note(
          id: 0, at: moment(from: created, 0.01, 1), author: author, text: DemoData.notes[t][l],
          isPrivate: t == 6 || rng.chance(0.15)))
    }
    notes.sort { $0.at < $1.at }
    for k in notes.indices { notes[k].id = k + 1 }
    return notes
  }
}
