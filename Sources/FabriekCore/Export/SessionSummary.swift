/// A session's summary as Markdown, for after a vision or co-creation session: what was on
/// the agenda, who took part, how the room voted and what was contributed.
///
/// People appear by `Person.publicName` (first name and initial unless they agreed to more),
/// because a summary is handed to the participants. Private notes are left out, and so are
/// contact details. Every piece of board text goes through `MarkdownText.escape`, so markup,
/// line breaks and invisible characters in the data cannot change the document's structure.
public enum SessionSummary {
  public static func markdown(_ id: SessionID, on board: Board) throws(BoardError) -> String {
    guard let session = board.session(id) else { throw BoardError.noSession(id) }
    var lines = ["# " + MarkdownText.escape(session.title), ""]
    lines.append("- Session: \(session.id.code)")
    lines.append("- Kind: \(session.kind.label)")
    lines.append("- Date: \(session.date)")
    lines.append("- Facilitator: " + (session.facilitator.map { name($0, on: board) } ?? "none"))
    let participants = session.participants.map { name($0, on: board) }
    lines.append("- Participants: " + (participants.isEmpty ? "none" : participants.joined(separator: ", ")))

    lines += ["", "## Agenda", ""]
    if session.agenda.isEmpty { lines.append("_No ideas on the agenda._") }
    for (n, idea) in session.agenda.enumerated() { lines.append("\(n + 1). " + label(idea, on: board)) }

    lines += ["", "## Votes", ""]
    let tally = session.tally
    if tally.isEmpty {
      lines.append("_No votes._")
    } else {
      lines += ["| Idea | Title | Dots |", "| --- | --- | ---: |"]
      for (idea, dots) in tally {
        lines.append("| \(idea.code) | \(MarkdownText.escape(board.idea(idea)?.title ?? "(removed)")) | \(dots) |")
      }
    }

    lines += ["", "## Contributions", ""]
    let groups = contributions(to: session, on: board)
    if groups.isEmpty { lines.append("_No contributions._") }
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
    "\(id.code) " + MarkdownText.escape(board.idea(id)?.title ?? "(removed)")
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
    return MarkdownText.escape(text.isEmpty ? "anonymous" : text)
  }
}
