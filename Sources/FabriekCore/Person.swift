/// Someone the factory works with: innovator, mentor, partner or staff.
public struct Person: Hashable, Codable, Sendable, Identifiable {
  public var id: PersonID
  public var givenName: String
  public var familyName: String
  public var email: String
  public var phone: String
  public var organisation: String
  public var roles: [PersonRole]
  public var expertise: [String]
  /// ISO 639-1 codes: nl, fr, en, …
  public var languages: [String]
  /// How many ideas the person can mentor at once.
  public var mentorCapacity: Int?
  public var hoursBudget: Int?
  public var consentDate: Day?
  public var consentPurpose: String
  public var retentionDate: Day?
  /// Agreed to be shown by full name in present mode; otherwise first name and initial.
  public var showFullName: Bool

  public init(id: PersonID, givenName: String, familyName: String, email: String = "", roles: [PersonRole] = []) {
    self.id = id
    self.givenName = givenName
    self.familyName = familyName
    self.email = email
    phone = ""
    organisation = ""
    self.roles = roles
    expertise = []
    languages = []
    mentorCapacity = nil
    hoursBudget = nil
    consentDate = nil
    consentPurpose = ""
    retentionDate = nil
    showFullName = false
  }

  public var fullName: String {
    [givenName, familyName].filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// What may be shown to a room of outsiders: `Sofie D.` unless the person agreed to more.
  public var publicName: String {
    if showFullName { return fullName }
    guard let initial = familyName.first else { return givenName }
    return givenName.isEmpty ? "\(initial)." : "\(givenName) \(initial)."
  }
}

/// A vision session, co-creation, campaign, competition round, training or networking event.
public struct Session: Hashable, Codable, Sendable, Identifiable {
  public var id: SessionID
  public var kind: SessionKind
  public var title: String
  public var date: Day
  public var facilitator: PersonID?
  /// The ideas to discuss, in order.
  public var agenda: [IdeaID]
  public var participants: [PersonID]
  public var votes: [DotVote]

  public init(id: SessionID, kind: SessionKind, title: String, date: Day) {
    self.id = id
    self.kind = kind
    self.title = title
    self.date = date
    facilitator = nil
    agenda = []
    participants = []
    votes = []
  }

  /// Votes per idea, highest first.
  public var tally: [(IdeaID, Int)] {
    var counts: [IdeaID: Int] = [:]
    for v in votes { counts[v.idea, default: 0] += v.dots }
    return counts.filter { $0.value > 0 }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
  }
}

/// Dots a participant (or the room, when `participant` is nil) gave an idea in a session.
public struct DotVote: Hashable, Codable, Sendable {
  public var idea: IdeaID
  public var participant: PersonID?
  public var dots: Int
  public init(idea: IdeaID, participant: PersonID?, dots: Int) {
    self.idea = idea; self.participant = participant; self.dots = dots
  }
}

/// One line of a board's history: who changed what, when and why.
public struct HistoryEntry: Hashable, Codable, Sendable {
  public enum Subject: Hashable, Codable, Sendable {
    case idea(IdeaID)
    case person(PersonID)
    case session(SessionID)
    case board
  }
  public var at: Timestamp
  public var who: String
  public var subject: Subject
  public var what: String
  public var why: String?
  /// Where the change put its idea, when it changed the idea's place: the stage it entered,
  /// or how it left the board. What reports count stages by (`Reports/`); nil for a change
  /// that left the idea where it was, and on lines written before fabriek recorded it.
  public var event: StageEvent?
  /// The person a change about an idea concerns too (a match's mentor or partner), so that
  /// it is in their history as well (`Board.history(of:)`).
  public var person: PersonID?
  public init(
    at: Timestamp, who: String, subject: Subject, what: String, why: String? = nil, event: StageEvent? = nil
  ) {
    self.at = at
    self.who = who
    self.subject = subject
    self.what = what
    self.why = why
    self.event = event
  }
}
