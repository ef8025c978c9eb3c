import FabriekCore

/// Every sentence and label the board screen shows, in one place, ready for translation
/// (English first; Dutch and French to follow).
enum UIText {
  static let modeBoard = "BOARD"
  static let modeDetail = "DETAIL"
  static let modeSearch = "SEARCH"
  static let modePalette = "COMMAND"
  static let modeHelp = "HELP"
  static let modeTriage = "TRIAGE"

  static let featureFilter = "Filtering"
  static let featureMentors = "The mentors screen"
  static let featureReports = "Reports"
  static func notYetAvailable(_ feature: Feature) -> String { "\(feature.label) is not yet available." }

  static let saved = "saved"
  static let saving = "saving…"
  static let notSaved = "not saved"
  static let emptyColumn = "no ideas"
  static func moreAbove(_ n: Int) -> String { "▲ \(n) more" }
  static func moreBelow(_ n: Int) -> String { "▼ \(n) more" }
  static func linesAbove(_ n: Int) -> String { "▲ \(n) lines above" }
  static func linesBelow(_ n: Int) -> String { "▼ \(n) lines below" }
  static func lineRange(_ first: Int, _ last: Int, of count: Int) -> String { "\(first)–\(last) of \(count)" }
  static func matches(_ count: Int, current: Int?) -> String {
    if count == 0 { return "no match" }
    let noun = count == 1 ? "match" : "matches"
    return current.map { "\($0) of \(count) \(noun)" } ?? "\(count) \(noun)"
  }
  static func tooSmall(width: Int, height: Int) -> String {
    "fabriek needs a terminal of at least 80×24; this one is \(width)×\(height). Make the window larger."
  }

  static let badgeNoExitPlan = "!exit"
  static let badgeScore = "★"
  static func badgeDays(_ n: Int) -> String { "\(n)d" }
  /// One cell wide (`DisplayWidth`), as the other badges' symbols.
  static let mentorSymbol = "☺"
  static func badgeMentor(_ n: Int) -> String { mentorSymbol + "\(n)" }

  /// The card badges, as the help overlay and the README explain them.
  static var helpBadges: String { tr("keys.badgesHeading") }
  public static var badgeLegend: [(badge: String, meaning: String)] {
    [
      (badgeScore + Language.current.decimal(3.5) + "±2", tr("keys.badge.score")),
      (disagreement, tr("keys.badge.disagree")),
      (badgeDays(20), tr("keys.badge.days")),
      (mentorSymbol + "2", tr("keys.badge.mentors")),
      ("€35k/50k", tr("keys.badge.financing")),
      (badgeNoExitPlan, tr("keys.badge.noExitPlan")),
    ]
  }

  static var helpTitle: String { tr("keys.title") }
  static var helpPalette: String { tr("keys.paletteHeading") }
  static var helpOtherKeys: String { tr("keys.otherKeys") }
  /// A layer's heading in the help overlay (`keys.heading.<layer>`).
  static func helpHeading(_ layer: KeyLayer) -> String { tr("keys.heading." + layer.rawValue) }

  // The detail pane.
  static let sectionOverview = "Overview"
  static let sectionPeople = "People"
  static let sectionEnrichment = "Enrichment"
  static let sectionImpact = "Impact"
  static let sectionFinancing = "Financing"
  static let sectionExitPlan = "Exit plan"
  static let sectionNotes = "Notes"
  static let sectionHistory = "History"
  static let labelStage = "Stage"
  static let labelOutcome = "Outcome"
  static let labelCreated = "Created"
  static let labelApplicant = "Applicant"
  static let labelOrigin = "Origin"
  static let labelRegion = "Region"
  static let labelValueModel = "Value model"
  static let labelSDGs = "SDGs"
  static let labelTags = "Tags"
  static let labelScore = "Score"
  static let labelDecision = "Decision"
  static let labelPitch = "Pitch"
  static let labelDescription = "Description"
  static let labelInnovators = "Innovators"
  static let labelCoach = "Coach"
  static let labelMentors = "Mentors"
  static let labelReadiness = "Readiness"
  static let labelTheoryOfChange = "Theory of change"
  static let labelStatus = "Status"
  static let labelTargetDate = "Target date"
  static let labelCriteria = "Criteria"
  static let labelExitOutcome = "Outcome"
  static let since = "since"
  static let asked = "asked"
  static let granted = "granted"
  static let submitted = "submitted"
  static let decided = "decided"
  static let privateNote = "private"
  static let nobodyYet = "Nobody is linked to this idea yet."
  static let noModules = "No enrichment modules yet."
  static let noImpact = "No readiness level, theory of change or indicators yet."
  static let noFinancing = "No financing applications."
  static let noExitPlan = "No exit plan yet."
  static let exitPlanMissing = "No exit plan: every idea past Enrichment needs one."
  static let noNotes = "No notes."
  static let noHistory = "No history."
  static func days(_ n: Int) -> String { n == 1 ? "1 day" : "\(n) days" }
  static func score(_ mean: String, reviewers: Int) -> String {
    "\(mean) (mean of \(reviewers) reviewer\(reviewers == 1 ? "" : "s"))"
  }
  static func indicator(_ name: String, baseline: String, current: String, target: String, unit: String) -> String {
    "\(name): \(baseline) → \(current), target \(target)\(unit)"
  }
  static func decision(_ kind: Decision.Kind) -> String {
    switch kind {
    case .accept(let stage): "accepted into \(stage)"
    case .decline(let reason, let text):
      text.isEmpty ? "declined: \(reason.label)" : "declined: \(reason.label), \(text)"
    case .park(let day): "parked until \(day)"
    case .merge(let into): "merged into \(into.code)"
    }
  }

  // What update says.
  static func ideaGone(_ code: String) -> String { "\(code) is no longer on this board." }
  static let nothingToUndo = "Nothing to undo."
  static let nothingToRedo = "Nothing to redo."
  static let noCard = "There is no card here."
  static func firstStage(_ code: String) -> String { "\(code) is in the first stage already." }
  static func lastStage(_ code: String) -> String { "\(code) is in the last stage already." }
  static func topOfColumn(_ code: String) -> String { "\(code) is at the top of its column already." }
  static func bottomOfColumn(_ code: String) -> String { "\(code) is at the bottom of its column already." }
  static func moved(_ code: String, to stage: String) -> String { "Moved \(code) to \(stage)." }
  static func reordered(_ code: String, position: Int, stage: String) -> String {
    "\(code) is now card \(position) in \(stage)."
  }
  static func undone(_ text: String) -> String { "Undone: \(text)" }
  static func redone(_ text: String) -> String { "Redone: \(text)" }
  static let noSearch = "No search is active; press / to search."
  static let searchCleared = "Search cleared."
  static let noMatch = "Nothing matches the search."
  static func offBoard(_ code: String, _ outcome: String) -> String { "\(code) is off the board (\(outcome))." }
  static func noIdea(_ code: String) -> String { "There is no idea “\(code)” on this board." }
  static func unknownCommand(_ word: String) -> String {
    "“\(word)” is not a command; try \(PaletteCommand.all.map(\.name.rawValue).joined(separator: ", "))."
  }
  static let goNeedsCode = "Say which idea to go to, like go I-0042."
  static func themeChanged(_ name: String) -> String { "Theme: \(name)." }
}
