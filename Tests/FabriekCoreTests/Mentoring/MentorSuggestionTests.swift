import Testing

@testable import FabriekCore

@Suite("Suggesting mentors for an idea")
struct MentorSuggestionTests {
  static let t0 = Timestamp(iso: "2026-03-02T09:00:00Z") ?? Timestamp(seconds: 0)

  /// An idea tagged circular and food, with financials still to do, by a French-speaking
  /// innovator of "Coopérative Ixelles"; five mentors, each built to test one part.
  static func board() throws -> Board {
    var b = Board(name: "Test")
    var innovator = Person(id: PersonID(1), givenName: "Amina", familyName: "Diallo", roles: [.innovator])
    innovator.languages = ["fr"]
    innovator.organisation = "Coopérative Ixelles"
    func mentor(_ n: Int, _ name: String, expertise: [String], languages: [String], capacity: Int?, org: String = "")
      -> Person
    {
      var p = Person(id: PersonID(n), givenName: name, familyName: "M", roles: [.mentor])
      p.expertise = expertise
      p.languages = languages
      p.mentorCapacity = capacity
      p.organisation = org
      return p
    }
    let people = [
      innovator,
      // All three themes, speaks French, 3 of 3 places free: 3·3 + 2 + 2 = 13.
      mentor(2, "Els", expertise: ["Circulaire economie", "voeding", "Financiën"], languages: ["nl", "fr"], capacity: 3),
      // Two themes, no shared language, 1 of 2 free: 3·2 + 0 + 1 = 7.
      mentor(3, "Koen", expertise: ["circulair bouwen", "fundraising"], languages: ["nl"], capacity: 2),
      // No theme, French, capacity not given: 2.
      mentor(4, "Léa", expertise: ["juridisch advies"], languages: ["fr"], capacity: nil),
      // Same organisation as the innovator: excluded whatever it scores.
      mentor(5, "Marc", expertise: ["circulaire economie"], languages: ["fr"], capacity: 5, org: "cooperative ixelles"),
      // Already the idea's coach: excluded.
      mentor(6, "Sara", expertise: ["voeding"], languages: ["fr"], capacity: 4),
    ]
    for p in people { try b.apply(.addPerson(p), by: "t", at: t0) }
    var idea = Idea(id: IdeaID(1), title: "Restojardin", stage: Stage.enrichment, created: t0, tags: ["#circulair", "voeding"])
    idea.innovators = [PersonID(1)]
    idea.coach = PersonID(6)
    idea.enrichment = [EnrichmentModule(kind: .financials, status: .planned)]
    try b.apply(.addIdea(idea), by: "t", at: t0)
    // Koen mentors another idea on the board already: one of his two places is taken.
    var other = Idea(id: IdeaID(2), title: "Ander", stage: Stage.enrichment, created: t0)
    other.mentors = [PersonID(3)]
    try b.apply(.addIdea(other), by: "t", at: t0)
    return b
  }

  @Test("each part adds up as the weights say, best first, with its reasons")
  func scoreParts() throws {
    let b = try Self.board()
    let s = b.mentorSuggestions(for: IdeaID(1))
    #expect(s.map(\.person) == [PersonID(2), PersonID(3), PersonID(4)])
    #expect(s.map(\.score) == [13, 7, 2])
    #expect(s[0].themes == ["circulair", "voeding", "solid financials"])
    #expect(s[0].reasons == ["circulair, voeding, solid financials", "speaks fr", "3 of 3 places free"])
    #expect(s[1].themes == ["circulair", "solid financials"])
    #expect(s[1].reasons == ["circulair, solid financials", "1 of 2 places free"])
    #expect(s[2].reasons == ["speaks fr"])
  }

  @Test("the idea's own people and people of an innovator's organisation are never proposed")
  func exclusions() throws {
    let s = try Self.board().mentorSuggestions(for: IdeaID(1))
    #expect(!s.contains { $0.person == PersonID(5) }, "same organisation")
    #expect(!s.contains { $0.person == PersonID(6) }, "the coach")
    #expect(!s.contains { $0.person == PersonID(1) }, "the innovator")
  }

  @Test("weights are data: language first when it weighs most")
  func weights() throws {
    let w = MatchWeights(expertise: 0.5, themesCounted: 3, language: 10, capacity: 0)
    let s = try Self.board().mentorSuggestions(for: IdeaID(1), weights: w)
    #expect(s.map(\.person) == [PersonID(2), PersonID(4), PersonID(3)])
    #expect(s.map(\.score) == [11.5, 10, 1])
  }

  @Test("a full mentor says so, in Dutch and French too")
  func fullMentor() throws {
    var b = try Self.board()
    var third = Idea(id: IdeaID(3), title: "Nog een", stage: Stage.realisation, created: Self.t0)
    third.mentors = [PersonID(3)]
    try b.apply(.addIdea(third), by: "t", at: Self.t0)
    let koen = try #require(b.mentorSuggestions(for: IdeaID(1)).first { $0.person == PersonID(3) })
    #expect(koen.score == 4, "two themes, no place: 3·2 − 2")
    #expect(koen.reasons.last == "no place free (2 of 2)")
    Language.$current.withValue(.nl) { #expect(koen.reasons.last == "geen plaats vrij (2 van 2)") }
    Language.$current.withValue(.fr) { #expect(koen.reasons.last == "aucune place libre (2 sur 2)") }
  }

  @Test("without the innovators' languages, the language the idea is written in counts")
  func textLanguage() throws {
    var idea = Idea(id: IdeaID(9), title: "Une épicerie pour le quartier", created: Self.t0)
    idea.pitch = "Des produits locaux et une caisse solidaire"
    #expect(MentorMatching.language(of: idea) == "fr")
    idea = Idea(id: IdeaID(9), title: "Een buurtwinkel voor de wijk", created: Self.t0)
    #expect(MentorMatching.language(of: idea) == "nl")
    idea = Idea(id: IdeaID(9), title: "Restojardin", created: Self.t0)
    #expect(MentorMatching.language(of: idea) == nil)
  }
}
