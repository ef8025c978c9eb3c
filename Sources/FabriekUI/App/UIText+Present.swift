/// Present mode's words, English first; Dutch and French to follow.
extension UIText {
  static let modePresent = "PRESENT"
  static let presentHelpHeading = "Present (the board on a projector; personal data hidden)"
  /// The theme present mode switches to, and back from when it ends.
  static let presentTheme = "projector"

  static func viewName(_ view: PresentState.View) -> String {
    switch view {
    case .board: "board"
    case .spotlight: "spotlight"
    case .votes: "votes"
    case .timer: "timer"
    }
  }

  static func presentSessionTitle(_ day: String) -> String { "Co-creation \(day)" }
  static let presentNoSession = "no session yet: the first vote or note starts one"
  static func presentNoSuchSession(_ code: String) -> String { "There is no session \(code); presenting without one." }
  static let presentNoSessionYet = "No session yet: the first vote or note starts one."
  static let presentNothingSpotlighted = "No idea in the spotlight: ←/→ choose one."
  static func presentNoDotToTake(_ code: String) -> String { "\(code) has no dot to take back." }
  static let presentEmptyNote = "Nothing typed: no note added."
  static let presentNoIdeas = "No ideas on the board."
  static func presentMore(_ n: Int) -> String { "… and \(n) more" }
  static func presentStage(_ name: String, count: Int) -> String { "\(name) (\(count))" }

  static func presentDots(_ n: Int) -> String { n == 1 ? "1 dot" : "\(n) dots" }
  static let presentVotesTitle = "Dot votes"
  static let presentNoVotes = "No votes yet: + gives the spotlighted idea a dot."
  static func presentContributions(_ n: Int) -> String { n == 1 ? "1 contribution" : "\(n) contributions" }
  static func presentStep(_ index: Int, of count: Int) -> String { "\(index) / \(count)" }

  static let presentTimerRunning = "running · s pauses"
  static let presentTimerPaused = "paused · s starts · +/- a minute · 1–5 presets"
  static let presentTimeUp = "TIME IS UP"
  static let presentTimeUpHint = "time is up · s starts again"

  static let presentCapturePrompt = "Note: "
  static let presentSummaryTitle = "Session summary"
  static func presentTimer(_ seconds: Int) -> String { format2(seconds / 60) + ":" + format2(seconds % 60) }
  private static func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
