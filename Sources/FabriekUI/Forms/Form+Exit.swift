import FabriekCore

/// The exit forms: ticking the criteria (`:criteria`), the outcome asked when an idea moves to
/// Exited, and an alumni follow-up (`:followup`, `f` in `:alumni`). Each saves one `.exit`
/// operation (the move and its outcome as one batch), so one undo takes it back.
extension Form {
  /// One section per criterion: its state and its evidence.
  static func exitCriteria(of idea: Idea) -> Form {
    var fields: [FormField] = []
    let states = CriterionState.allCases
    for (n, c) in (idea.exitPlan?.criteria ?? []).enumerated() {
      let section = "\(n + 1). \(c.text)"
      fields.append(
        FormField(
          key: "criterion.\(n).state", label: UIText.fieldStatus, section: section,
          value: .choice(options: states.map(UIText.criterionState), selected: states.firstIndex(of: c.state) ?? 0)))
      fields.append(
        FormField(
          key: "criterion.\(n).evidence", label: UIText.fieldEvidence, help: UIText.fieldEvidenceHelp, section: section,
          value: .text(.init(c.evidence))))
    }
    return Form(kind: .exitCriteria(idea.id), title: UIText.exitCriteriaTitle(idea.id.code), fields: fields)
  }

  func exitCriteriaValue(_ old: [ExitCriterion]) -> [ExitCriterion] {
    old.enumerated().map { n, c in
      var c = c
      let states = CriterionState.allCases
      let k = choice("criterion.\(n).state")
      if states.indices.contains(k) { c.state = states[k] }
      c.evidence = text("criterion.\(n).evidence").trimmingCharactersInWhitespace()
      return c
    }
  }

  /// The outcome of a move to Exited.
  static func departure(of idea: Idea, index: Int?) -> Form {
    Form(
      kind: .departure(idea.id, index: index), title: UIText.departureTitle(idea.id.code),
      fields: [
        FormField(
          key: "outcome", label: UIText.fieldExitOutcome, help: UIText.fieldExitOutcomeHelp,
          value: .choice(options: ExitOutcome.allCases.map(UIText.exitOutcome), selected: 0))
      ])
  }

  static func followUp(of idea: Idea) -> Form {
    let bands = TurnoverBand.allCases
    return Form(
      kind: .followUp(idea.id), title: UIText.followUpTitle(idea.id.code),
      fields: [
        FormField(
          key: "operating", label: UIText.fieldOperating,
          value: .choice(options: [UIText.yes, UIText.no], selected: 0)),
        FormField(key: "jobs", label: UIText.fieldJobs, format: .number, value: .text(.init(""))),
        FormField(
          key: "turnover", label: UIText.fieldTurnover,
          value: .choice(options: [UIText.notSet] + bands.map(UIText.turnover), selected: 0)),
        FormField(key: "raised", label: UIText.fieldRaised, format: .amount, value: .text(.init(""))),
        FormField(
          key: "date", label: UIText.fieldFollowUpDate, help: UIText.fieldDateHelp, format: .date,
          value: .text(.init("today"))),
        FormField(key: "note", label: UIText.fieldFollowUpNote, isMultiline: true, value: .text(.init(""))),
      ])
  }

  func followUpValue(today: Day) -> Result<FollowUpRecord, FormProblems> {
    var problems: [String: String] = [:]
    var jobs: Int?
    let typedJobs = text("jobs").trimmingCharactersInWhitespace()
    if !typedJobs.isEmpty {
      if let n = Int(typedJobs), n >= 0 { jobs = n } else { problems["jobs"] = UIText.notAWholeNumber(typedJobs) }
    }
    var raised: Euro?
    do { raised = try FieldKinds.amount(text("raised")) } catch { problems["raised"] = error.reason }
    var day = today
    do { day = try FieldKinds.date(text("date"), today: today) ?? today } catch { problems["date"] = error.reason }
    guard problems.isEmpty else { return .failure(FormProblems(byKey: problems)) }
    return .success(
      FollowUpRecord(
        day: day, operating: choice("operating") == 0, jobs: jobs,
        turnover: chosen("turnover", among: TurnoverBand.allCases),
        raised: raised, note: text("note").trimmingCharactersInWhitespace()))
  }
}

extension Form {
  static func exit(_ kind: FormKind, of idea: Idea) -> Form {
    switch kind {
    case .departure(_, let index): .departure(of: idea, index: index)
    case .followUp: .followUp(of: idea)
    default: .exitCriteria(of: idea)
    }
  }
}

extension AppState {
  /// `:criteria`: the checklist of the idea in view, to tick.
  mutating func openExitCriteriaForm() {
    guard let id = ideaInView, let idea = board.ideas[id] else {
      message = StatusMessage(UIText.noIdeaForExitPlan, isError: true)
      return
    }
    guard let plan = idea.exitPlan, !plan.criteria.isEmpty else {
      message = StatusMessage(UIText.noCriteriaYet(id.code), isError: true)
      return
    }
    openForm(.exitCriteria(id))
  }

  /// `:followup`, or `f` in `:alumni`: a follow-up of an idea that has left.
  mutating func openFollowUpForm(_ chosen: IdeaID? = nil) {
    guard let id = chosen ?? ideaInView, let idea = board.ideas[id] else {
      message = StatusMessage(UIText.noIdeaForExitPlan, isError: true)
      return
    }
    guard idea.exitPlan?.departure != nil else {
      message = StatusMessage(tr("exit.error.notLeft", ["code": id.code]), isError: true)
      return
    }
    openForm(.followUp(id))
  }

  /// `:taper`: the current taper step of the idea in view is done; support moves on to the next.
  mutating func finishTaperStep() -> [Effect] {
    guard let id = ideaInView, let plan = board.ideas[id]?.exitPlan, let next = plan.nextTaperStep else {
      message = StatusMessage(UIText.noTaperStep, isError: true)
      return []
    }
    var steps = plan.taper
    steps[next.index].done = true
    return commit(.exit(id, .setTaper(steps)), purpose: .change, follow: id)
  }

  mutating func saveExitForm(_ current: Form) -> [Effect] {
    switch current.kind {
    case .exitCriteria(let id):
      guard let old = board.ideas[id]?.exitPlan?.criteria else { break }
      let new = current.exitCriteriaValue(old)
      closeForm()
      guard new != old else {
        message = StatusMessage(UIText.formNothingChanged)
        return []
      }
      return commit(.exit(id, .setCriteria(new)), purpose: .change, follow: id)
    case .departure(let id, let index):
      let outcomes = ExitOutcome.allCases
      let k = current.choice("outcome")
      guard board.ideas[id] != nil, outcomes.indices.contains(k) else { break }
      closeForm()
      return commit(board.exitMove(id, outcome: outcomes[k], index: index, at: now), purpose: .change, follow: id)
    case .followUp(let id):
      let result = current.followUpValue(today: now.day)
      guard accept(current, problems: result.problems), case .success(let record) = result else { return [] }
      closeForm()
      return commit(.exit(id, .recordFollowUp(record)), purpose: .change, follow: id)
    default: break
    }
    closeForm()
    message = StatusMessage(UIText.noIdeaForExitPlan, isError: true)
    return []
  }
}
