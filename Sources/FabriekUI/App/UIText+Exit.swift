import FabriekCore

/// The texts of exit plans, taper steps, departures and alumni follow-ups on screen.
extension UIText {
  static func exitReadiness(met: Int, total: Int) -> String {
    tr("exit.ui.readiness", ["met": String(met), "total": String(total)])
  }
  /// `2/4` on a card.
  static func exitBadge(met: Int, total: Int) -> String { tr("exit.ui.badge", ["met": String(met), "total": String(total)]) }
  static var badgeTaperDue: String { tr("exit.ui.badgeTaperDue") }
  static var badgeFollowUpDue: String { tr("exit.ui.badgeFollowUpDue") }
  static func criterionMark(_ state: CriterionState) -> String {
    switch state {
    case .open: "[ ]"
    case .met: "[x]"
    case .dropped: "[-]"
    }
  }
  static func criterionState(_ state: CriterionState) -> String { tr("exit.criterion." + state.rawValue) }
  static func exitEvidence(_ text: String) -> String { tr("exit.ui.evidence", ["text": text]) }
  static var labelTaperNext: String { tr("exit.ui.taperNext") }
  static var labelDeparture: String { tr("exit.ui.departure") }
  static func support(_ kind: SupportKind) -> String { tr("exit.support." + kind.rawValue) }
  static func exitOutcome(_ outcome: ExitOutcome) -> String { tr("exit.outcome." + outcome.rawValue) }
  static func turnover(_ band: TurnoverBand) -> String { tr("exit.turnover." + band.rawValue) }
  static func followUpState(_ state: FollowUp.State) -> String { tr("exit.followUp." + state.rawValue) }

  static func taperStep(_ step: TaperStep, due: Bool) -> String {
    guard let until = step.until else { return support(step.support) }
    let text = tr("exit.ui.until", ["support": support(step.support), "day": Format.day(until)])
    return due ? tr("exit.ui.stepDue", ["step": text]) : text
  }

  static func departure(_ d: Departure) -> String {
    tr("exit.ui.left", ["outcome": exitOutcome(d.outcome), "day": Format.day(d.day)])
  }

  static func followUpLine(_ f: FollowUp, state: FollowUp.State) -> String {
    let when = tr("exit.ui.followUpAt", ["months": String(f.months), "day": Format.day(f.due)])
    guard let r = f.record else { return when + " · " + followUpState(state) }
    var parts = [when, r.operating ? tr("exit.ui.operating") : tr("exit.ui.notOperating")]
    if let jobs = r.jobs { parts.append(tr("exit.ui.jobs", ["n": jobs])) }
    if let band = r.turnover { parts.append(turnover(band)) }
    if let raised = r.raised { parts.append(tr("exit.ui.raised", ["amount": Format.amount(raised)])) }
    return parts.joined(separator: " · ")
  }
}
