import Foundation

@testable import FabriekCore

/// A board on which one person, Sofie Peeters (P-0001), appears in every place a board can
/// hold a person: linked to ideas in each role, as a reviewer, as the author of a note and
/// named in another, as a session's facilitator, participant and voter, in an idea's title,
/// and in history lines.
enum PrivacyBoard {
  static let t0 = Timestamp(iso: "2026-03-02T09:00:00Z") ?? Timestamp(seconds: 0)
  static let sofie = PersonID(1)
  static let email = "sofie.peeters@example.be"
  static let phone = "+32 470 12 34 56"
  static let name = "Sofie Peeters"
  static let scores = ["impact": 4, "team": 3]

  static func person() -> Person {
    var p = Person(id: sofie, givenName: "Sofie", familyName: "Peeters", email: email, roles: [.innovator, .mentor])
    p.phone = phone
    p.organisation = "Buurtwerk Peeters vzw"
    p.consentDate = Day(year: 2025, month: 1, day: 10)
    p.consentPurpose = "begeleiding"
    p.retentionDate = Day(year: 2028, month: 1, day: 10)
    return p
  }

  static func changes() -> [Change] {
    let jerome = Person(id: PersonID(2), givenName: "Jérôme", familyName: "Dubois", email: "jerome@example.be", roles: [.mentor])
    let noor = Person(id: PersonID(3), givenName: "Noor", familyName: "El Amrani", roles: [.staff])
    var repair = Idea(id: IdeaID(1), title: "Repair café", created: t0)
    repair.innovators = [sofie]
    var bikes = Idea(id: IdeaID(2), title: "Deelfietsen", stage: Stage.enrichment, created: t0)
    bikes.coach = sofie
    bikes.innovators = [PersonID(2)]
    var radio = Idea(id: IdeaID(3), title: "Buurtradio", stage: Stage.ideaGeneration, created: t0)
    radio.mentors = [sofie]
    let farm = Idea(id: IdeaID(4), title: "Zorgboerderij met Sofie Peeters", created: t0)
    var session = Session(id: SessionID(1), kind: .coCreation, title: "Co-creatie Gent", date: t0.day)
    session.facilitator = sofie
    session.participants = [sofie, PersonID(2)]
    session.agenda = [IdeaID(1)]
    let ops: [BoardOperation] = [
      .addPerson(person()), .addPerson(jerome), .addPerson(noor),
      .addIdea(repair), .addIdea(bikes), .addIdea(radio), .addIdea(farm),
      .score(IdeaID(1), reviewer: name, scores: scores),
      .score(IdeaID(2), reviewer: "Noor El Amrani", scores: ["impact": 2]),
      .addNote(IdeaID(1), Note(id: 1, at: t0, author: name, text: "Eerste gesprek gehad.")),
      .addNote(
        IdeaID(3), Note(id: 1, at: t0, author: "Noor El Amrani", text: "Mail \(email) of bel \(phone).", isPrivate: true)),
      .addSession(session),
      .vote(SessionID(1), IdeaID(1), participant: sofie, dots: 3),
      .moveIdea(IdeaID(1), stage: Stage.ideaGeneration, index: nil, enteredAt: t0),
    ]
    return ops.map { op in
      if case .moveIdea = op { return Change(op, by: "Noor El Amrani", at: t0, why: "op vraag van Sofie Peeters") }
      return Change(op, by: "test", at: t0)
    }
  }

  static func board() throws -> Board {
    var b = Board(name: "Privacybord")
    for c in changes() { try b.apply(c) }
    return b
  }

  /// A board with backups, their journals, a live journal, damaged and unverified copies, an
  /// unfinished write's copy and a temporary file, each holding Sofie's data.
  static func makeFolder() throws -> (dir: String, path: String) {
    let dir = try TestBoards.temporaryDirectory()
    let path = dir + "/board.json"
    try BoardStore.create(at: path, board: Board(name: "Privacybord"))
    let store = try BoardStore.open(path, policy: .never)
    let changes = changes()
    for c in changes.prefix(8) { try store.commit(c) }
    try store.compact()
    for c in changes.dropFirst(8).prefix(3) { try store.commit(c) }
    try store.compact()
    for c in changes.dropFirst(11) { try store.commit(c) }
    store.close()
    let fm = FileManager.default
    try fm.copyItem(atPath: path + ".journal", toPath: path + ".journal.damaged-20261201T000000Z")
    try fm.copyItem(atPath: path, toPath: path + ".unverified-20261201T000000Z")
    try Data("0a1b2c3d {\"seq\":99,\"change\":{\"author\":\"\(PrivacyBoard.email)\"".utf8)
      .write(to: URL(fileURLWithPath: path + ".journal.damaged-20261202T000000Z-unfinished"))
    try Data("half a snapshot of \(PrivacyBoard.name)".utf8).write(to: URL(fileURLWithPath: dir + "/.board.json.tmp-1-2"))
    return (dir, path)
  }

  /// The needles of every file in `dir`, as `grep -rF` finds them.
  static func hits(in dir: String) throws -> [String] {
    var out: [String] = []
    for name in try FileManager.default.contentsOfDirectory(atPath: dir).sorted() {
      let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name)))
      for needle in [PrivacyBoard.email, PrivacyBoard.phone, PrivacyBoard.name] where bytes.firstRange(of: Array(needle.utf8)) != nil {
        out.append("\(name): \(needle)")
      }
    }
    return out
  }

}
