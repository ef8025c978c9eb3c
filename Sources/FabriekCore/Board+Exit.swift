/// Applying `BoardOperation.exit` and `.setExitSettings`; the plan's types are in `Exit/`.
extension Board {
  mutating func performExit(_ id: IdeaID, _ change: ExitChange) throws(BoardError) -> BoardOperation {
    var idea = try requireIdea(id)
    let old = idea.exitPlan
    var plan = old ?? ExitPlan(criteria: [])
    switch change {
    case .setCriteria(let list):
      for c in list { try Self.check(c) }
      plan.criteria = list
    case .addCriterion(let c):
      try Self.check(c)
      plan.criteria.append(c)
    case .setCriterion(let index, let c):
      guard plan.criteria.indices.contains(index) else {
        throw .conflict(tr("exit.error.noCriterion", ["n": String(index + 1), "code": id.code]))
      }
      try Self.check(c)
      plan.criteria[index] = c
    case .setTaper(let steps):
      try Self.check(taper: steps)
      plan.taper = steps
    case .leave(let departure):
      plan.departure = departure
      plan.followUps = ExitPlan.followUps(leaving: departure.day, months: exitSettings.followUpMonths)
    case .recordFollowUp(let record):
      guard let departure = plan.departure else {
        throw .conflict(tr("exit.error.notLeft", ["code": id.code]))
      }
      if record.day < departure.day {
        throw .invalid(
          field: tr("exit.field.followUp"),
          reason: tr("exit.error.beforeLeaving", ["day": CoreText.day(departure.day)]))
      }
      try Self.check(record)
      if let next = plan.nextFollowUp {
        plan.followUps[next.index].record = record
      } else {
        plan.followUps.append(FollowUp(months: 0, due: record.day, record: record))
      }
    case .restore(let whole):
      if let whole {
        for c in whole.criteria { try Self.check(c) }
        try Self.check(taper: whole.taper)
      }
      idea.exitPlan = whole
      ideas[id] = idea
      return .exit(id, .restore(old))
    }
    if plan == old { throw .invalid(field: tr("field.exitPlan"), reason: tr("apply.nothingToChange")) }
    idea.exitPlan = plan
    ideas[id] = idea
    return .exit(id, .restore(old))
  }

  mutating func performSetExitSettings(_ new: ExitSettings) throws(BoardError) -> BoardOperation {
    let months = new.followUpMonths
    if months.contains(where: { !(1...240).contains($0) }) || Set(months).count != months.count {
      throw .invalid(field: tr("exit.field.schedule"), reason: tr("exit.error.schedule"))
    }
    for texts in new.templates.values {
      for t in texts {
        try Rules.text(t, field: tr("exit.field.template"), max: Rules.maxTitle, empty: tr("exit.error.emptyCriterion"))
      }
    }
    let old = exitSettings
    exitSettings = new
    return .setExitSettings(old)
  }

  static func check(_ c: ExitCriterion) throws(BoardError) {
    try Rules.text(
      c.text, field: tr("exit.field.criterion"), max: Rules.maxTitle, empty: tr("exit.error.emptyCriterion"))
    try Rules.text(c.evidence, field: tr("exit.field.evidence"), max: Rules.maxShortText)
  }

  /// Dates rise from step to step; only the last step may have none.
  static func check(taper steps: [TaperStep]) throws(BoardError) {
    var last: Day?
    for (i, s) in steps.enumerated() {
      guard let until = s.until else {
        if i != steps.count - 1 { throw .invalid(field: tr("exit.field.taper"), reason: tr("exit.error.openStep")) }
        continue
      }
      if let last, until <= last {
        throw .invalid(field: tr("exit.field.taper"), reason: tr("exit.error.taperOrder", ["n": String(i + 1)]))
      }
      last = until
    }
  }

  static func check(_ r: FollowUpRecord) throws(BoardError) {
    if let jobs = r.jobs, !(0...1_000_000).contains(jobs) {
      throw .invalid(field: tr("exit.field.jobs"), reason: tr("exit.error.jobs"))
    }
    if let raised = r.raised, raised.cents < 0 {
      throw .invalid(field: tr("exit.field.raised"), reason: tr("exit.error.raised"))
    }
    try Rules.text(r.note, field: tr("exit.field.note"), max: Rules.maxShortText)
  }
}
