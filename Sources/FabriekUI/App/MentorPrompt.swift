import FabriekCore

/// A question the mentoring screens ask before a change: why to break a capacity or hours
/// rule on purpose, why a match ends or is declined, or the hours to log. What is typed is
/// kept here until Enter; Esc drops it and nothing changes.
public struct MentorPrompt: Hashable, Sendable {
  /// A change a rule refuses without a reason.
  public enum Pending: Hashable, Sendable {
    case propose(Match)
    case move(MatchID, MatchState, MatchEndReason?)
    case hours(MatchID, HoursEntry)
  }

  public enum Kind: Hashable, Sendable {
    /// A rule refuses the change (`refusal` says which): the reason to do it anyway.
    case override(Pending, refusal: String)
    /// Ending or declining a match: the kind of reason (Tab for another) and a few words.
    case reason(MatchID, MatchState, MatchEndReason.Kind)
    /// Logging hours on a match: hours, day and note, Tab from one to the next.
    case hours(MatchID)
  }

  /// The fields of the hours prompt, in order.
  public enum HoursField: Int, CaseIterable, Hashable, Sendable {
    case hours, day, note
  }

  public internal(set) var kind: Kind
  /// The words typed: the reason, or (hours) one text per `HoursField`.
  public internal(set) var texts: [String]
  /// The field typed into (hours); 0 otherwise.
  public internal(set) var field = 0

  init(_ kind: Kind, today: Day) {
    self.kind = kind
    if case .hours = kind {
      texts = ["", today.description, ""]
    } else {
      texts = [""]
    }
  }

  /// The text of the field typed into.
  public var text: String {
    get { texts.indices.contains(field) ? texts[field] : "" }
    set { if texts.indices.contains(field) { texts[field] = newValue } }
  }

  /// Tab: the next reason kind, or the next field of the hours.
  mutating func next(_ direction: Action.Direction) {
    let step = direction == .next ? 1 : -1
    switch kind {
    case .reason(let id, let state, let current):
      let all = MatchEndReason.Kind.allCases
      let index = all.firstIndex(of: current) ?? 0
      kind = .reason(id, state, all[(index + step + all.count) % all.count])
    case .hours:
      field = (field + step + texts.count) % texts.count
    case .override: break
    }
  }
}
