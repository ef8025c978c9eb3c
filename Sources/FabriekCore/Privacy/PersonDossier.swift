import Foundation

/// Everything a board holds on one person, for their right of access and portability: the
/// record, every idea they are linked to and how, the notes they wrote or that name them,
/// the sessions they took part in, the history lines about or naming them, the texts of
/// ideas that mention them, and the files of the board's folder that hold their data.
public struct PersonDossier: Hashable, Codable, Sendable {
  public struct IdeaLink: Hashable, Codable, Sendable {
    public var code: String
    public var title: String
    public var stage: String
    /// innovator, coach, mentor, reviewer (scored it), decider (took its triage decision),
    /// note author.
    public var roles: [String]
  }
  public struct NoteRef: Hashable, Codable, Sendable {
    public var idea: String
    public var note: Int
    public var at: Timestamp
    public var author: String
    public var isPrivate: Bool
    public var text: String
    /// They wrote it (else it names them).
    public var wrote: Bool
  }
  public struct SessionLink: Hashable, Codable, Sendable {
    public var code: String
    public var title: String
    public var date: Day
    /// facilitator, participant, voter.
    public var roles: [String]
    public var dots: Int
  }
  public struct HistoryRef: Hashable, Codable, Sendable {
    public var at: Timestamp
    public var who: String
    public var what: String
    public var why: String?
  }
  /// A match of theirs, or one whose texts name them, with its hours.
  public struct MatchRef: Hashable, Codable, Sendable {
    public var code: String
    public var idea: String
    public var person: String
    public var kind: MatchKind
    public var state: MatchState
    public var hours: [HoursEntry]
    public var overrideReason: String?
    public var endReason: MatchEndReason?
    /// It is their match (else its texts name them).
    public var theirs: Bool
  }
  /// A text of an idea (other than its notes) that holds their name, e-mail or phone.
  public struct Mention: Hashable, Codable, Sendable {
    public var idea: String
    public var field: String
  }

  public var board: String
  public var code: String
  public var person: Person
  public var erasure: PersonErasure?
  public var ideas: [IdeaLink] = []
  public var notes: [NoteRef] = []
  public var sessions: [SessionLink] = []
  public var history: [HistoryRef] = []
  public var mentions: [Mention] = []
  public var matches: [MatchRef] = []
  public var files: [FileMention] = []

  /// Gathers the dossier from `board`; `files` is what a byte search of its folder found
  /// (`FolderScan`), given by the caller that knows the folder.
  public init(_ id: PersonID, on board: Board, files: [FileMention] = []) throws(BoardError) {
    guard let p = board.people[id] else { throw BoardError.noPerson(id) }
    self.board = board.name
    code = id.code
    person = p
    erasure = board.erasure(of: id)
    self.files = files
    let scrub = board.scrub(for: p)
    let names = Set(
      ([p.email.searchKey] + (board.namesakes(of: p).isEmpty ? [p.fullName.searchKey] : [])).filter { !$0.isEmpty })
    func isThem(_ s: String) -> Bool { names.contains(s.trimmingCharactersInWhitespace().searchKey) }

    for idea in board.ideasInOrder {
      var roles = idea.people.filter { $0.0 == id }.map(\.1.rawValue)
      if idea.scores.keys.contains(where: isThem) { roles.append("reviewer") }
      if let d = idea.decision, isThem(d.by) { roles.append("decider") }
      if idea.notes.contains(where: { isThem($0.author) }) { roles.append("note author") }
      for n in idea.notes where isThem(n.author) || scrub.mentions(n.text) {
        notes.append(
          NoteRef(
            idea: idea.code, note: n.id, at: n.at, author: n.author, isPrivate: n.isPrivate, text: n.text,
            wrote: isThem(n.author)))
      }
      let fields: [(String, String)] = [
        ("title", idea.title), ("pitch", idea.pitch), ("description", idea.description),
        ("theoryOfChange", idea.theoryOfChange), ("origin", idea.origin?.name ?? ""),
      ]
      var named = fields.filter { scrub.mentions($0.1) }.map(\.0)
      var rest = idea
      rest.title = ""
      rest.pitch = ""
      rest.description = ""
      rest.theoryOfChange = ""
      rest.origin = nil
      rest.notes = []
      rest.scores = [:]
      if scrub.value(rest) != rest { named.append("other fields") }
      mentions += named.map { Mention(idea: idea.code, field: $0) }
      if !roles.isEmpty {
        ideas.append(
          IdeaLink(code: idea.code, title: idea.title, stage: board.stage(idea.stage)?.name ?? idea.stage, roles: roles))
      }
    }
    for s in board.sessions.values.sorted(by: { $0.id < $1.id }) {
      var roles: [String] = []
      if s.facilitator == id { roles.append("facilitator") }
      if s.participants.contains(id) { roles.append("participant") }
      let dots = s.votes.filter { $0.participant == id }.reduce(0) { $0 + $1.dots }
      if dots > 0 { roles.append("voter") }
      if !roles.isEmpty { sessions.append(SessionLink(code: s.id.code, title: s.title, date: s.date, roles: roles, dots: dots)) }
    }
    for m in board.matches where m.person == id || scrub.value(m) != m {
      matches.append(
        MatchRef(
          code: m.code, idea: m.idea.code, person: m.person.code, kind: m.kind, state: m.state, hours: m.hours,
          overrideReason: m.overrideReason, endReason: m.endReason, theirs: m.person == id))
    }
    for h in board.history
    where h.subject == .person(id) || h.person == id || isThem(h.who) || scrub.mentions(h.what) || h.why.map(scrub.mentions) == true {
      history.append(HistoryRef(at: h.at, who: h.who, what: h.what, why: h.why))
    }
  }

