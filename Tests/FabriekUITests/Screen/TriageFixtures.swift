import FabriekCore
import FabriekUI

/// A board for the triage screen: four candidates in Incoming created on different days, two
/// of them (and a declined one) by the same innovator with near-identical titles, and one
/// already scored by another reviewer.
enum TriageFixtures {
  static let now = ScreenFixtures.now
  static let reviewer = "an"

  static func board() throws -> Board {
    var board = Board(name: "Sociale InnovatieFabriek", stages: ScreenFixtures.stages)
    func apply(_ op: BoardOperation) throws { try board.apply(op, by: "test", at: ScreenFixtures.day(-30)) }
    let people = [
      ("Sofie", "Peeters", "sofie@buurtwerk.example"), ("Karim", "El Amrani", "karim@mail.example"),
    ]
    for (n, p) in people.enumerated() {
      try apply(
        .addPerson(Person(id: PersonID(n + 1), givenName: p.0, familyName: p.1, email: p.2, roles: [.innovator])))
    }
    func idea(_ n: Int, _ title: String, person: Int, created: Int, stage: String = Stage.incoming) -> Idea {
      var idea = Idea(id: IdeaID(n), title: title, stage: stage, created: ScreenFixtures.day(created))
      idea.innovators = [PersonID(person)]
      idea.pitch = "Pitch of \(title)."
      return idea
    }
    try apply(.addIdea(idea(1, "Soepbar met voedseloverschotten", person: 1, created: -5)))
    try apply(.addIdea(idea(2, "Repair café Gent", person: 2, created: -20)))
    try apply(.addIdea(idea(3, "Soepbar met voedseloverschotten (Leuven)", person: 1, created: -2)))
    var taal = idea(4, "Taalcafé voor nieuwkomers", person: 2, created: -10)
    taal.scores = ["bo": ["impact": 2, "innovativeness": 3, "feasibility": 3, "team": 3, "sustainability": 3]]
    try apply(.addIdea(taal))
    try apply(.addIdea(idea(5, "Soepbar voedseloverschotten", person: 1, created: -60)))
    try apply(.addIdea(idea(6, "Deelfietsen voor senioren", person: 2, created: -40, stage: Stage.ideaGeneration)))
    try board.apply(
      .decide(
        IdeaID(5),
        Decision(kind: .decline(reason: .incomplete, text: "no budget"), by: "bo", at: ScreenFixtures.day(-50))),
      by: "test", at: ScreenFixtures.day(-50))
    return board
  }

  static func state(width: Int = 80, height: Int = 24, startInTriage: Bool = false) throws -> AppState {
    AppState(
      board: try board(), file: "/home/an/board.json", width: width, height: height, now: now, user: reviewer,
      startInTriage: startInTriage)
  }
}
