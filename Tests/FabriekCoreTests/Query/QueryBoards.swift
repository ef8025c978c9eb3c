import XCTest

@testable import FabriekCore

/// A board made for the query tests: every field a query can ask about has ideas with and
/// without it. `now` is the moment ages and revisit dates are counted to; `user` is `me`.
enum QueryBoards {
  static let now = Timestamp(iso: "2026-06-01T12:00:00Z") ?? Timestamp(seconds: 0)
  static let created = Timestamp(iso: "2026-03-02T09:00:00Z") ?? Timestamp(seconds: 0)
  static let user = "noor"

  static func day(_ text: String) -> Day { Day(iso: text) ?? Day(daysSinceEpoch: 0) }
  static func ago(_ days: Int) -> Timestamp { now.adding(days: -days) }

  static func board() throws -> Board {
    var b = Board(name: "Filterfabriek")
    var sofie = Person(id: PersonID(1), givenName: "Sofie", familyName: "Van den Broeck", email: "sofie@example.be")
    sofie.organisation = "Buurtwerk Gent"
    let people = [
      sofie,
      Person(id: PersonID(2), givenName: "Jérôme", familyName: "Dubois", email: "jerome@example.be", roles: [.mentor]),
      Person(id: PersonID(3), givenName: "Noor", familyName: "El Amrani", email: "noor@fabriek.be", roles: [.staff]),
      Person(id: PersonID(4), givenName: "Zoë", familyName: "Peeters", roles: [.mentor]),
    ]
    for p in people { try b.apply(.addPerson(p), by: "test", at: created) }
    func idea(_ n: Int, _ title: String, _ stage: String, days: Int, _ change: (inout Idea) -> Void = { _ in }) throws {
      var i = Idea(id: IdeaID(n), title: title, stage: stage, created: created)
      i.enteredStage = ago(days)
      change(&i)
      try b.apply(.addIdea(i), by: "test", at: created)
    }
    let all = ["impact", "innovativeness", "feasibility", "team", "sustainability"]
    func scores(_ v: Int) -> [String: Int] { Dictionary(uniqueKeysWithValues: all.map { ($0, v) }) }
    try idea(1, "Buurtrestaurant voor senioren", Stage.incoming, days: 7) {
      $0.tags = ["zorg", "voeding"]
      $0.region = .eastFlanders
      $0.applicantKind = .civilSociety
      $0.origin = Origin(kind: .ideaCampaign, name: "Najaarsoproep 2025")
      $0.innovators = [PersonID(1)]
      $0.scores = ["noor": scores(4)]
      $0.sdgs = [2, 3]
    }
    try idea(2, "Café Solidaire à Molenbeek", Stage.incoming, days: 31) {
      $0.region = .brussels
      $0.applicantKind = .socialEnterprise
      $0.origin = Origin(kind: .website)
      $0.innovators = [PersonID(1)]
      $0.description = "Une coopérative de quartier"
      $0.created = Timestamp(iso: "2025-11-15T10:00:00Z") ?? created
    }
    try idea(13, "Buurtrestaurant voor senioren", Stage.incoming, days: 2) { $0.innovators = [PersonID(1)] }
    try idea(3, "Repair café Gent", Stage.ideaGeneration, days: 12) {
      $0.coach = PersonID(3)
      $0.tags = ["circulair"]
      $0.region = .eastFlanders
      $0.origin = Origin(kind: .ideaCampaign, name: "Najaarsoproep 2025")
      $0.scores = ["noor": scores(5), "Jérôme": scores(3)]
      $0.notes = [Note(id: 1, at: created, author: "noor", text: "Coop met de bib")]
    }
    try idea(4, "Digital skills for newcomers", Stage.enrichment, days: 151) {
      $0.coach = PersonID(3)
      $0.readiness = 4
      $0.applicantKind = .company
      $0.region = .antwerp
      $0.tags = ["digitaal"]
    }
    try idea(5, "Deelfietsen in Genk", Stage.enrichment, days: 40) {
      $0.mentors = [PersonID(2), PersonID(4)]
      $0.readiness = 6
      $0.region = .limburg
      $0.tags = ["mobiliteit"]
      $0.financing = [
        FinancingApplication(
          id: 1, kind: .feasibilityStudy, funder: "VLAIO", asked: Euro(euros: 10_000), granted: Euro(euros: 8_000),
          status: .granted, submitted: day("2026-02-01"), decided: day("2026-04-01"))
      ]
    }
    try idea(6, "Zorgboerderij", Stage.realisation, days: 200) {
      $0.mentors = [PersonID(3)]
      $0.region = .westFlanders
      $0.tags = ["landbouw"]
      $0.financing = [
        FinancingApplication(id: 1, kind: .pilot, funder: "Provincie", asked: Euro(euros: 25_000), status: .submitted,
          submitted: day("2026-05-01"))
      ]
    }
    try idea(7, "Kringloopwinkel", Stage.realisation, days: 10) {
      $0.exitPlan = ExitPlan(criteria: "break-even", status: .agreed)
      $0.tags = ["circulair"]
      $0.financing = [
        FinancingApplication(id: 1, kind: .pilot, funder: "Stad", asked: Euro(euros: 5_000), status: .rejected,
          submitted: day("2026-02-01"), decided: day("2026-03-01"))
      ]
    }
    try idea(8, "Taalcafé", Stage.exited, days: 300) {
      $0.exitPlan = ExitPlan(criteria: "eigen vzw", status: .completed)
      $0.tags = ["taal"]
    }
    try idea(9, "Te vroeg", Stage.incoming, days: 50) { $0.outcome = .declined(reason: .incomplete, text: "") }
    try idea(10, "Buurtrestaurant senioren", Stage.incoming, days: 50) {
      $0.outcome = .declined(reason: .duplicate, text: "zie I-0001")
    }
    try idea(11, "Stadsmoestuin", Stage.incoming, days: 60) { $0.outcome = .parked(revisit: day("2026-05-01")) }
    try idea(12, "Groendak", Stage.incoming, days: 60) { $0.outcome = .parked(revisit: day("2026-09-01")) }
    var session = Session(id: SessionID(1), kind: .coCreation, title: "Co-creatie Gent", date: day("2026-05-10"))
    session.agenda = [IdeaID(3)]
    try b.apply(.addSession(session), by: "test", at: created)
    try b.apply(.vote(SessionID(1), IdeaID(3), participant: nil, dots: 3), by: "test", at: created)
    try b.apply(.vote(SessionID(1), IdeaID(4), participant: nil, dots: 1), by: "test", at: created)
    return b
  }
}
