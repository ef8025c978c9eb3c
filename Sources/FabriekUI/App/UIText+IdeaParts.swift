import FabriekCore

/// The words of the forms for the parts of an idea: enrichment modules, financing
/// applications and indicators.
extension UIText {
  static var noIdeaForPart: String { tr("form.noIdeaToEdit") }
}

/// The enrichment-modules form (`M`).
extension UIText {
  static func enrichmentTitle(_ code: String) -> String { tr("parts.enrichmentTitle", ["code": code]) }
  /// A module's section: its kind, with a capital.
  static func enrichmentSection(_ kind: EnrichmentKind) -> String {
    kind.label.prefix(1).uppercased() + kind.label.dropFirst()
  }
  static var moduleNotStarted: String { tr("parts.moduleNotStarted") }
  static func moduleStatus(_ status: ModuleStatus) -> String {
    switch status {
    case .planned: tr("parts.module.planned")
    case .inProgress: tr("parts.module.inProgress")
    case .done: tr("parts.module.done")
    case .skipped: tr("parts.module.skipped")
    }
  }
  static var fieldModuleNotes: String { tr("parts.moduleNotes") }
  static var fieldModuleStatusHelp: String { tr("parts.moduleStatusHelp") }
  static var fieldModuleNotesHelp: String { tr("form.noteHelp") }
}

/// The financing form (`F`).
extension UIText {
  static func financingTitle(_ code: String) -> String { tr("parts.financingTitle", ["code": code]) }
  static func applicationSection(_ number: Int, funder: String) -> String {
    tr("parts.applicationSection", ["number": number, "funder": funder])
  }
  static var newApplicationSection: String { tr("parts.newApplication") }
  static var fieldFinancingKind: String { tr("parts.financingKind") }
  static var fieldFunder: String { tr("parts.funder") }
  static var fieldFunderHelp: String { tr("parts.funderHelp") }
  static var fieldNewFunderHelp: String { tr("parts.newFunderHelp") }
  static var fieldAsked: String { tr("parts.asked") }
  static var fieldAskedHelp: String { tr("parts.askedHelp") }
  static var fieldGranted: String { tr("parts.granted") }
  static var fieldGrantedHelp: String { tr("parts.grantedHelp") }
  static var fieldSubmitted: String { tr("parts.submitted") }
  static var fieldDecided: String { tr("parts.decided") }
}

/// The indicators form (`I`).
extension UIText {
  static func indicatorsTitle(_ code: String) -> String { tr("parts.indicatorsTitle", ["code": code]) }
  static func indicatorSection(_ number: Int, name: String) -> String {
    tr("parts.indicatorSection", ["number": number, "name": name])
  }
  static var newIndicatorSection: String { tr("parts.newIndicator") }
  static var fieldIndicatorName: String { tr("parts.indicatorName") }
  static var fieldIndicatorNameHelp: String { tr("parts.indicatorNameHelp") }
  static var fieldNewIndicatorNameHelp: String { tr("parts.newIndicatorNameHelp") }
  static var fieldUnit: String { tr("parts.unit") }
  static var fieldUnitHelp: String { tr("parts.unitHelp") }
  static var fieldBaseline: String { tr("parts.baseline") }
  static var fieldTarget: String { tr("parts.target") }
  static var fieldCurrent: String { tr("parts.current") }
  static var fieldDecimalHelp: String { tr("parts.decimalHelp") }
  static func notADecimal(_ text: String) -> String { tr("parts.notADecimal", ["text": text]) }
}
