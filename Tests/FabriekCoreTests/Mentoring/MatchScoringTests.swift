import Testing

@testable import FabriekCore

/// The parts of a suggestion that come from matches: hours against the budget, how past
/// matches ended, a region matched in before; the exclusions they add; weights from the board.
@Suite("Scoring suggestions from matches")
struct MatchScoringTests {
  typealias B = MatchBoards
  /// Only the part under test weighs.
  static func only(_ set: (inout MatchWeights) -> Void) -> MatchWeights {
    var w = MatchWeights(expertise: 0, themesCounted: 0, language: 0, capacity: 0, hours: 0, outcomes: 0, region: 0)
    set(&w)
    return w
  }

  static func score(_ b: Board, _ person: PersonID, _ w: MatchWeights, idea: IdeaID = B.idea) -> MentorSuggestion? {
    b.mentorSuggestions(for: idea, weights: w, limit: 100).first { $0.person == person }
  }

  @Test("hours left of the budget count as a share, and say so: 3 of 10 h")
  func hours() throws {
    let b = try B.applying(
      B.board(), [.proposeMatch(B.proposal(1, B.other, B.els)), B.move(1, .active), B.hours(1, minutes: 180)])
    let s = try #require(Self.score(b, B.els, Self.only { $0.hours = 2 }))
    #expect(s.score == 1.4, "2 · 7/10")
    #expect(s.reasons.contains("3 of 10 h"))
    Language.$current.withValue(.nl) { #expect(s.reasons.contains("3 van 10 u")) }
    let spent = try B.applying(b, [B.hours(1, minutes: 420)])
    #expect(Self.score(spent, B.els, Self.only { $0.hours = 2 })?.score == -2, "no hours left: the weight is taken off")
  }

  @Test("past matches that reached their goal count for, those that did not fit against")
  func outcomes() throws {
    var b = try B.board()
    for n in 3...5 { try b.apply(.addIdea(Idea(id: IdeaID(n), title: "I\(n)", created: B.t0)), by: "t", at: B.t0) }
    let ends: [MatchEndReason.Kind] = [.goalReached, .goalReached, .noFit]
    for (k, kind) in ends.enumerated() {
      b = try B.applying(
        b,
        [
          .proposeMatch(B.proposal(k + 1, IdeaID(k + 3), B.koen)), B.move(k + 1, .active),
          B.move(k + 1, .ended, reason: MatchEndReason(kind)),
        ])
    }
    let s = try #require(Self.score(b, B.koen, Self.only { $0.outcomes = 3 }))
    #expect(s.score == 1, "3 · (2 − 1) / 3")
    #expect(s.reasons == ["2 goals reached, 1 no fit"])
  }

  @Test("a region the person has had a match in before")
  func region() throws {
    var b = try B.board()
    try b.apply(.editIdea(B.idea, [.region(.antwerp)]), by: "t", at: B.t0)
    try b.apply(.editIdea(B.other, [.region(.antwerp)]), by: "t", at: B.t0)
    #expect(Self.score(b, B.koen, Self.only { $0.region = 1.5 })?.score == 0)
    b = try B.applying(b, [.proposeMatch(B.proposal(1, B.other, B.koen)), B.move(1, .active)])
    let s = try #require(Self.score(b, B.koen, Self.only { $0.region = 1.5 }))
    #expect(s.score == 1.5)
    #expect(s.reasons == ["matched in Antwerp before"])
  }

  @Test("capacity counts active matches on ideas still in the programme")
  func capacity() throws {
    let b = try B.applying(B.board(), [.proposeMatch(B.proposal(1, B.other, B.els)), B.move(1, .active)])
    #expect(b.mentorLoad()[B.els] == 1)
    #expect(Self.score(b, B.els, Self.only { $0.capacity = 2 })?.reasons.first == "no place free (1 of 1)")
    var exited = b
    try exited.apply(.moveIdea(B.other, stage: Stage.exited, index: nil, enteredAt: B.t1), by: "t", at: B.t1)
    #expect(exited.mentorLoad()[B.els] == nil)
  }

  @Test("people declined before for the idea, or matched with it already, are left out")
  func exclusions() throws {
    let b = try B.applying(
      B.board(),
      [
        .proposeMatch(B.proposal(1, B.idea, B.koen)), B.move(1, .declined, reason: MatchEndReason(.noFit)),
        .proposeMatch(B.proposal(2, B.idea, B.els)),
      ])
    let people = b.mentorSuggestions(for: B.idea, limit: 100).map(\.person)
    #expect(!people.contains(B.koen), "declined before")
    #expect(!people.contains(B.els), "proposed already")
    #expect(!people.contains(B.colleague), "same organisation as the innovator")
    #expect(!people.contains(B.coach), "the coach")
    #expect(b.mentorSuggestions(for: B.other, limit: 100).map(\.person).contains(B.koen), "only for that idea")
  }

  @Test("the board's weights are used when none are given")
  func weightsFromTheBoard() throws {
    var b = try B.board()
    try b.apply(.editPerson({ var p = b.people[B.koen]!; p.languages = ["fr"]; return p }()), by: "t", at: B.t0)
    try b.apply(.editPerson({ var p = b.people[B.innovator]!; p.languages = ["fr"]; return p }()), by: "t", at: B.t0)
    #expect(b.mentorSuggestions(for: B.idea).first { $0.person == B.koen }?.score == 2)
    try b.apply(.setMatchWeights(Self.only { $0.language = 7 }), by: "t", at: B.t0)
    #expect(b.mentorSuggestions(for: B.idea).first { $0.person == B.koen }?.score == 7)
    #expect(MentorScorer(b).weights == b.weights)
  }
}
