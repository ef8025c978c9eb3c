import FabriekCore

/// The exit-plan form (`x` in the detail): criteria (one a line; a new plan starts from the
/// board's template for the idea's value model), target date, status and outcome, prefilled;
/// saving commits one `.editIdea(id, [.exitPlan(plan)])`, keeping the state and evidence of
/// every criterion whose text stays, and the taper, departure and follow-ups.
extension Form {
  public static func exitPlan(of idea: Idea, template: [String] = []) -> Form {
    let plan = idea.exitPlan
    let criteria = plan.map { $0.criteria.map(\.text) } ?? template
    let statuses = ExitPlanStatus.allCases
    return Form(
      kind: .exitPlan(idea.id), title: UIText.exitPlanTitle(idea.id.code),
      fields: [
        FormField(
          key: "criteria", label: UIText.fieldCriteria, help: UIText.fieldCriteriaHelp, isRequired: true,
          isMultiline: true, value: .text(.init(criteria.joined(separator: "\n")))),
        FormField(
          key: "targetDate", label: UIText.fieldTargetDate, help: UIText.fieldDateHelp, format: .date,
          value: .text(.init(plan?.targetDate.map(Format.typedDay) ?? ""))),
        FormField(
          key: "status", label: UIText.fieldStatus,
          value: .choice(
            options: statuses.map(UIText.exitPlanStatus), selected: statuses.firstIndex(of: plan?.status ?? .draft) ?? 0
          )),
        FormField(
          key: "outcome", label: UIText.fieldOutcome, help: UIText.fieldOutcomeHelp, isMultiline: true,
          value: .text(.init(plan?.outcome ?? ""))),
      ])
  }

  /// The plan the form says, or the reasons against its values by field key.
  func exitPlanValue(today: Day, old: ExitPlan? = nil) -> Result<ExitPlan, FormProblems> {
    do {
      let target = try FieldKinds.date(text("targetDate"), today: today)
      let statuses = ExitPlanStatus.allCases
      let status = statuses.indices.contains(choice("status")) ? statuses[choice("status")] : .draft
      var plan = old ?? ExitPlan(criteria: [])
      plan.criteria = Migration.exitCriteria(fromText: text("criteria")).map { typed in
        plan.criteria.first { $0.text == typed.text } ?? typed
      }
      plan.targetDate = target
      plan.status = status
      plan.outcome = text("outcome").trimmingCharactersInWhitespace()
      return .success(plan)
    } catch {
      return .failure(FormProblems(byKey: ["targetDate": error.reason]))
    }
  }
}

extension AppState {
  /// `x` in the detail (or on the board): the exit plan of that idea.
  mutating func openExitPlanForm() { openForm(onIdeaInView: FormKind.exitPlan, none: UIText.noIdeaForExitPlan) }

  mutating func saveExitPlanForm(_ current: Form, id: IdeaID) -> [Effect] {
    guard let idea = board.ideas[id] else {
      closeForm()
      message = StatusMessage(UIText.noIdeaForExitPlan, isError: true)
      return []
    }
    let result = current.exitPlanValue(today: now.day, old: idea.exitPlan)
    guard accept(current, problems: result.problems), case .success(let plan) = result else { return [] }
    closeForm()
    guard plan != idea.exitPlan else {
      message = StatusMessage(UIText.formNothingChanged)
      return []
    }
    return commit(.editIdea(id, [.exitPlan(plan)]), purpose: .change, follow: id)
  }
}
