import XCTest

@testable import FabriekCore

final class PublicTextTests: XCTestCase {
  let t = Timestamp(seconds: 1_770_000_000)

  func smallBoard() throws -> Board {
    var b = Board(name: "x")
    var zoe = Person(id: PersonID(4), givenName: "Zoë", familyName: "Peeters", email: "zoe@example.be")
    zoe.showFullName = true
    var sofie = Person(id: PersonID(1), givenName: "Sofie", familyName: "Van den Broeck", email: "sofie@example.be")
    sofie.phone = "+32 475 12 34 56"
    let people = [
      sofie, zoe,
      Person(id: PersonID(2), givenName: "Jérôme", familyName: "Dubois"),
      Person(id: PersonID(3), givenName: "Jan", familyName: "Peeters"),
      Person(id: PersonID(5), givenName: "Eva", familyName: "Janssens"),
      Person(id: PersonID(6), givenName: "Wim", familyName: "Janssens"),
    ]
    for p in people { try b.apply(.addPerson(p), by: "t", at: t) }
    return b
  }

  func testNamesBecomePublicNames() throws {
    let clean = PublicText(board: try smallBoard())
    let cases: [(String, String)] = [
      ("Sofie Van den Broeck pitcht", "Sofie V. pitcht"),
      ("met SOFIE VAN DEN BROECK en jerome dubois.", "met Sofie V. en Jérôme D.."),
      ("Dubois, Jérôme: akkoord", "Jérôme D.: akkoord"),
      ("Vraag het aan Dubois of Vandenbroeck", "Vraag het aan Jérôme D. of Sofie V."),
      ("Zoë Peeters en Jan Peeters", "Zoë Peeters en Jan P."),
      ("Peeters belt terug", "P. belt terug"),
      ("mevrouw Janssens", "mevrouw J."),
      ("De Peetersstraat in Gent", "De Peetersstraat in Gent"),
      ("Sofie komt ook", "Sofie komt ook"),
      ("", ""),
    ]
    for (text, expected) in cases { XCTAssertEqual(clean.clean(text), expected, text) }
  }

  func testContactDetailsAreReplaced() throws {
    let clean = PublicText(board: try smallBoard())
    let cases: [(String, String)] = [
      ("Mail sofie@example.be of j.dubois+fab@mail.vub.ac.be.", "Mail [e-mail] of [e-mail]."),
      ("Bel +32 2 216 76 05 of 0475 12 34 56", "Bel [phone] of [phone]"),
      ("tel. 02/216.76.05, fax 02-216-76-06", "tel. [phone], fax [phone]"),
      ("+32 (0)2 216 76 05 (kantoor)", "[phone] (kantoor)"),
      ("0032 475 123 456", "[phone]"),
      ("gsm 475.12.34.56", "gsm [phone]"),
      ("Budget 10.000.000 euro, 1.250 m², in 2026-03-02", "Budget 10.000.000 euro, 1.250 m², in 2026-03-02"),
      ("@gent, a@b en info@ zijn geen adressen", "@gent, a@b en info@ zijn geen adressen"),
      ("Sofie Van den Broeck <sofie@example.be>", "Sofie V. <[e-mail]>"),
    ]
    for (text, expected) in cases { XCTAssertEqual(clean.clean(text), expected, text) }
  }

  /// On the generated demo board, texts that mention people in every way a note might keep
  /// none of the hidden people's contact details or family names.
  func testDemoBoardTextsKeepNoPersonalDataOfHiddenPeople() throws {
    let board = DemoData.board(count: 400, seed: 1, now: DemoData.referenceTime)
    let clean = PublicText(board: board)
    let people = board.people.values.sorted { $0.id < $1.id }
    let hidden = people.filter { !$0.showFullName && !$0.familyName.isEmpty }
    XCTAssertGreaterThan(hidden.count, 100)
    var checked = 0
    for idea in board.ideasInOrder {
      for person in (idea.innovators + idea.mentors).compactMap({ board.person($0) }) where !person.showFullName {
        let texts =
          [
            idea.title + " — " + person.fullName,
            idea.pitch + "\nContact: \(person.fullName) <\(person.email)>, tel. \(person.phone)",
            "\(person.familyName.uppercased()), \(person.givenName): zie \(person.email) of bel \(person.phone).",
            "Overleg met \(person.familyName) over de pitch",
          ] + idea.notes.map { $0.text + " (\(person.fullName))" }
        for text in texts {
          let cleaned = clean.clean(text)
          if !person.email.isEmpty { XCTAssertFalse(cleaned.contains(person.email), cleaned) }
          if !person.phone.isEmpty { XCTAssertFalse(cleaned.contains(person.phone), cleaned) }
          XCTAssertFalse(containsWords(cleaned, person.familyName), "\(person.familyName) in \(cleaned)")
          checked += 1
        }
      }
      for note in idea.notes where !note.author.isEmpty {
        if let author = people.first(where: { $0.fullName == note.author }), !author.showFullName {
          XCTAssertEqual(clean.clean(note.author), author.publicName)
        }
      }
    }
    XCTAssertGreaterThan(checked, 1_000)
  }

  /// Whether the words of `name` occur in `text` as whole words, ignoring case and accents.
  func containsWords(_ text: String, _ name: String) -> Bool {
    let words = PublicText.words(of: text).map(\.key)
    let target = PublicText.words(of: name).map(\.key)
    guard !target.isEmpty, words.count >= target.count else { return false }
    return (0...(words.count - target.count)).contains { Array(words[$0..<($0 + target.count)]) == target }
  }
}
