import FabriekCore

/// Every sentence and label the board screen shows, in one place. The texts are in the
/// catalogues (`Sources/FabriekCore/Localization/Catalogue+{en,nl,fr}.swift`, section `ui`):
/// each is computed, so it follows `Language.current` (the board screen's language while
/// `update` and `render` run).
enum UIText {
  static var saved: String { tr("status.saved") }
  static var saving: String { tr("status.saving") }
  static var notSaved: String { tr("status.notSaved") }
  static var emptyColumn: String { tr("board.emptyColumn") }
  /// The short form of a default stage name, for a column header too narrow for the whole
  /// name; nil for a board's own names.
  static func shortStageName(_ stage: Stage) -> String? {
    guard let original = Stage.defaults.first(where: { $0.id == stage.id }), original.name == stage.name else {
      return nil
    }
    return tr("board.shortStage." + stage.id)
  }
  static func moreAbove(_ n: Int) -> String { tr("board.moreAbove", ["n": n]) }
  static func moreBelow(_ n: Int) -> String { tr("board.moreBelow", ["n": n]) }
  static func linesAbove(_ n: Int) -> String { tr("scroll.linesAbove", ["n": n]) }
  static func linesBelow(_ n: Int) -> String { tr("scroll.linesBelow", ["n": n]) }
  static func lineRange(_ first: Int, _ last: Int, of count: Int) -> String {
    tr("scroll.lineRange", ["first": first, "last": last, "count": count])
  }
  static func matches(_ count: Int, current: Int?) -> String {
    if count == 0 { return tr("search.noMatches") }
    return current.map { tr("search.matchOf", ["current": $0, "n": count]) } ?? tr("search.matches", ["n": count])
  }
  static func tooSmall(width: Int, height: Int) -> String {
    tr("screen.tooSmall", ["width": String(width), "height": String(height)])
  }

