/// One brokered link between an idea and a mentor or partner, from the proposal to its end.
/// An idea's mentors (`Idea.mentors`) are the people of its active mentor matches, in the
/// order they became active (`Board+Matches.swift` keeps the two in step).
public struct Match: Hashable, Codable, Sendable, Identifiable {
  /// Give a new hours entry this id to have it numbered when it is applied.
  public static let nextFreeEntry: LocalID = 0

  public var id: MatchID
  public var idea: IdeaID
  public var person: PersonID
  public var kind: MatchKind
  public var state: MatchState
  public var proposedBy: String
  public var proposedAt: Timestamp
  /// Every change of state after the proposal, oldest first: when, to what, by whom.
  public var transitions: [MatchTransition]
  /// Why it ended or was declined.
  public var endReason: MatchEndReason?
  /// Hours logged, in id order.
  public var hours: [HoursEntry]
  /// Why a capacity or hours-budget rule was knowingly broken for this match, when one was.
  public var overrideReason: String?

  public init(
    id: MatchID, idea: IdeaID, person: PersonID, kind: MatchKind = .mentor, state: MatchState = .proposed,
    proposedBy: String, proposedAt: Timestamp
  ) {
    self.id = id
    self.idea = idea
    self.person = person
    self.kind = kind
    self.state = state
    self.proposedBy = proposedBy
    self.proposedAt = proposedAt
    transitions = []
    endReason = nil
    hours = []
    overrideReason = nil
  }

  public var code: String { id.code }

  /// Open: proposed, introduced or active (not ended or declined).
  public var isOpen: Bool { state.isOpen }

  /// When it last became active (the proposal's time if it was added active without a
  /// transition): what orders an idea's mentors.
  public var activatedAt: Timestamp {
    transitions.last { $0.state == .active }?.at ?? proposedAt
  }

  /// The minutes logged in all.
  public var minutes: Int { hours.reduce(0) { $0 + $1.minutes } }
}

public enum MatchKind: String, Codable, Sendable, CaseIterable {
  case mentor, partner
  /// The person role that a match of this kind asks for.
  public var role: PersonRole { self == .mentor ? .mentor : .partner }
}

/// proposed → introduced → active → ended, or declined. `allowedNext` lists the moves.
public enum MatchState: String, Codable, Sendable, CaseIterable {
  case proposed, introduced, active, ended, declined

  public var isOpen: Bool { self == .proposed || self == .introduced || self == .active }

  /// The states a match may move to from this one: proposed → introduced, active or declined;
  /// introduced → active, declined or ended; active → ended. Ended and declined are final.
  public var allowedNext: [MatchState] {
    switch self {
    case .proposed: [.introduced, .active, .declined]
    case .introduced: [.active, .declined, .ended]
    case .active: [.ended]
    case .ended, .declined: []
    }
  }

  /// Ending and declining need a reason.
  public var needsReason: Bool { self == .ended || self == .declined }

  public var label: String { tr("match.state." + rawValue) }
}

/// One change of a match's state.
public struct MatchTransition: Hashable, Codable, Sendable {
  public var state: MatchState
  public var at: Timestamp
  public var by: String
  public init(_ state: MatchState, at: Timestamp, by: String) { self.state = state; self.at = at; self.by = by }
}

/// Why a match ended or was declined: a kind that reports count, and free text.
public struct MatchEndReason: Hashable, Codable, Sendable {
  public enum Kind: String, Codable, Sendable, CaseIterable {
    case goalReached = "goal-reached"
    case noFit = "no-fit"
    case noTime = "no-time"
    case other
    public var label: String { tr("match.end." + rawValue) }
  }
  public var kind: Kind
  public var text: String
  public init(_ kind: Kind, text: String = "") { self.kind = kind; self.text = text }
}

/// Time spent on a match on one day. Kept in whole minutes (`1.5` hours is 90), so sums are
/// exact; `hours` is the decimal figure shown and written by the command line.
public struct HoursEntry: Hashable, Codable, Sendable, Identifiable {
  public var id: LocalID
  public var day: Day
  public var minutes: Int
  public var note: String

  public init(id: LocalID = Match.nextFreeEntry, day: Day, minutes: Int, note: String = "") {
    self.id = id; self.day = day; self.minutes = minutes; self.note = note
  }

  public var hours: Double { Double(minutes) / 60 }
}

extension CoreText {
  /// Minutes as decimal hours, at most two decimals: `1.5`, `1,5`.
  static func hours(_ minutes: Int, in language: Language = Language.current) -> String {
    language.decimal(Double(minutes) / 60, places: 2)
  }
}
