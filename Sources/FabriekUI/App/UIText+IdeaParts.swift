import FabriekCore

/// The words of the forms for the parts of an idea: enrichment modules, financing
/// applications and indicators.
extension UIText {
  static let helpEditEnrichment = "edit the enrichment modules"
  static let helpEditFinancing = "edit the financing applications"
  static let helpEditIndicators = "edit the indicators"
  static let noIdeaForPart = "No idea to edit here"
}

/// The enrichment-modules form (`M`).
extension UIText {
  static func enrichmentTitle(_ code: String) -> String { "Enrichment modules of \(code)" }
  /// A module's section: its kind, with a capital.
  static func enrichmentSection(_ kind: EnrichmentKind) -> String {
    kind.label.prefix(1).uppercased() + kind.label.dropFirst()
  }
  static let moduleNotStarted = "not started"
  static func moduleStatus(_ status: ModuleStatus) -> String {
    switch status {
    case .planned: "planned"
    case .inProgress: "in progress"
    case .done: "done"
    case .skipped: "skipped"
    }
  }
  static let fieldModuleNotes = "Notes"
  static let fieldModuleStatusHelp = "←/→ to choose; “not started” with notes is kept as planned"
  static let fieldModuleNotesHelp = "Enter starts a new line; Ctrl-O opens $VISUAL / $EDITOR"
}

/// The financing form (`F`).
extension UIText {
  static func financingTitle(_ code: String) -> String { "Financing of \(code)" }
  static func applicationSection(_ number: Int, funder: String) -> String { "Application \(number): \(funder)" }
  static let newApplicationSection = "New application"
  static let fieldFinancingKind = "Kind"
  static let fieldFunder = "Funder"
  static let fieldFunderHelp = "required; clear funder and amount asked to remove the application"
  static let fieldNewFunderHelp = "fill in funder and amount asked to add an application"
  static let fieldAsked = "Amount asked"
  static let fieldAskedHelp = "required; in euro, like 12.500,50"
  static let fieldGranted = "Amount granted"
  static let fieldGrantedHelp = "in euro; needed once the status is granted"
  static let fieldSubmitted = "Submitted"
  static let fieldDecided = "Decided"
}

/// The indicators form (`I`).
extension UIText {
  static func indicatorsTitle(_ code: String) -> String { "Indicators of \(code)" }
  static func indicatorSection(_ number: Int, name: String) -> String { "Indicator \(number): \(name)" }
  static let newIndicatorSection = "New indicator"
  static let fieldIndicatorName = "Name"
  static let fieldIndicatorNameHelp = "required; clear it to remove the indicator"
  static let fieldNewIndicatorNameHelp = "fill in a name to add an indicator"
  static let fieldUnit = "Unit"
  static let fieldUnitHelp = "households, tonnes CO₂, %, …"
  static let fieldBaseline = "Baseline"
  static let fieldTarget = "Target"
  static let fieldCurrent = "Current"
  static let fieldDecimalHelp = "a number, like 12,5 or 12.5"
  static func notADecimal(_ text: String) -> String { "“\(text)” is not a number (like 12,5 or 12.5)" }
}
