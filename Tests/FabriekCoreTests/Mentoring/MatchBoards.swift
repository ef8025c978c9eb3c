import Foundation

@testable import FabriekCore

/// Boards for the match tests: an idea in Enrichment by an innovator of "Coopérative Ixelles",
/// with a coach; mentors with capacities and budgets; a colleague of the innovator.
enum MatchBoards {
  static let t0 = Timestamp(iso: "2026-03-02T09:00:00Z") ?? Timestamp(seconds: 0)
  static let t1 = Timestamp(seconds: t0.seconds + 86_400)
  static let t2 = Timestamp(seconds: t0.seconds + 2 * 86_400)

  static let innovator = PersonID(1)
  static let coach = PersonID(2)
  /// Capacity 1, budget 10 h.
  static let els = PersonID(3)
  /// No capacity or budget given.
  static let koen = PersonID(4)
  /// Of the innovator's organisation.
  static let colleague = PersonID(5)
  static let partner = PersonID(6)
  static let idea = IdeaID(1)
  static let other = IdeaID(2)

  static func board() throws -> Board {
    var b = Board(name: "Matches")
    var amina = Person(id: innovator, givenName: "Amina", familyName: "Diallo", roles: [.innovator])
    amina.organisation = "Coopérative Ixelles"
    var els = Person(id: els, givenName: "Els", familyName: "Maes", email: "els@example.be", roles: [.mentor])
    els.mentorCapacity = 1
    els.hoursBudget = 10
    var colleague = Person(id: colleague, givenName: "Marc", familyName: "Leroy", roles: [.mentor])
    colleague.organisation = "cooperative ixelles"
    let people = [
      amina, Person(id: coach, givenName: "Noor", familyName: "Coach", roles: [.staff, .mentor]), els,
      Person(id: koen, givenName: "Koen", familyName: "Peeters", roles: [.mentor]), colleague,
      Person(id: partner, givenName: "Bedrijf", familyName: "NV", roles: [.partner]),
    ]
    for p in people { try b.apply(.addPerson(p), by: "t", at: t0) }
    var i = Idea(id: idea, title: "Restojardin", stage: Stage.enrichment, created: t0)
    i.innovators = [innovator]
    i.coach = coach
    try b.apply(.addIdea(i), by: "t", at: t0)
    try b.apply(.addIdea(Idea(id: other, title: "Ander", stage: Stage.enrichment, created: t0)), by: "t", at: t0)
    return b
  }

  static func proposal(_ n: Int, _ idea: IdeaID, _ person: PersonID, kind: MatchKind = .mentor) -> Match {
    Match(id: MatchID(n), idea: idea, person: person, kind: kind, proposedBy: "Noor", proposedAt: t0)
  }

  static func move(_ id: Int, _ state: MatchState, reason: MatchEndReason? = nil, override: String? = nil)
    -> BoardOperation
  {
    .moveMatch(MatchID(id), MatchTransition(state, at: t1, by: "Noor"), reason: reason, override: override)
  }

  static func hours(_ id: Int, minutes: Int, note: String = "", override: String? = nil) -> BoardOperation {
    .logHours(MatchID(id), HoursEntry(day: t1.day, minutes: minutes, note: note), override: override)
  }

  /// `board` with every operation applied (by "t" at t0).
  static func applying(_ board: Board, _ ops: [BoardOperation]) throws -> Board {
    var b = board
    for op in ops { try b.apply(op, by: "t", at: t2) }
    return b
  }
}
