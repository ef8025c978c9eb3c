/// A session's summary as Markdown, for after a vision or co-creation session: what was on
/// the agenda, who took part, how the room voted and what was contributed.
///
/// People appear by `Person.publicName` (first name and initial unless they agreed to more),
/// because a summary is handed to the participants. Private notes are left out, and so are
/// contact details. Every piece of board text goes through `MarkdownText.escape`, so markup,
/// line breaks and invisible characters in the data cannot change the document's structure.
/// Headings and labels are in the current language (`export.session.*`), dates too (ISO in English).
public enum SessionSummary {
  public static func markdown(_ id: SessionID, on board: Board) throws(BoardError) -> String {
    guard let session = board.session(id) else { throw BoardError.noSession(id) }
    var lines = ["# " + MarkdownText.escape(session.title), ""]
    let none = tr("export.session.none")
    lines.append("- " + tr("export.session.session", ["code": session.id.code]))
    lines.append("- " + tr("export.session.kind", ["kind": session.kind.label]))
    lines.append("- " + tr("export.session.date", ["date": CoreText.day(session.date)]))
    let facilitator = session.facilitator.map { name($0, on: board) } ?? none
    lines.append("- " + tr("export.session.facilitator", ["name": facilitator]))
    let participants = session.participants.map { name($0, on: board) }
    let who = participants.isEmpty ? none : participants.joined(separator: ", ")
    lines.append("- " + tr("export.session.participants", ["names": who]))

    lines += ["", "## " + tr("export.session.agenda"), ""]
    if session.agenda.isEmpty { lines.append("_\(tr("export.session.noAgenda"))_") }
    for (n, idea) in session.agenda.enumerated() { lines.append("\(n + 1). " + label(idea, on: board)) }

    lines += ["", "## " + tr("export.session.votes"), ""]
    let tally = session.tally
    if tally.isEmpty {
      lines.append("_\(tr("export.session.noVotes"))_")
    } else {
      lines += [
        "| \(tr("export.session.idea")) | \(tr("export.md.title")) | \(tr("export.session.dots")) |",
        "| --- | --- | ---: |",
      ]
      for (idea, dots) in tally {
        let title = MarkdownText.escape(board.idea(idea)?.title ?? tr("export.session.removed"))
        lines.append("| \(idea.code) | \(title) | \(CoreText.number(dots)) |")
      }
    }

    lines += ["", "## " + tr("export.session.contributions"), ""]
    let groups = contributions(to: session, on: board)
    if groups.isEmpty { lines.append("_\(tr("export.session.noContributions"))_") }
    for (idea, notes) in groups {
      lines += ["### " + label(idea.id, on: board), ""]
      for note in notes {
        let clock = String(note.at.description.dropFirst(11).prefix(5))
        lines.append("- \(clock) \(author(note.author, on: board)): \(MarkdownText.escape(note.text))")
      }
      lines.append("")
    }
    if lines.last == "" { lines.removeLast() }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The session's public notes per idea: agenda ideas first in agenda order, then any other
  /// idea a note of the session was added to, by id; notes oldest first.
  static func contributions(to session: Session, on board: Board) -> [(Idea, [Note])] {
    let order = Dictionary(session.agenda.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    let ideas = board.ideas.values.sorted {
      let a = order[$0.id] ?? Int.max
      let b = order[$1.id] ?? Int.max
      return a != b ? a < b : $0.id < $1.id
    }
    return ideas.compactMap { idea in
      let notes = idea.notes.filter { $0.session == session.id && !$0.isPrivate }
        .sorted { $0.at != $1.at ? $0.at < $1.at : $0.id < $1.id }
      return notes.isEmpty ? nil : (idea, notes)
    }
  }

  static func label(_ id: IdeaID, on board: Board) -> String {
    "\(id.code) " + MarkdownText.escape(board.idea(id)?.title ?? tr("export.session.removed"))
  }

  static func name(_ id: PersonID, on board: Board) -> String {
    board.person(id).map { MarkdownText.escape($0.publicName) } ?? id.code
  }

  /// A note's author is free text (the name the writer gave); when it is the full name of a
  /// person on the board it is shown by that person's public name.
  static func author(_ text: String, on board: Board) -> String {
    let key = text.trimmingCharactersInWhitespace().searchKey
    if !key.isEmpty, let person = board.people.values.first(where: { $0.fullName.searchKey == key }) {
      return MarkdownText.escape(person.publicName)
    }
    return MarkdownText.escape(text.isEmpty ? tr("export.session.anonymous") : text)
  }
}
