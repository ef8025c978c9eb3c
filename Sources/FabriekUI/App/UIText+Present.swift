import FabriekCore

/// Present mode's words.
extension UIText {
  /// The theme present mode switches to, and back from when it ends (a theme's name, not a text).
  static let presentTheme = "projector"

  static func viewName(_ view: PresentState.View) -> String { tr("present.view." + view.rawValue) }

  static func presentSessionTitle(_ day: String) -> String { tr("present.sessionTitle", ["day": day]) }
  static var presentNoSession: String { tr("present.noSession") }
  static func presentNoSuchSession(_ code: String) -> String { tr("present.noSuchSession", ["code": code]) }
  static var presentNoSessionYet: String { tr("present.noSessionYet") }
  static var presentNothingSpotlighted: String { tr("present.nothingSpotlighted") }
  static func presentNoDotToTake(_ code: String) -> String { tr("present.noDotToTake", ["code": code]) }
  static var presentEmptyNote: String { tr("present.emptyNote") }
  static var presentNoIdeas: String { tr("present.noIdeas") }
  static func presentMore(_ n: Int) -> String { tr("present.more", ["n": n]) }
  static func presentMoreStages(_ n: Int) -> String { tr("present.moreStages", ["n": n]) }
  static var listNoSessionToPresent: String { tr("list.noSessionToPresent") }
  static func presentUnknownSession(_ code: String) -> String { tr("present.unknownSession", ["code": code]) }
  static func presentStage(_ name: String, count: Int) -> String {
    "\(name) (\(Language.current.integer(Int64(count))))"
  }

  static func presentDots(_ n: Int) -> String { tr("present.dots", ["n": n]) }
  static var presentVotesTitle: String { tr("present.votesTitle") }
  static var presentNoVotes: String { tr("present.noVotes") }
  static func presentContributions(_ n: Int) -> String { tr("present.contributions", ["n": n]) }
  static func presentStep(_ index: Int, of count: Int) -> String { "\(index) / \(count)" }

  static var presentTimerRunning: String { tr("present.timerRunning") }
  static var presentTimerPaused: String { tr("present.timerPaused") }
  static var presentTimeUp: String { tr("present.timeUp") }
  static var presentTimeUpHint: String { tr("present.timeUpHint") }

  static var presentCapturePrompt: String { tr("present.capturePrompt") }
  static var presentSummaryTitle: String { tr("present.summaryTitle") }
  static func presentTimer(_ seconds: Int) -> String { format2(seconds / 60) + ":" + format2(seconds % 60) }
  private static func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
