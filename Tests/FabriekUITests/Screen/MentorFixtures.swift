import FabriekCore
import FabriekUI

/// The screen fixtures' board with mentors and a partner: expertise, languages, capacities
/// and hours budgets; one mentor full, one over capacity; two ideas in Enrichment without a
/// mentor (I-0006 and I-0013) and one with (I-0007, mentored by Léa Dubois, twelve hours logged).
enum MentorFixtures {
  static let lea = PersonID(3)
  static let pieter = PersonID(5)
  static let nadia = PersonID(6)
  static let marc = PersonID(7)
  static let tom = PersonID(8)
  static let bekers = IdeaID(13)

  static func board() throws -> Board {
    var board = try ScreenFixtures.board()
    func apply(_ op: BoardOperation) throws {
      try board.apply(op, by: ScreenFixtures.author, at: ScreenFixtures.day(-50))
    }
    guard var lea = board.people[lea] else { throw PeopleFixtures.Missing() }
    lea.languages = ["fr", "en"]
    lea.expertise = ["financiering"]
    lea.mentorCapacity = 1
    lea.hoursBudget = 20
    try apply(.editPerson(lea))
    func person(_ id: PersonID, _ given: String, _ family: String, _ roles: [PersonRole], expertise: [String],
      languages: [String], capacity: Int?, hours: Int?, organisation: String = "") throws {
      var p = Person(id: id, givenName: given, familyName: family, roles: roles)
      p.expertise = expertise
      p.languages = languages
      p.mentorCapacity = capacity
      p.hoursBudget = hours
      p.organisation = organisation
      try apply(.addPerson(p))
    }
    try person(pieter, "Pieter", "Claes", [.mentor], expertise: ["circulaire economie", "horeca"], languages: ["nl"],
      capacity: 3, hours: 40)
    try person(nadia, "Nadia", "Benali", [.mentor], expertise: ["circulair ontwerp"], languages: ["fr", "nl"],
      capacity: 2, hours: 30)
    try person(marc, "Marc", "Dupont", [.partner], expertise: ["circulair", "logistiek"], languages: ["fr"],
      capacity: nil, hours: nil, organisation: "Recupel")
    try person(tom, "Tom", "Wouters", [.mentor], expertise: ["voeding"], languages: ["nl"], capacity: 1, hours: 10)
    var bekers = Idea(
      id: bekers, title: "Herbruikbare bekers", stage: Stage.enrichment, created: ScreenFixtures.day(-30),
      tags: ["circulair", "horeca"])
    bekers.enteredStage = ScreenFixtures.day(-9)
    bekers.innovators = [PersonID(1)]
    try apply(.addIdea(bekers))
    for id in [IdeaID(8), IdeaID(9)] {
      try apply(.editIdea(id, [.mentors([tom])]))
    }
    // Léa's match with I-0007 (M-0001, made from its mentors) has twelve hours logged.
    try apply(.logHours(MatchID(1), HoursEntry(day: ScreenFixtures.day(-20).day, minutes: 12 * 60, note: "Businessplan"), override: nil))
    return board
  }

  static func state(width: Int = 80, height: Int = 24) throws -> AppState {
    AppState(
      board: try board(), file: "/home/coach/.local/share/fabriek/board.json", width: width, height: height,
      now: ScreenFixtures.now)
  }
}
