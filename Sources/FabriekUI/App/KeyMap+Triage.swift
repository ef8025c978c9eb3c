/// The triage screen's key maps: digits score, one key per decision; a decision's prompt is a
/// layer of its own.
extension KeyMap {
  public static let triage = KeyMap(
    layer: .triage,
    bindings: [
      KeyBinding(
        digits: 1...9, { .score($0) }, help: "keys.scoreCurrentCriterionGoNext", hint: "keys.hint.score"),
      KeyBinding([.down, .tab, .char("j")], .criterion(.next), help: "keys.nextCriterion"),
      KeyBinding([.up, .backTab, .char("k")], .criterion(.previous), help: "keys.previousCriterion"),
      KeyBinding([.char("a")], .decide(.accept), help: "keys.acceptIntoIdeaGeneration", hint: "keys.hint.accept"),
      KeyBinding([.char("A")], .decide(.acceptInto), help: "keys.acceptIntoStageYouChoose"),
      KeyBinding([.char("d")], .decide(.decline), help: "keys.declineWithReason", hint: "keys.hint.decline"),
      KeyBinding([.char("p")], .decide(.park), help: "keys.parkUntilRevisitDate", hint: "keys.hint.park"),
      KeyBinding([.char("m")], .decide(.merge), help: "keys.mergeIntoIdea", hint: "keys.hint.merge"),
      KeyBinding([.char("s"), .right], .candidate(.next), help: "keys.skipNextCandidate", hint: "keys.hint.skip"),
      KeyBinding([.left], .candidate(.previous), help: "keys.backPreviousCandidate"),
      KeyBinding([.pageDown, .char(" ")], .scrollPage(.next), help: "keys.scrollRecordDown"),
      KeyBinding([.pageUp], .scrollPage(.previous), help: "keys.scrollRecordUp"),
      KeyBinding([.char("e")], .editIdea, help: "keys.editCandidateBackTriageAfter"),
      KeyBinding([.char("N")], .addNote, help: "keys.noteCandidate"),
      KeyBinding([.char("u")], .undo, help: "keys.undoLastDecisionScore", hint: "keys.hint.undo"),
      KeyBinding([.ctrl("r")], .redo, help: "keys.redoWhatUndone"),
      KeyBinding([.escape, .char("q")], .close, help: "keys.backBoard", hint: "keys.hint.board"),
      KeyBinding([.char(":")], .openPalette, help: "keys.commandPalette"),
      KeyBinding([.char("T")], .nextTheme, help: "keys.nextTheme"),
      KeyBinding([.char("?")], .showHelp, help: "keys.help", hint: "keys.hint.help"),
    ])

  /// A y/n question: `y` goes ahead, `n` or Esc leaves things as they are; other keys do
  /// nothing, so that a stray key changes no decision.
  public static let triageQuestion = question(
    .triageQuestion, yes: ("keys.yesChangeDecisionGoBack", nil), no: ("keys.noLeave", nil))

  /// Typed characters go into the prompt's text (the decline reason, the revisit date).
  public static let triagePrompt = textLine(
    .triagePrompt, enter: ("keys.confirmDecision", "keys.hint.confirm"),
    between: [
      KeyBinding([.down, .tab], .complete(.next), help: "keys.nextReasonStageDuplicate", hint: "keys.hint.choose"),
      KeyBinding([.up, .backTab], .complete(.previous), help: "keys.previousReasonStageDuplicate", hint: "keys.hint.choose"),
    ],
    escape: ("keys.cancelDecision", "keys.hint.cancel"))
}
