/// Present mode's key maps: the views, the spotlight, votes, the timer; the contribution line
/// and the session summary are layers of their own.
extension KeyMap {
  public static let present = KeyMap(
    layer: .present,
    bindings: [
      KeyBinding(
        [.tab, .char("v")], .present(.cycleView(.next)), help: "next view: board, spotlight, votes, timer", hint: "view"
      ),
      KeyBinding([.backTab], .present(.cycleView(.previous)), help: "previous view"),
      KeyBinding(
        [.right, .char(" "), .char("l")], .present(.step(.next)), help: "spotlight the next idea", hint: "idea"),
      KeyBinding([.left, .char("h")], .present(.step(.previous)), help: "spotlight the previous idea", hint: "idea"),
      KeyBinding(
        [.char("+"), .char("=")], .present(.adjust(.next)),
        help: "a dot for the spotlighted idea (timer: a minute more)",
        hint: "vote"),
      KeyBinding(
        [.char("-")], .present(.adjust(.previous)), help: "take a dot back (timer: a minute less)", hint: "vote"),
      KeyBinding([.char("s")], .present(.toggleTimer), help: "start or pause the timer", hint: "timer"),
      KeyBinding(
        digits: 1...PresentTimer.presets.count, { .present(.preset($0)) },
        help: "timer presets: " + PresentTimer.presets.map { "\($0)" }.joined(separator: ", ") + " minutes"),
      KeyBinding([.char("i")], .present(.capture), help: "add a contribution to the spotlighted idea", hint: "note"),
      KeyBinding([.char("S")], .present(.summary), help: "the session's summary"),
      KeyBinding([.char("u")], .undo, help: "undo the last vote or note"),
      KeyBinding([.ctrl("r")], .redo, help: "redo what was undone"),
      KeyBinding([.char("?")], .showHelp, help: "help", hint: "help"),
      KeyBinding([.escape, .char("q")], .present(.leave), help: "leave present mode", hint: "leave"),
    ])

  /// Typed characters go into the contribution line; these are the other keys.
  public static let presentCapture = KeyMap(
    layer: .presentCapture, under: [.typing, .everywhere], takesText: true,
    bindings: [
      KeyBinding([.enter], .confirm, help: "save the contribution", hint: "save"),
      KeyBinding([.escape], .close, help: "cancel", hint: "cancel"),
    ])

  /// The session summary overlay.
  public static let presentSummary = KeyMap(
    layer: .presentSummary, under: [.scrolling, .everywhere],
    bindings: [
      KeyBinding([.escape, .char("q"), .char("S")], .close, help: "close the summary", hint: "close")
    ])
}
