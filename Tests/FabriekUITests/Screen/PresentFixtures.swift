import FabriekCore
import FabriekUI

/// A board for present mode: people with e-mail addresses, phone numbers and surnames (none
/// agreed to be shown in full) who are named in titles, pitches, tags and notes; a private note;
/// titles with accents, CJK and a very long word; a session with an agenda and votes.
enum PresentFixtures {
  static let now = ScreenFixtures.now
  static let author = ScreenFixtures.author

  static let people: [(given: String, family: String, email: String, phone: String)] = [
    ("Sofie", "Peeters", "sofie.peeters@buurtwerk.be", "+32 475 12 34 56"),
    ("Karim", "El Amrani", "karim@elamrani.org", "0486 98 76 54"),
    ("Léa", "Dubois", "lea.dubois@lumiere.be", "02/216.76.05"),
    ("Jan", "Vandenbroeck", "jan.vdb@fabriek.be", "+32 9 123 45 67"),
  ]

  /// Every surname, e-mail address and phone number of the board: none may reach the screen.
  static var secrets: [String] {
    people.flatMap { [$0.family, $0.email, $0.phone] } + ["Amrani", "12 34 56", "216.76.05", "Geheime notitie"]
  }

  static let titles = [
    "Café épicerie à Molenbeek met Sofie Peeters",
    "社会创新 共享厨房 布鲁塞尔",
    "Arbeidsmarktintegratieondersteuningsprogrammaontwikkelingstraject voor nieuwkomers",
    "Buurtmoestuin van Karim El Amrani (bel 0486 98 76 54)",
    "Zorgbuddy's in Lier",
  ]

  static func board() throws -> Board {
    var board = Board(name: "Sociale InnovatieFabriek", stages: ScreenFixtures.stages)
    func apply(_ op: BoardOperation) throws { try board.apply(op, by: author, at: now.adding(days: -10)) }
    for (n, p) in people.enumerated() {
      var person = Person(id: PersonID(n + 1), givenName: p.given, familyName: p.family, email: p.email)
      person.phone = p.phone
      try apply(.addPerson(person))
    }
    let stages = [Stage.ideaGeneration, Stage.enrichment, Stage.enrichment, Stage.realisation, Stage.incoming]
    for (n, title) in titles.enumerated() {
      let idea = Idea(
        id: IdeaID(n + 1), title: title, stage: stages[n], created: now.adding(days: -20),
        pitch:
          "Met Léa Dubois (lea.dubois@lumiere.be) en Jan Vandenbroeck, +32 9 123 45 67: een plek waar buren samen koken.",
        tags: ["voeding", "Peeters"])
      try apply(.addIdea(idea))
    }
    var session = Session(id: SessionID(1), kind: .coCreation, title: "Co-creatie met Dubois", date: now.day)
    session.agenda = [IdeaID(1), IdeaID(2), IdeaID(3), IdeaID(4)]
    session.participants = [PersonID(1), PersonID(2)]
    try apply(.addSession(session))
    try apply(.vote(SessionID(1), IdeaID(1), participant: nil, dots: 3))
    try apply(.vote(SessionID(1), IdeaID(4), participant: PersonID(2), dots: 5))
    try apply(.vote(SessionID(1), IdeaID(2), participant: nil, dots: 1))
    try apply(
      .addNote(
        IdeaID(1),
        Note(
          id: 1, at: now, author: "Sofie Peeters", text: "Bel Karim El Amrani op 0486 98 76 54", session: SessionID(1)))
    )
    try apply(
      .addNote(
        IdeaID(1),
        Note(
          id: 2, at: now, author: "Jan", text: "Geheime notitie over Peeters", session: SessionID(1), isPrivate: true)))
    return board
  }

  static func state(width: Int = 80, height: Int = 24) throws -> AppState {
    AppState(board: try board(), file: "/home/coach/board.json", width: width, height: height, now: now)
  }
}
