import FabriekCore
import FabriekUI

/// The screen fixtures' board with more people and some sessions: an accented name (Mathéo
/// Café), a long name with emoji and CJK, an organisation with an escape sequence in it,
/// sessions of several kinds (one with votes, one with a long CJK title).
enum PeopleFixtures {
  static let lea = PersonID(3)
  static let anneleen = PersonID(5)
  static let matheo = PersonID(6)
  static let ward = PersonID(7)
  static let zorgSession = SessionID(1)

  static func board() throws -> Board {
    var board = try ScreenFixtures.board()
    func apply(_ op: BoardOperation) throws {
      try board.apply(op, by: ScreenFixtures.author, at: ScreenFixtures.day(-50))
    }
    var long = Person(
      id: anneleen, givenName: "Anneleen-Marie 🌻", familyName: "Vandenbroucke-Van de Velde 社会企业",
      roles: [.mentor, .partner, .staff])
    long.organisation = "Vereniging voor Sociale Innovatie en Duurzame Ontwikkeling Vlaanderen"
    long.languages = ["nl", "fr", "en", "de"]
    try apply(.addPerson(long))
    var matheo = Person(id: matheo, givenName: "Mathéo", familyName: "Café", roles: [.innovator])
    matheo.organisation = "Brasserie Solidaire"
    matheo.languages = ["fr"]
    try apply(.addPerson(matheo))
    var ward = Person(id: ward, givenName: "Ward", familyName: "Vermeulen", roles: [.partner])
    ward.organisation = "Evil\u{1B}[31mCorp\u{202E}"
    try apply(.addPerson(ward))
    var lea = try person(PeopleFixtures.lea, in: board)
    lea.languages = ["fr", "en"]
    lea.expertise = ["financiering"]
    try apply(.editPerson(lea))

    var zorg = Session(
      id: zorgSession, kind: .coCreation, title: "Co-creatie zorgzame buurten",
      date: ScreenFixtures.day(-12).day)
    zorg.facilitator = PersonID(4)
    zorg.agenda = [IdeaID(4), IdeaID(5)]
    zorg.participants = [PersonID(1), PersonID(2)]
    zorg.votes = [DotVote(idea: IdeaID(4), participant: PersonID(1), dots: 2)]
    try apply(.addSession(zorg))
    var finale = Session(
      id: SessionID(2), kind: .competitionRound,
      title: "Finale 社会创新 wedstrijd voor de prijs van de sociale innovatie in Vlaanderen en Brussel",
      date: ScreenFixtures.day(19).day)
    finale.facilitator = anneleen
    finale.agenda = [IdeaID(1)]
    try apply(.addSession(finale))
    try apply(
      .addSession(
        Session(id: SessionID(3), kind: .networking, title: "Netwerkavond", date: ScreenFixtures.day(-61).day)))
    return board
  }

  static func state(width: Int = 80, height: Int = 24) throws -> AppState {
    AppState(
      board: try board(), file: "/home/coach/.local/share/fabriek/board.json", width: width, height: height,
      now: ScreenFixtures.now)
  }

  struct Missing: Error {}

  private static func person(_ id: PersonID, in board: Board) throws -> Person {
    guard let person = board.people[id] else { throw Missing() }
    return person
  }
}
