import FabriekCore

/// The texts of exit plans, taper steps, departures and alumni follow-ups on screen.
extension UIText {
  static func exitReadiness(met: Int, total: Int) -> String {
    tr("exit.ui.readiness", ["met": String(met), "total": String(total)])
  }
  /// `2/4` on a card.
  static func exitBadge(met: Int, total: Int) -> String {
    tr("exit.ui.badge", ["met": String(met), "total": String(total)])
  }
  /// One cell wide, as the other badges' symbols.
  static let readinessSymbol = "✓"
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

/// The texts of the exit forms and the `:alumni` screen.
extension UIText {
  static func exitCriteriaTitle(_ code: String) -> String { tr("exit.ui.criteriaTitle", ["code": code]) }
  static func departureTitle(_ code: String) -> String { tr("exit.ui.departureTitle", ["code": code]) }
  static func followUpTitle(_ code: String) -> String { tr("exit.ui.followUpTitle", ["code": code]) }
  static var fieldEvidence: String { tr("exit.field.evidence").capitalizedFirst }
  static var fieldEvidenceHelp: String { tr("exit.ui.evidenceHelp") }
  static var fieldExitOutcome: String { tr("exit.ui.outcomeField") }
  static var fieldExitOutcomeHelp: String { tr("exit.ui.outcomeHelp") }
  static var fieldOperating: String { tr("exit.ui.operatingField") }
  static var fieldJobs: String { tr("exit.field.jobs").capitalizedFirst }
  static var fieldTurnover: String { tr("exit.ui.turnoverField") }
  static var fieldRaised: String { tr("exit.field.raised").capitalizedFirst }
  static var fieldFollowUpDate: String { tr("exit.ui.dateField") }
  static var fieldFollowUpNote: String { tr("exit.field.note").capitalizedFirst }
  static func notAWholeNumber(_ text: String) -> String { tr("exit.ui.notAWholeNumber", ["text": text]) }
  static func noCriteriaYet(_ code: String) -> String { tr("exit.ui.noCriteriaYet", ["code": code]) }
  static func followUpsOverdue(_ n: Int) -> String { tr("exit.ui.overdueCount", ["n": n]) }
  static var columnAlumnusTitle: String { tr("exit.ui.columnTitle") }
  static var columnCode: String { tr("exit.ui.columnCode") }
  static var alumniTitle: String { tr("exit.ui.alumniTitle") }
  static var alumniEmpty: String { tr("exit.ui.alumniEmpty") }
  static var columnOutcome: String { tr("exit.ui.columnOutcome") }
  static var columnLeft: String { tr("exit.ui.columnLeft") }
  static var columnNextFollowUp: String { tr("exit.ui.columnNext") }
  static var allRecorded: String { tr("exit.cli.allRecorded") }
  static var noneScheduled: String { tr("exit.cli.noneScheduled") }
  static var noOutcome: String { tr("exit.cli.noOutcome") }
  static var noTaperStep: String { tr("exit.ui.noTaperStep") }
  static var modeAlumni: String { tr("exit.ui.mode") }
}

extension String {
  /// The first letter upper-cased: a catalogue's field word as a form's label.
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
