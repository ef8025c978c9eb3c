import FabriekCore
import FabriekUI

/// A small fixed board for screen tests: every stage, a column over its WIP limit, scores,
/// mentors, financing, an idea past Enrichment without an exit plan, a declined and a parked idea.
enum ScreenFixtures {
  /// 2026-11-01T09:00:00Z, the board's "now".
  static let now = Timestamp(seconds: 1_793_523_600)
  static let author = "test"

  static func day(_ offset: Int) -> Timestamp { now.adding(days: offset) }

  static let stages = [
    Stage(id: Stage.incoming, name: "Incoming", staleDays: 90),
    Stage(id: Stage.ideaGeneration, name: "Idea generation", wipLimit: 12, staleDays: 90),
    Stage(id: Stage.enrichment, name: "Enrichment", wipLimit: 1, staleDays: 90),
    Stage(id: Stage.realisation, name: "Realisation", wipLimit: 40, staleDays: 90),
    Stage(id: Stage.exited, name: "Exited", staleDays: 90),
  ]

  static func board() throws -> Board {
    var board = Board(name: "Sociale InnovatieFabriek", stages: stages)
    func apply(_ op: BoardOperation) throws { try board.apply(op, by: author, at: day(-200)) }
    let people: [(String, String, String, [PersonRole])] = [
      ("Sofie", "Peeters", "Buurtwerk vzw", [.innovator]),
      ("Karim", "El Amrani", "", [.innovator]),
      ("Léa", "Dubois", "Fondation Lumière", [.mentor]),
      ("Jan", "Janssens", "", [.staff]),
    ]
    for (n, p) in people.enumerated() {
      var person = Person(id: PersonID(n + 1), givenName: p.0, familyName: p.1, roles: p.3)
      person.organisation = p.2
      try apply(.addPerson(person))
    }
    for idea in ideas() { try apply(.addIdea(idea)) }
    try board.apply(
      .decide(IdeaID(11), Decision(kind: .decline(reason: .outOfScope, text: "no social aim"), by: "Jan", at: day(-3))),
      by: author, at: day(-3))
    try board.apply(
      .decide(IdeaID(12), Decision(kind: .park(revisit: day(60).day), by: "Jan", at: day(-2))), by: author, at: day(-2))
    return board
  }

  static func idea(_ n: Int, _ title: String, _ stage: String, days: Int, tags: [String] = []) -> Idea {
    var idea = Idea(id: IdeaID(n), title: title, stage: stage, created: day(-days - 10), tags: tags)
    idea.enteredStage = day(-days)
    idea.innovators = [PersonID(n % 2 + 1)]
    return idea
  }

  static func ideas() -> [Idea] {
    var list: [Idea] = []
    var cafe = idea(1, "Repair café Gent", Stage.incoming, days: 3, tags: ["circulair", "buurt"])
    cafe.pitch = "Buren herstellen samen kapotte toestellen in het buurthuis."
    list.append(cafe)
    list.append(idea(2, "Buurtmoestuin Molenbeek", Stage.incoming, days: 12, tags: ["voeding"]))
    list.append(idea(3, "Deelfietsen voor senioren", Stage.incoming, days: 1))
    var taal = idea(4, "Taalcafé voor nieuwkomers", Stage.ideaGeneration, days: 30, tags: ["taal", "inclusie"])
    taal.scores = ["an": ["impact": 4, "innovativeness": 3, "feasibility": 4, "team": 4, "sustainability": 3]]
    list.append(taal)
    var zorg = idea(5, "Zorgzame buurten Leuven", Stage.ideaGeneration, days: 95)
    zorg.scores = [
      "an": ["impact": 5, "innovativeness": 4, "feasibility": 3, "team": 4, "sustainability": 2],
      "bo": ["impact": 3, "innovativeness": 3, "feasibility": 3, "team": 3, "sustainability": 3],
    ]
    list.append(zorg)
    list.append(idea(6, "Circulaire kinderkleding", Stage.enrichment, days: 40, tags: ["circulair"]))
    var energie = idea(7, "Energiecoöperatie Kortrijk", Stage.enrichment, days: 20, tags: ["energie"])
    energie.mentors = [PersonID(3)]
    energie.coach = PersonID(4)
    energie.financing = [
      FinancingApplication(
        id: 1, kind: .feasibilityStudy, funder: "VLAIO", asked: Euro(euros: 20_000), status: .submitted)
    ]
    energie.enrichment = [EnrichmentModule(kind: .financials, status: .inProgress, notes: "Businessplan in opmaak.")]
    list.append(energie)
    list.append(idea(8, "Voedselbank 2.0", Stage.realisation, days: 60, tags: ["voeding"]))
    var bakkerij = idea(9, "Inclusieve bakkerij", Stage.realisation, days: 15)
    bakkerij.exitPlan = ExitPlan(criteria: "Break-even with four trainees", status: .agreed)
    bakkerij.financing = [
      FinancingApplication(
        id: 1, kind: .pilot, funder: "Europees Sociaal Fonds", asked: Euro(euros: 50_000),
        granted: Euro(euros: 35_000), status: .granted, decided: Day(iso: "2026-01-15"))
    ]
    list.append(bakkerij)
    var jobs = idea(10, "Jobcoaching voor jongeren", Stage.exited, days: 200)
    jobs.exitPlan = ExitPlan(criteria: "Taken over by the city", status: .completed)
    list.append(jobs)
    list.append(idea(11, "Crypto voor goede doelen", Stage.incoming, days: 5))
    list.append(idea(12, "Drone-levering medicatie", Stage.incoming, days: 4))
    return list
  }

  static func state(width: Int = 80, height: Int = 24) throws -> AppState {
    AppState(
      board: try board(), file: "/home/coach/.local/share/fabriek/board.json", width: width, height: height, now: now)
  }
}
