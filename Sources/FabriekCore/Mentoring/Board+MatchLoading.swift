/// Matches as a board file holds them: checked when read, and made from the mentor lists of a
/// board written before fabriek had matches.
extension Board {
  /// Takes the matches read from a file: in id order, each id once, naming ideas and people
  /// the board has; each idea's mentors must be the people of its active mentor matches.
  mutating func takeMatches(_ list: [Match], failure: (String) -> Error) throws {
    var previous = 0
    for m in list {
      if m.id.rawValue <= previous {
        throw failure(tr("match.json.order", ["code": m.id.code]))
      }
      previous = m.id.rawValue
      if let v = referenceViolations(m).first { throw failure(m.id.code + ": " + v.description) }
    }
    matches = list
    nextMatch = numberAfter(list.map(\.id.rawValue))
  }

  /// A board from before matches: every mentor of every idea becomes an active mentor match,
  /// in the order of the idea's list, proposed and activated when the idea was created.
  mutating func migrateMentorsToMatches() {
    var next = nextMatch
    for idea in ideasInOrder {
      for p in idea.mentors {
        var m = Match(
          id: MatchID(next), idea: idea.id, person: p, kind: .mentor, state: .active, proposedBy: Self.migrationAuthor,
          proposedAt: idea.created)
        m.transitions = [MatchTransition(.active, at: idea.created, by: Self.migrationAuthor)]
        matches.append(m)
        next = numberAfter([next])
      }
    }
    nextMatch = next
  }

  static let migrationAuthor = "fabriek migration"

  /// The first idea whose mentors differ from its active mentor matches, as a sentence.
  func mentorsProblem() -> String? {
    var active: [IdeaID: [Match]] = [:]
    for m in matches where m.kind == .mentor && m.state == .active { active[m.idea, default: []].append(m) }
    for m in matches where ideas[m.idea] == nil { return tr("rule.unknownIdea", ["code": m.idea.code]) }
    for idea in ideas.values {
      let derived = (active[idea.id] ?? []).sorted { ($0.activatedAt, $0.id) < ($1.activatedAt, $1.id) }.map(\.person)
      if derived != idea.mentors { return tr("match.json.mentorsDiffer", ["code": idea.code]) }
    }
    return nil
  }
}
