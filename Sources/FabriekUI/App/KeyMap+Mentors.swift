/// The keys of the mentoring screens: the suggestions for an idea (`m`), the mentors screen
/// (`:mentors`, `b` on the board) with its tab of ideas without a mentor, and the pool
/// assignment's list.
extension KeyMap {
  /// The keys every page of the mentoring screens shares.
  static let mentorRowBindings: [KeyBinding] = rowBindings(Action.mentors) + listScreenBindings

  public static let suggestions = KeyMap(
    layer: .suggestions,
    bindings: [
      KeyBinding([.enter, .char("p")], .mentors(.propose), help: "keys.mentors.propose", hint: "keys.hint.propose"),
      KeyBinding([.tab, .backTab], .mentors(.switchRole), help: "keys.mentors.switchRole", hint: "keys.hint.partners"),
      KeyBinding([.char("J")], .mentors(.selectMatch(.next)), help: "keys.mentors.nextMatch"),
      KeyBinding([.char("K")], .mentors(.selectMatch(.previous)), help: "keys.mentors.previousMatch"),
      KeyBinding([.char("a")], .mentors(.advanceMatch), help: "keys.mentors.advanceMatch", hint: "keys.hint.advance"),
      KeyBinding([.char("x")], .mentors(.endMatch), help: "keys.mentors.endMatch"),
      KeyBinding([.char("d")], .mentors(.declineMatch), help: "keys.mentors.declineMatch"),
      KeyBinding([.char("h")], .mentors(.logHours), help: "keys.mentors.logHours", hint: "keys.hint.hours"),
    ] + mentorRowBindings + [
      KeyBinding([.escape, .char("q")], .close, help: "keys.mentors.close", hint: "keys.hint.back")
    ])

  public static let mentors = KeyMap(
    layer: .mentors,
    bindings: [
      KeyBinding([.tab, .backTab], .mentors(.switchTab), help: "keys.mentors.switchTab", hint: "keys.hint.tab")
    ] + mentorRowBindings + [
      KeyBinding([.escape, .char("q")], .close, help: "keys.mentors.close", hint: "keys.hint.back")
    ])

  /// The tab of ideas without a mentor: Enter suggests for one, `a` matches them all.
  public static let mentorsUnmatched = KeyMap(
    layer: .mentorsUnmatched, under: [.mentors, .everywhere],
    bindings: [
      KeyBinding([.enter, .char("m")], .mentors(.suggestForRow), help: "keys.mentors.suggestForIdea", hint: "keys.hint.suggest"),
      KeyBinding([.char("a")], .mentors(.matchPool), help: "keys.mentors.matchPool", hint: "keys.hint.matchPool"),
    ])

  /// The pool assignment: every row accepted until dropped; Enter proposes the accepted ones at once.
  public static let mentorPool = KeyMap(
    layer: .mentorPool,
    bindings: [
      KeyBinding([.char(" ")], .mentors(.toggleRow), help: "keys.mentors.toggleRow", hint: "keys.hint.toggle"),
      KeyBinding([.enter], .mentors(.commitPool), help: "keys.mentors.commitPool", hint: "keys.hint.propose"),
    ] + mentorRowBindings + [
      KeyBinding([.escape, .char("q")], .close, help: "keys.mentors.closePool", hint: "keys.hint.back")
    ])
}

extension KeyMap {
  /// A question of the mentoring screens: typed characters go into it; these are the other keys.
  public static let mentorPrompt = textLine(
    .mentorPrompt, enter: ("keys.mentors.confirmPrompt", "keys.hint.done"),
    between: [
      KeyBinding([.tab], .complete(.next), help: "keys.mentors.nextInPrompt", hint: "keys.hint.nextField"),
      KeyBinding([.backTab], .complete(.previous), help: "keys.mentors.previousInPrompt"),
    ],
    escape: ("keys.mentors.cancelPrompt", "keys.hint.cancel"))
}

/// The keys of the mentoring screens, as values.
public enum MentorAction: Hashable, Sendable {
  case move(Action.Direction)
  case page(Action.Direction)
  case first, last
  /// `m` on an idea (the board's focused card, the detail's idea): its suggestions.
  case suggest
  /// `b` on the board, `:mentors`: the mentors screen.
  case openScreen
  /// Tab in the suggestions: mentors or partners.
  case switchRole
  /// Tab in the mentors screen: the people or the ideas without a mentor.
  case switchTab
  /// Enter / `p` in the suggestions: propose the person under the cursor.
  case propose
  /// Enter / `m` on an idea without a mentor: its suggestions.
  case suggestForRow
  /// `a` on the ideas without a mentor: the pool assignment.
  case matchPool
  /// Space in the pool: accept or drop the row.
  case toggleRow
  /// Enter in the pool: propose every accepted row as one change.
  case commitPool
  /// `J` / `K` in the suggestions: the idea's next or previous match.
  case selectMatch(Action.Direction)
  /// `a`: the selected match on to introduced, then active.
  case advanceMatch
  /// `x` / `d`: end or decline the selected match (a reason is asked).
  case endMatch, declineMatch
  /// `h`: log hours on the selected match.
  case logHours
}
