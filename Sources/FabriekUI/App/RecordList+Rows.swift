import FabriekCore

/// The rows of the lists, made from the board: what each column shows, in order.
extension RecordList {
  /// The people columns: name, organisation, roles, languages, ideas linked (as innovator,
  /// coach or mentor). The sessions columns: date, kind, title, facilitator, agenda size,
  /// participants.
  static func rows(_ kind: Kind, board: Board, today: Day) -> [Row] {
    switch kind {
    case .people: peopleRows(board, today: today)
    case .sessions: sessionRows(board)
    }
  }

  /// How many ideas name each person, once per idea whatever the roles.
  /// Reads the ideas in place (by index: a `for idea in` copy of each record cost more than
  /// the counting at 100,000 ideas) and counts a person named twice on one idea once.
  static func ideaCounts(_ board: Board) -> [PersonID: Int] {
    var counts: [PersonID: Int] = [:]
    counts.reserveCapacity(board.people.count)
    var linked: [PersonID] = []
    let ideas = board.ideas.values
    for index in ideas.indices {
      linked.removeAll(keepingCapacity: true)
      for id in ideas[index].innovators where !linked.contains(id) { linked.append(id) }
      for id in ideas[index].mentors where !linked.contains(id) { linked.append(id) }
      if let coach = ideas[index].coach, !linked.contains(coach) { linked.append(coach) }
      for id in linked { counts[id, default: 0] += 1 }
    }
    return counts
  }

  private static func peopleRows(_ board: Board, today: Day) -> [Row] {
    let counts = ideaCounts(board)
    var fold = SearchFold()
    var rows: [Row] = []
    rows.reserveCapacity(board.people.count)
    for person in board.people.values {
      let name = person.fullName
      let roles = person.roles.map(UIText.role).joined(separator: ", ")
      let languages = person.languages.joined(separator: " ")
      let cells = [name, person.organisation, roles, languages, String(counts[person.id] ?? 0)]
      let all = [name, person.organisation, person.email, roles, languages] + person.expertise
      let erased = board.erasure(of: person.id) != nil
      rows.append(
        Row(
          record: .person(person.id), cells: cells, nameKey: fold.fold(name),
          allKey: fold.fold(all.joined(separator: " ")),
          retentionDue: !erased && person.retentionDate.map { $0 < today } == true,
          noConsent: !erased && person.consentDate == nil))
    }
    // By name as people read it (no case, no accents), then as written, then by id.
    rows.sort { a, b in
      if a.nameKey != b.nameKey { return a.nameKey.lexicographicallyPrecedes(b.nameKey) }
      if a.cells[0] != b.cells[0] { return a.cells[0] < b.cells[0] }
      return a.record.order < b.record.order
    }
    return rows
  }

  private static func sessionRows(_ board: Board) -> [Row] {
    var fold = SearchFold()
    let sessions = board.sessions.values.sorted { $0.date != $1.date ? $0.date > $1.date : $0.id > $1.id }
    return sessions.map { session in
      let facilitator = session.facilitator.map { board.people[$0]?.fullName ?? $0.code } ?? ""
      let cells = [
        Format.day(session.date), session.kind.label, session.title, facilitator, String(session.agenda.count),
        String(session.participants.count),
      ]
      return Row(
        record: .session(session.id), cells: cells, nameKey: fold.fold(session.title),
        allKey: fold.fold(cells.prefix(4).joined(separator: " ")))
    }
  }
}

extension RecordList.Record {
  /// The number of the id, to order namesakes.
  var order: Int {
    switch self {
    case .person(let id): id.rawValue
    case .session(let id): id.rawValue
    }
  }
}
