import FabriekCore

/// The sections of the record, in the order the pane shows them.
extension DetailDocument {
  mutating func overview(_ idea: Idea) {
    for segments in WordWrap.wrap(idea.title, width: width) { lines.append(spans(segments, style: .title)) }
    heading(UIText.sectionOverview)
    let days = Format.days(from: idea.enteredStage, to: now)
    field(
      UIText.labelStage, UIText.stageSince(stageName(idea.stage), days: days, since: Format.day(idea.enteredStage.day)))
    if let outcome = idea.outcome { field(UIText.labelOutcome, outcome.label, style: .badgeWarning) }
    field(UIText.labelCreated, Format.time(idea.created))
    field(UIText.labelApplicant, idea.applicantKind?.label ?? "")
    field(UIText.labelOrigin, idea.origin?.label ?? "")
    field(UIText.labelRegion, idea.region?.label ?? "")
    field(UIText.labelValueModel, idea.valueModel?.label ?? "")
    field(UIText.labelSDGs, idea.sdgs.map(String.init).joined(separator: ", "))
    field(UIText.labelTags, idea.tags.joined(separator: ", "))
    if let mean = CardFacts.meanScore(idea, rubric: board.rubric) {
      field(UIText.labelScore, UIText.score(Format.decimal(mean), reviewers: idea.scores.count))
      for (reviewer, scores) in idea.scores.sorted(by: { $0.key < $1.key }) {
        let parts = board.rubric.criteria.compactMap { c in scores[c.id].map { "\(c.displayName) \($0)" } }
        let total = board.rubric.weightedTotal(scores).map(Format.decimal) ?? "–"
        field("", "\(reviewer): \(total) (\(parts.joined(separator: ", ")))", style: .dim)
      }
    }
    if let decision = idea.decision {
      let what = UIText.decision(decision.kind, stageName: stageName)
      field(UIText.labelDecision, "\(what) — \(decision.by), \(Format.time(decision.at))")
    }
    if !idea.pitch.isEmpty {
      lines.append([Span(UIText.labelPitch, style: .detailLabel)])
      paragraph(idea.pitch)
    }
    if !idea.description.isEmpty {
      lines.append([Span(UIText.labelDescription, style: .detailLabel)])
      paragraph(idea.description)
    }
  }

  mutating func people(_ idea: Idea) {
    heading(UIText.sectionPeople)
    if idea.people.isEmpty { note(UIText.nobodyYet) }
    field(UIText.labelInnovators, idea.innovators.map(personName).joined(separator: ", "))
    field(UIText.labelCoach, idea.coach.map(personName) ?? "")
    field(UIText.labelMentors, idea.mentors.map(personName).joined(separator: ", "))
  }

  mutating func enrichment(_ idea: Idea) {
    heading(UIText.sectionEnrichment)
    if idea.enrichment.isEmpty { note(UIText.noModules) }
    for module in idea.enrichment {
      item(UIText.module(module.kind.label, status: UIText.moduleStatus(module.status)))
      if !module.notes.isEmpty { paragraph(module.notes, indent: 4, style: .dim) }
    }
  }

  mutating func impact(_ idea: Idea) {
    heading(UIText.sectionImpact)
    field(UIText.labelReadiness, idea.readiness.map { "\($0) / 9" } ?? "")
    if !idea.theoryOfChange.isEmpty {
      lines.append([Span(UIText.labelTheoryOfChange, style: .detailLabel)])
      paragraph(idea.theoryOfChange)
    }
    for indicator in idea.indicators {
      let values = [indicator.baseline, indicator.current, indicator.target].map {
        $0.map(Format.figure) ?? "–"
      }
      let unit = indicator.unit.isEmpty ? "" : " " + indicator.unit
      item(UIText.indicator(indicator.name, baseline: values[0], current: values[1], target: values[2], unit: unit))
    }
    if idea.readiness == nil && idea.theoryOfChange.isEmpty && idea.indicators.isEmpty { note(UIText.noImpact) }
  }

  mutating func financing(_ idea: Idea) {
    heading(UIText.sectionFinancing)
    if idea.financing.isEmpty { note(UIText.noFinancing) }
    for application in idea.financing {
      var parts = ["\(application.kind.label), \(application.funder)", UIText.asked(Format.amount(application.asked))]
      if let granted = application.granted { parts.append(UIText.granted(Format.amount(granted))) }
      parts.append(UIText.financingStatus(application.status))
      if let day = application.submitted { parts.append(UIText.submitted(Format.day(day))) }
      if let day = application.decided { parts.append(UIText.decided(Format.day(day))) }
      item(parts.joined(separator: " · "))
    }
  }

  mutating func exitPlan(_ idea: Idea) {
    heading(UIText.sectionExitPlan)
    guard let plan = idea.exitPlan else {
      let missing = CardFacts.missesExitPlan(idea, stages: board.stages)
      paragraph(missing ? UIText.exitPlanMissing : UIText.noExitPlan, style: missing ? .badgeWarning : .dim)
      return
    }
    field(UIText.labelStatus, UIText.exitPlanStatus(plan.status))
    field(UIText.labelTargetDate, plan.targetDate.map(Format.day) ?? "")
    field(UIText.labelExitOutcome, plan.outcome)
    exitDetails(plan)
  }

  mutating func notes(_ idea: Idea) {
    heading(UIText.sectionNotes)
    if idea.notes.isEmpty { note(UIText.noNotes) }
    for entry in idea.notes {
      var head = "\(Format.time(entry.at)) · \(entry.author)"
      if let session = entry.session { head += " · " + (board.sessions[session]?.title ?? session.code) }
      if entry.isPrivate { head += " · " + UIText.privateNote }
      item(head, style: .dim)
      paragraph(entry.text, indent: 4)
    }
  }

  mutating func history(_ entries: [HistoryEntry]) {
    heading(UIText.sectionHistory)
    if entries.isEmpty { note(UIText.noHistory) }
    for entry in entries.reversed() {
      var text = "\(Format.time(entry.at)) · \(entry.who) · \(entry.what)"
      if let why = entry.why, !why.isEmpty { text += " (\(why))" }
      item(text)
    }
  }
}
