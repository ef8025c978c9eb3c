/// The triage screen's key maps: digits score, one key per decision; a decision's prompt is a
/// layer of its own.
extension KeyMap {
  public static let triage = KeyMap(
    layer: .triage,
    bindings: [
      KeyBinding(
        digits: 1...9, { .score($0) }, help: "score the current criterion (and go to the next)", hint: "score"),
      KeyBinding([.down, .tab, .char("j")], .criterion(.next), help: "next criterion"),
      KeyBinding([.up, .backTab, .char("k")], .criterion(.previous), help: "previous criterion"),
      KeyBinding([.char("a")], .decide(.accept), help: "accept into Idea generation", hint: "accept"),
      KeyBinding([.char("A")], .decide(.acceptInto), help: "accept into a stage you choose"),
      KeyBinding([.char("d")], .decide(.decline), help: "decline, with a reason", hint: "decline"),
      KeyBinding([.char("p")], .decide(.park), help: "park until a revisit date", hint: "park"),
      KeyBinding([.char("m")], .decide(.merge), help: "merge into a suspected duplicate", hint: "merge"),
      KeyBinding([.char("s"), .right], .candidate(.next), help: "skip to the next candidate", hint: "skip"),
      KeyBinding([.left], .candidate(.previous), help: "back to the previous candidate"),
      KeyBinding([.pageDown, .char(" ")], .scrollPage(.next), help: "scroll the record down"),
      KeyBinding([.pageUp], .scrollPage(.previous), help: "scroll the record up"),
      KeyBinding([.char("e")], .editIdea, help: "edit the candidate (back to triage after)"),
      KeyBinding([.char("N")], .addNote, help: "a note on the candidate"),
      KeyBinding([.char("u")], .undo, help: "undo the last decision or score", hint: "undo"),
      KeyBinding([.ctrl("r")], .redo, help: "redo what was undone"),
      KeyBinding([.escape, .char("q")], .close, help: "back to the board", hint: "board"),
      KeyBinding([.char(":")], .openPalette, help: "command palette"),
      KeyBinding([.char("T")], .nextTheme, help: "next theme"),
      KeyBinding([.char("?")], .showHelp, help: "help", hint: "help"),
    ])

  /// A y/n question: `y` goes ahead, `n` or Esc leaves things as they are; other keys do
  /// nothing, so that a stray key changes no decision.
  public static let triageQuestion = KeyMap(
    layer: .triageQuestion, under: [], otherKeys: (nil, "nothing: the question stays"),
    bindings: [
      KeyBinding([.char("y"), .char("Y")], .confirm, help: "yes: change the decision, or go back to the skipped"),
      KeyBinding([.char("n"), .char("N"), .escape], .close, help: "no: leave it as it is"),
    ])

  /// Typed characters go into the prompt's text (the decline reason, the revisit date).
  public static let triagePrompt = KeyMap(
    layer: .triagePrompt, under: [.typing, .everywhere], takesText: true,
    bindings: [
      KeyBinding([.enter], .confirm, help: "confirm the decision", hint: "confirm"),
      KeyBinding([.down, .tab], .complete(.next), help: "next reason, stage or duplicate", hint: "choose"),
      KeyBinding([.up, .backTab], .complete(.previous), help: "previous reason, stage or duplicate", hint: "choose"),
      KeyBinding([.escape], .close, help: "cancel the decision", hint: "cancel"),
    ])
}
