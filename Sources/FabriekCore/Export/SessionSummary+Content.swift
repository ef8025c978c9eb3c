/// What a session's summary says, already fit for the room: every text from the board has
/// gone through `PublicText.clean` and every person is shown by `Person.publicName`. It is the
/// one place that decides what a summary shows; `SessionSummary.markdown` (the export) and
/// present mode's summary screen (`Sources/FabriekUI/Views/PresentSummaryOverlay.swift`) only
/// lay it out, so the two never disagree on a name.
extension SessionSummary {
  public struct Content: Hashable, Sendable {
    public struct Fact: Hashable, Sendable {
      /// The fact as a line of the Markdown list ("Facilitator: Noor E.").
      public var line: String
      /// Its label and value for a table ("Facilitator", "Noor E.").
      public var label: String
      public var value: String
    }
    public struct Idea: Hashable, Sendable {
      public var code: String
      public var title: String
    }
    public struct Vote: Hashable, Sendable {
      public var idea: Idea
      public var dots: Int
    }
    public struct Contribution: Hashable, Sendable {
      /// The time of day, `14:05`.
      public var clock: String
      public var author: String
      public var text: String
    }
    public struct Group: Hashable, Sendable {
      public var idea: Idea
      public var notes: [Contribution]
    }
    public var title: String
    public var facts: [Fact]
    public var agenda: [Idea]
    public var votes: [Vote]
    public var contributions: [Group]
    /// The people named: the facilitator (if any), then the participants.
    public var people: [String]

    /// Every person's name the summary shows: facilitator, participants and note authors.
    public var names: [String] { people + contributions.flatMap { $0.notes.map(\.author) } }
  }

  /// The summary of session `id` as the room may see it (`publicText` made from `board`
  /// when not given).
  public static func content(_ id: SessionID, on board: Board, publicText: PublicText? = nil) throws(BoardError)
    -> Content
  {
    guard let session = board.session(id) else { throw BoardError.noSession(id) }
    let room = publicText ?? PublicText(board: board)
    let none = tr("export.session.none")
    func fact(_ key: String, _ parameter: String, _ value: String) -> Content.Fact {
      Content.Fact(
        line: tr("export.session." + key, [parameter: value]), label: tr("export.session.label." + key), value: value)
    }
    func name(_ person: PersonID) -> String { board.person(person)?.publicName ?? person.code }
    func idea(_ idea: IdeaID) -> Content.Idea {
      Content.Idea(code: idea.code, title: room.clean(board.idea(idea)?.title ?? tr("export.session.removed")))
    }
    let participants = session.participants.map(name)
    let facts = [
      fact("session", "code", session.id.code),
      fact("kind", "kind", session.kind.label),
      fact("date", "date", CoreText.day(session.date)),
      fact("facilitator", "name", session.facilitator.map(name) ?? none),
      fact("participants", "names", participants.isEmpty ? none : participants.joined(separator: ", ")),
    ]
    let contributions = Self.contributions(to: session, on: board).map { group in
      Content.Group(
        idea: idea(group.0.id),
        notes: group.1.map { note in
          Content.Contribution(
            clock: String(note.at.description.dropFirst(11).prefix(5)),
            author: author(note.author, on: board, room: room),
            text: room.clean(note.text))
        }
      )
    }
    return Content(
      title: room.clean(session.title), facts: facts, agenda: session.agenda.map(idea),
      votes: session.tally.map { Content.Vote(idea: idea($0.0), dots: $0.1) }, contributions: contributions,
      people: (session.facilitator.map { [name($0)] } ?? []) + participants)
  }

  /// A note's author is free text (the name the writer gave); when it is the full name of a
  /// person on the board it is shown by that person's public name, else as the room may see it.
  static func author(_ text: String, on board: Board, room: PublicText) -> String {
    let key = text.trimmingCharactersInWhitespace().searchKey
    if !key.isEmpty, let person = board.people.values.first(where: { $0.fullName.searchKey == key }) {
      return person.publicName
    }
    return text.isEmpty ? tr("export.session.anonymous") : room.clean(text)
  }
}
