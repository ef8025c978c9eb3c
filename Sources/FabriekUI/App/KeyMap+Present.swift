/// Present mode's key maps: the views, the spotlight, votes, the timer; the contribution line
/// and the session summary are layers of their own.
extension KeyMap {
  public static let present = KeyMap(
    layer: .present,
    bindings: [
      KeyBinding(
        [.tab, .char("v")], .present(.cycleView(.next)), help: "keys.nextViewBoardSpotlightVotes", hint: "keys.hint.view"
      ),
      KeyBinding([.backTab], .present(.cycleView(.previous)), help: "keys.previousView"),
      KeyBinding(
        [.right, .char(" "), .char("l")], .present(.step(.next)), help: "keys.spotlightNextIdea", hint: "keys.hint.idea"),
      KeyBinding([.left, .char("h")], .present(.step(.previous)), help: "keys.spotlightPreviousIdea", hint: "keys.hint.idea"),
      KeyBinding(
        [.char("+"), .char("=")], .present(.adjust(.next)),
        help: "keys.dotForSpotlightedIdeaTimer",
        hint: "keys.hint.vote"),
      KeyBinding(
        [.char("-")], .present(.adjust(.previous)), help: "keys.takeDotBackTimerMinute", hint: "keys.hint.vote"),
      KeyBinding([.char("s")], .present(.toggleTimer), help: "keys.startPauseTimer", hint: "keys.hint.timer"),
      KeyBinding(
        digits: 1...PresentTimer.presets.count, { .present(.preset($0)) },
        help: "keys.timerPresetsMinutes",
        arguments: ["minutes": PresentTimer.presets.map { "\($0)" }.joined(separator: ", ")]),
      KeyBinding([.char("i")], .present(.capture), help: "keys.addContributionSpotlightedIdea", hint: "keys.hint.note"),
      KeyBinding([.char("S")], .present(.summary), help: "keys.sessionSummary"),
      KeyBinding([.char("u")], .undo, help: "keys.undoLastVoteNote"),
      KeyBinding([.ctrl("r")], .redo, help: "keys.redoWhatUndone"),
      KeyBinding([.char("?")], .showHelp, help: "keys.help", hint: "keys.hint.help"),
      KeyBinding([.escape, .char("q")], .present(.leave), help: "keys.leavePresentMode", hint: "keys.hint.leave"),
    ])

  /// Typed characters go into the contribution line; these are the other keys.
  public static let presentCapture = textLine(
    .presentCapture, enter: ("keys.saveContribution", "keys.hint.save"), escape: ("keys.cancel", "keys.hint.cancel"))

  /// The session summary overlay.
  public static let presentSummary = KeyMap(
    layer: .presentSummary, under: [.scrolling, .everywhere],
    bindings: [
      KeyBinding([.escape, .char("q"), .char("S")], .close, help: "keys.closeSummary", hint: "keys.hint.close")
    ])
}
