import FabriekCore

/// The exit plan's checklist, taper, departure and follow-ups in the detail pane.
extension DetailDocument {
  mutating func exitDetails(_ plan: ExitPlan) {
    let today = now.day
    let readiness = plan.readiness
    field(UIText.labelCriteria, UIText.exitReadiness(met: readiness.met, total: readiness.total))
    for (n, c) in plan.criteria.enumerated() {
      let style: Style = c.state == .met ? .normal : .dim
      item("\(n + 1). \(UIText.criterionMark(c.state)) \(c.text)", style: style)
      if !c.evidence.isEmpty { paragraph(UIText.exitEvidence(c.evidence), indent: 6, style: .dim) }
    }
    if !plan.taper.isEmpty {
      if let next = plan.nextTaperStep {
        let due = plan.taperDue(on: today)
        let text = UIText.taperStep(next.step, due: due)
        field(UIText.labelTaperNext, text, style: due ? .badgeWarning : .normal)
      }
      for step in plan.taper {
        item(UIText.taperStep(step, due: false), style: step.done ? .dim : .normal)
      }
    }
    if let d = plan.departure {
      field(UIText.labelDeparture, UIText.departure(d))
    }
    for f in plan.followUps {
      let state = f.state(on: today)
      let style: Style = state == .overdue ? .badgeWarning : (state == .done ? .normal : .dim)
      item(UIText.followUpLine(f, state: state), style: style)
      if let note = f.record?.note, !note.isEmpty { paragraph(note, indent: 6, style: .dim) }
    }
  }
}