  static var badgeNoExitPlan: String { tr("badge.noExitPlan") }
  static let badgeScore = "★"
  static func badgeDays(_ n: Int) -> String { tr("badge.days", ["n": String(n)]) }
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
      (readinessSymbol + exitBadge(met: 2, total: 4), tr("exit.keys.badge.readiness")),
      (badgeTaperDue, tr("exit.keys.badge.taperDue")),
      (badgeFollowUpDue, tr("exit.keys.badge.followUpDue")),
    ]
  }

  static var helpTitle: String { tr("keys.title") }
  static var helpPalette: String { tr("keys.paletteHeading") }
  static var helpOtherKeys: String { tr("keys.otherKeys") }
  /// A layer's heading in the help overlay (`keys.heading.<layer>`).
  static func helpHeading(_ layer: KeyLayer) -> String { tr("keys.heading." + layer.rawValue) }

  // The detail pane.
  static var sectionOverview: String { tr("detail.overview") }
  static var sectionPeople: String { tr("detail.people") }
  static var sectionEnrichment: String { tr("detail.enrichment") }
  static var sectionImpact: String { tr("detail.impact") }
  static var sectionFinancing: String { tr("detail.financing") }
  static var sectionExitPlan: String { tr("detail.exitPlan") }
  static var sectionNotes: String { tr("detail.notes") }
  static var sectionHistory: String { tr("detail.history") }
  static var labelStage: String { tr("detail.stage") }
  static var labelOutcome: String { tr("detail.outcome") }
  static var labelCreated: String { tr("detail.created") }
  static var labelApplicant: String { tr("detail.applicant") }
  static var labelOrigin: String { tr("detail.origin") }
  static var labelRegion: String { tr("detail.region") }
  static var labelValueModel: String { tr("detail.valueModel") }
  static var labelSDGs: String { tr("detail.sdgs") }
  static var labelTags: String { tr("detail.tags") }
  static var labelScore: String { tr("detail.score") }
  static var labelDecision: String { tr("detail.decision") }
  static var labelPitch: String { tr("detail.pitch") }
  static var labelDescription: String { tr("detail.description") }
  static var labelInnovators: String { tr("detail.innovators") }
  static var labelCoach: String { tr("detail.coach") }
  static var labelMentors: String { tr("detail.mentors") }
  static var labelReadiness: String { tr("detail.readiness") }
  static var labelTheoryOfChange: String { tr("detail.theoryOfChange") }
  static var labelStatus: String { tr("detail.status") }
  static var labelTargetDate: String { tr("detail.targetDate") }
  static var labelCriteria: String { tr("detail.criteria") }
  static var labelExitOutcome: String { tr("detail.exitOutcome") }
  /// "Enrichment, 20 days (since 2026-10-12)".
  static func stageSince(_ stage: String, days: Int, since day: String) -> String {
    tr("detail.stageSince", ["stage": stage, "days": UIText.days(days), "day": day])
  }
  static func asked(_ amount: String) -> String { tr("detail.asked", ["amount": amount]) }
  static func granted(_ amount: String) -> String { tr("detail.granted", ["amount": amount]) }
  static func submitted(_ day: String) -> String { tr("detail.submitted", ["day": day]) }
  static func decided(_ day: String) -> String { tr("detail.decided", ["day": day]) }
  static func module(_ kind: String, status: String) -> String {
    tr("detail.module", ["kind": kind, "status": status])
  }
  static var privateNote: String { tr("detail.private") }
  static var nobodyYet: String { tr("detail.nobodyYet") }
  static var noModules: String { tr("detail.noModules") }
  static var noImpact: String { tr("detail.noImpact") }
  static var noFinancing: String { tr("detail.noFinancing") }
  static var noExitPlan: String { tr("detail.noExitPlan") }
  static var exitPlanMissing: String { tr("detail.exitPlanMissing") }
  static var noNotes: String { tr("detail.noNotes") }
  static var noHistory: String { tr("detail.noHistory") }
  static func days(_ n: Int) -> String { tr("detail.days", ["n": n]) }
  static func score(_ mean: String, reviewers: Int) -> String {
    tr("detail.scoreMean", ["mean": mean, "n": reviewers])
  }
  static func indicator(_ name: String, baseline: String, current: String, target: String, unit: String) -> String {
    tr("detail.indicator", ["name": name, "baseline": baseline, "current": current, "target": target, "unit": unit])
  }
  static func financingStatus(_ status: FinancingStatus) -> String { tr("status.financing.\(status.rawValue)") }
  static func exitPlanStatus(_ status: ExitPlanStatus) -> String { tr("status.exitPlan.\(status.rawValue)") }
  /// The stage and the day as the detail shows them: the stage in the current language while it
  /// keeps its default name, the day the language's way.
  static func decision(_ kind: Decision.Kind, stageName: (String) -> String = { $0 }) -> String {
    switch kind {
    case .accept(let stage): tr("detail.acceptedInto", ["stage": stageName(stage)])
    case .decline(let reason, let text):
      text.isEmpty
        ? tr("detail.declined", ["reason": reason.label])
        : tr("detail.declinedWhy", ["reason": reason.label, "text": text])
    case .park(let day): tr("detail.parkedUntil", ["day": Format.day(day)])
    case .merge(let into): tr("detail.mergedInto", ["code": into.code])
    }
  }

  // What update says.
  static func ideaGone(_ code: String) -> String { tr("board.ideaGone", ["code": code]) }
  static var nothingToUndo: String { tr("board.nothingToUndo") }
  static var nothingToRedo: String { tr("board.nothingToRedo") }
  static var noCard: String { tr("board.noCard") }
  static func firstStage(_ code: String) -> String { tr("board.firstStage", ["code": code]) }
  static func lastStage(_ code: String) -> String { tr("board.lastStage", ["code": code]) }
  static func topOfColumn(_ code: String) -> String { tr("board.topOfColumn", ["code": code]) }
  static func bottomOfColumn(_ code: String) -> String { tr("board.bottomOfColumn", ["code": code]) }
  static func moved(_ code: String, to stage: String) -> String { tr("board.moved", ["code": code, "stage": stage]) }
  static func reordered(_ code: String, position: Int, stage: String) -> String {
    tr("board.reordered", ["code": code, "position": position, "stage": stage])
  }
  static func undone(_ text: String) -> String { tr("board.undone", ["text": text]) }
  static func redone(_ text: String) -> String { tr("board.redone", ["text": text]) }
  static var noSearch: String { tr("search.none") }
  static var searchCleared: String { tr("search.cleared") }
  static var noMatch: String { tr("search.nothingMatches") }
  static func offBoard(_ code: String, _ outcome: String) -> String {
    tr("board.offBoard", ["code": code, "outcome": outcome])
  }
  static func noIdea(_ code: String) -> String { tr("board.noIdea", ["code": code]) }
  static func unknownCommand(_ word: String) -> String {
    tr(
      "palette.unknownCommand",
      ["word": word, "commands": PaletteCommand.all.map(\.name.rawValue).joined(separator: ", ")])
  }
  static var goNeedsCode: String { tr("palette.goNeedsCode") }
  static func themeChanged(_ name: String) -> String { tr("palette.themeChanged", ["name": name]) }
}
