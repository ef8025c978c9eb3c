/// The pages of the report, in order: on the reports screen one per `Tab`, in the exports one
/// section each. A new group of figures is a case here, its definitions (`noteKeys`) and its
/// page (`ReportDocument.page`).
public enum ReportGroup: String, CaseIterable, Hashable, Sendable {
  case funnel, time, intake, mix, triage, mentors, financing, exits

  /// The page's title, in the current language.
  public var title: String { tr("report.group." + rawValue) }

  /// The catalogue keys of the definitions of the group's figures, each written once.
  public var noteKeys: [String] {
    switch self {
    case .funnel: ["report.note.entered", "report.note.now", "report.def.conversion", "report.note.decline", "report.note.legacy"]
    case .time: ["report.note.stay", "report.def.stale"]
    case .intake: ["report.def.intake", "report.def.week", "report.def.campaign"]
    case .mix: ["report.def.mix", "report.def.sdgs"]
    case .triage: ["report.def.decisions", "report.def.daysToDecision", "report.def.spread"]
    case .mentors: ["report.def.mentorLoad", "report.def.hoursUsed", "report.def.withoutMentor"]
    case .financing: ["report.def.financingDay", "report.def.financingAmounts"]
    case .exits: ["report.def.exitCoverage", "report.def.alumni"]
    }
  }

  /// The definitions, in the current language.
  public var notes: [String] { noteKeys.map { tr($0) } }
}