  /// As JSON for tools and for handing over (keys sorted, so the same board gives the same text).
  public func json() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(self) else { return "{}\n" }
    return UnsafeCharacters.escapingJSON(String(decoding: data, as: UTF8.self)) + "\n"
  }

  /// "M-0003 I-0012, mentor, active: 4,5 h (2026-11-02 1,5 h: first talk; …)".
  static func matchLine(_ m: MatchRef) -> String {
    let total = CoreText.hours(m.hours.reduce(0) { $0 + $1.minutes })
    let entries = m.hours.map { e in
      Language.current.date(e.day) + " " + CoreText.hours(e.minutes) + " h" + (e.note.isEmpty ? "" : ": " + MarkdownText.escape(e.note))
    }
    let state = tr("match.state." + m.state.rawValue)
    let head = tr("privacy.md.match", ["match": m.code, "code": m.idea, "kind": tr("match.kind." + m.kind.rawValue), "state": state, "hours": total])
    return head + (entries.isEmpty ? "" : " (" + entries.joined(separator: "; ") + ")")
  }

  /// As Markdown for reading, in the current language.
  public func markdown() -> String {
    let p = person
    var out = "# " + tr("privacy.md.title", ["name": MarkdownText.escape(p.fullName), "code": code]) + "\n\n"
    out += "## " + tr("privacy.md.record") + "\n\n"
    let rows: [(String, String)] = [
      ("privacy.field.givenName", p.givenName), ("privacy.field.familyName", p.familyName),
      ("privacy.field.email", p.email), ("privacy.field.phone", p.phone), ("privacy.field.organisation", p.organisation),
      ("privacy.field.roles", p.roles.map(\.rawValue).joined(separator: ", ")),
      ("privacy.field.expertise", p.expertise.joined(separator: ", ")),
      ("privacy.field.languages", p.languages.joined(separator: ", ")),
      ("privacy.field.consent", p.consentDate.map { Language.current.date($0) + " " + p.consentPurpose } ?? ""),
      ("privacy.field.retention", p.retentionDate.map { Language.current.date($0) } ?? ""),
    ]
    for (key, value) in rows where !value.isEmpty { out += "- " + tr(key) + ": " + MarkdownText.escape(value) + "\n" }
    if let e = erasure {
      out += "- " + tr("privacy.md.erased", ["day": e.at.day, "by": MarkdownText.escape(e.by)]) + "\n"
    }
    func section(_ key: String, _ lines: [String]) {
      out += "\n## " + tr(key) + "\n\n"
      out += lines.isEmpty ? tr("privacy.md.nothing") + "\n" : lines.map { "- " + $0 + "\n" }.joined()
    }
    section("privacy.md.ideas", ideas.map { "\($0.code) \(MarkdownText.escape($0.title)) (\($0.stage)): \($0.roles.joined(separator: ", "))" })
    section(
      "privacy.md.notes",
      notes.map { "\($0.idea) #\($0.note), \(Language.current.date($0.at.day)), \(MarkdownText.escape($0.author)): \(MarkdownText.escape($0.text))" })
    section("privacy.md.sessions", sessions.map { "\($0.code) \(MarkdownText.escape($0.title)) (\(Language.current.date($0.date))): \($0.roles.joined(separator: ", "))" })
    section("privacy.md.mentions", mentions.map { "\($0.idea): \($0.field)" })
    section("privacy.md.matches", matches.map(Self.matchLine))
    section("privacy.md.history", history.map { "\(Language.current.date($0.at.day)) \(MarkdownText.escape($0.who)): \(MarkdownText.escape($0.what))" })
    section("privacy.md.files", files.map { $0.path })
    return out
  }
}
