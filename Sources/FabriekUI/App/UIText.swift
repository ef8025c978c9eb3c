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
  static let helpBadges = "Card badges"
  public static let badgeLegend: [(badge: String, meaning: String)] = [
    ("★3.5±2", "mean score of every reviewer, ± the largest spread on a criterion"),
    ("≠", "reviewers disagree (a spread of 2 or more)"),
    ("20d", "days in the stage; a warning once stale for that stage (the stage's staleDays)"),
    (mentorSymbol + "2", "mentors"),
    ("€35k/50k", "financing granted / asked"),
    ("!exit", "no exit plan in a stage that needs one"),
  ]

  static let helpTitle = "Keys"
  static let helpPalette = "Commands (after :)"
  static let helpOtherKeys = "any other key"
  static func helpHeading(_ layer: KeyLayer) -> String {
    switch layer {
    case .board: "Board"
    case .boardSearching: "Board, while a search is active"
    case .boardFiltered: UIText.helpHeadingBoardFiltered
    case .detail: "Detail pane"
    case .detailBeside: "Detail pane beside the board (from 140 columns)"
    case .search: "Search field (type to search)"
    case .filterLine: UIText.helpHeadingFilterLine
    case .palette: "Command palette (type a command)"
    case .help: "This help"
    case .triage: "Triage (the Incoming queue, one candidate at a time)"
    case .triagePrompt: "Triage prompt (decline reason, revisit date, stage or duplicate; type text)"
    case .triageQuestion: "Triage, asking y/n (change a decision made already, go back to the skipped)"
    case .present: UIText.presentHelpHeading
    case .presentCapture: "Present, typing a contribution (i)"
    case .presentSummary: "Present, the session summary (S)"
    case .form: UIText.helpHeadingForm
    case .formDiscard: "Form, asking whether to discard the changes"
    case .formConflicts: "Form, showing fields someone else saved meanwhile"
    case .overLimit: "Asking before a card goes into a column at its WIP limit"
    case .list: UIText.helpHeadingList
    case .listFilter: UIText.helpHeadingListFilter
    case .typing: "Typing (the search, the palette, a prompt, a list's filter, a contribution)"
    case .scrolling: "Scrolling (the detail, this help, the session summary)"
    case .everywhere: "Everywhere (but a form's questions)"
    }
  }

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
