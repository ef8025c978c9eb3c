/// A session's summary as Markdown, for after a vision or co-creation session: what was on
/// the agenda, who took part, how the room voted and what was contributed.
///
/// What it shows is `SessionSummary.content` (`SessionSummary+Content.swift`), the same as
/// present mode's summary screen: people by `Person.publicName` (first name and initial unless
/// they agreed to more), every other text through `PublicText.clean`, because a summary is
/// handed to the participants. Private notes are left out, and so are contact details. Every
/// piece of board text goes through `MarkdownText.escape`, so markup, line breaks and
/// invisible characters in the data cannot change the document's structure. Headings and
/// labels are in the current language (`export.session.*`), dates too (ISO in English).
public enum SessionSummary {
  public static func markdown(_ id: SessionID, on board: Board) throws(BoardError) -> String {
    let content = try content(id, on: board)
    let e = MarkdownText.escape
    var lines = ["# " + e(content.title), ""]
    for fact in content.facts { lines.append("- " + e(fact.line)) }

    lines += ["", "## " + tr("export.session.agenda"), ""]
    if content.agenda.isEmpty { lines.append("_\(tr("export.session.noAgenda"))_") }
    for (n, idea) in content.agenda.enumerated() { lines.append("\(n + 1). \(idea.code) " + e(idea.title)) }

    lines += ["", "## " + tr("export.session.votes"), ""]
    if content.votes.isEmpty {
      lines.append("_\(tr("export.session.noVotes"))_")
    } else {
      lines += [
        "| \(tr("export.session.idea")) | \(tr("export.md.title")) | \(tr("export.session.dots")) |",
        "| --- | --- | ---: |",
      ]
      for vote in content.votes {
        lines.append("| \(vote.idea.code) | \(e(vote.idea.title)) | \(CoreText.number(vote.dots)) |")
      }
    }

    lines += ["", "## " + tr("export.session.contributions"), ""]
    if content.contributions.isEmpty { lines.append("_\(tr("export.session.noContributions"))_") }
    for group in content.contributions {
      lines += ["### \(group.idea.code) " + e(group.idea.title), ""]
      for note in group.notes { lines.append("- \(note.clock) \(e(note.author)): \(e(note.text))") }
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
}
