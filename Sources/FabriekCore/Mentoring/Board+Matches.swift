/// Applying the match operations, and keeping `Idea.mentors` equal to the people of the idea's
/// active mentor matches, in the order they became active. Every operation that changes an
/// idea's mentors (`linkPerson`/`unlinkPerson` as mentor, `editIdea(.mentors)`, `addIdea` of an
/// idea with mentors) goes through `setMentors`, which makes the matches that say so: a new
/// mentor gets an active match (an open proposal of theirs becomes active), a mentor taken off
/// has theirs ended with reason "other". Each returns its exact inverse.
extension Board {
  /// Where the match with `id` is in `matches` (kept in id order).
  func matchIndex(_ id: MatchID) -> Int? {
    var low = 0
    var high = matches.count
    while low < high {
      let mid = (low + high) / 2
      if matches[mid].id < id { low = mid + 1 } else { high = mid }
    }
    return low < matches.count && matches[low].id == id ? low : nil
  }

  func requireMatch(_ id: MatchID) throws(BoardError) -> Match {
    guard let m = match(id) else { throw .conflict(tr("match.none", ["code": id.code])) }
    return m
  }

  /// The matches of one idea, in id order.
  public func matches(of idea: IdeaID) -> [Match] { matches.filter { $0.idea == idea } }

  /// The matches of one person, in id order.
  public func matches(for person: PersonID) -> [Match] { matches.filter { $0.person == person } }

  /// The people of the idea's active mentor matches, in the order they became active.
  public func activeMentors(of idea: IdeaID) -> [PersonID] {
    matches.filter { $0.idea == idea && $0.kind == .mentor && $0.state == .active }
      .sorted { ($0.activatedAt, $0.id) < ($1.activatedAt, $1.id) }.map(\.person)
  }

  /// Adds or replaces a match, keeping id order and the next number.
  mutating func put(_ m: Match) {
    if matches.last.map({ $0.id < m.id }) ?? true {
      matches.append(m)
      nextMatch = Swift.max(nextMatch, numberAfter([m.id.rawValue]))
    } else if let k = matchIndex(m.id) {
      matches[k] = m
    } else {
      let at = matches.firstIndex { $0.id > m.id } ?? matches.count
      matches.insert(m, at: at)
      nextMatch = Swift.max(nextMatch, numberAfter([m.id.rawValue]))
    }
  }

  /// Takes the match at `index` away, renumbering from the largest left when it was the last.
  @discardableResult
  mutating func takeMatch(at index: Int) -> Match {
    let m = matches.remove(at: index)
    if m.id.rawValue == nextMatch - 1 { nextMatch = numberAfter(matches.map(\.id.rawValue)) }
    return m
  }

  mutating func syncMentors(of id: IdeaID) {
    guard var idea = ideas[id] else { return }
    let mentors = activeMentors(of: id)
    if idea.mentors != mentors {
      idea.mentors = mentors
      ideas[id] = idea
    }
  }

  /// Makes `new` the idea's mentors through its matches; returns the inverses, in the order
  /// the changes were made. `fresh`: the idea was just added and has no match yet.
  mutating func setMentors(of id: IdeaID, to new: [PersonID], by who: String, at: Timestamp, fresh: Bool = false)
    -> [BoardOperation]
  {
    var inverses: [BoardOperation] = []
    var current = Set<PersonID>()
    if !fresh {
      let keep = Set(new)
      for k in matches.indices where matches[k].idea == id && matches[k].kind == .mentor && matches[k].state == .active {
        if keep.contains(matches[k].person) {
          current.insert(matches[k].person)
          continue
        }
        inverses.append(.restoreMatch(matches[k]))
        matches[k].state = .ended
        matches[k].transitions.append(MatchTransition(.ended, at: at, by: who))
        matches[k].endReason = MatchEndReason(.other)
      }
    }
    for p in new where !current.contains(p) {
      current.insert(p)
      if !fresh,
        let k = matches.lastIndex(where: {
          $0.idea == id && $0.kind == .mentor && $0.person == p && ($0.state == .proposed || $0.state == .introduced)
        })
      {
        inverses.append(.restoreMatch(matches[k]))
        matches[k].state = .active
        matches[k].transitions.append(MatchTransition(.active, at: at, by: who))
        continue
      }
      var m = Match(
        id: MatchID(nextMatch), idea: id, person: p, kind: .mentor, state: .active, proposedBy: who, proposedAt: at)
      m.transitions = [MatchTransition(.active, at: at, by: who)]
      put(m)
      inverses.append(.removeMatch(m.id))
    }
    if fresh, var idea = ideas[id] {
      idea.mentors = new
      ideas[id] = idea
    } else {
      syncMentors(of: id)
    }
    return inverses
  }

  /// Applies checked edits to `idea`: its mentors through `setMentors`, the other fields as
  /// they are; the inverse undoes both.
  mutating func editThroughMatches(_ idea: Idea, _ edits: [IdeaEdit], by who: String, at: Timestamp) -> BoardOperation {
    var idea = idea
    let rest = edits.filter { if case .mentors = $0 { false } else { true } }
    var made: [BoardOperation] = []
    if !rest.isEmpty {
      let inverse = rest.reversed().map { $0.current(in: idea) }
      for e in rest { e.write(into: &idea) }
      ideas[idea.id] = idea
      made.append(.editIdea(idea.id, inverse))
    }
    if let list = edits.lazy.compactMap({ e -> [PersonID]? in if case .mentors(let l) = e { l } else { nil } }).last {
      made += setMentors(of: idea.id, to: list, by: who, at: at)
    }
    return Self.undoing(made)
  }

  /// Takes every match of an idea away (the idea is being removed); returns them.
  mutating func takeMatches(of id: IdeaID) -> [Match] {
    guard matches.contains(where: { $0.idea == id }) else { return [] }
    let taken = matches.filter { $0.idea == id }
    matches.removeAll { $0.idea == id }
    if taken.contains(where: { $0.id.rawValue == nextMatch - 1 }) { nextMatch = numberAfter(matches.map(\.id.rawValue)) }
    syncMentors(of: id)
    return taken
  }

  /// One undo step for several inverses made in order: the last made is undone first.
  static func undoing(_ inverses: [BoardOperation]) -> BoardOperation {
    inverses.count == 1 ? inverses[0] : .batch(inverses.reversed())
  }

  // swiftlint:disable:next cyclomatic_complexity
  mutating func performMatch(_ op: BoardOperation, by who: String, at: Timestamp) throws(BoardError) -> BoardOperation {
    switch op {
    case .proposeMatch(let m):
      if match(m.id) != nil { throw .conflict(tr("match.exists", ["code": m.id.code])) }
      try proposalViolations(m).throwFirst()
      put(m)
      return .removeMatch(m.id)

    case .removeMatch(let id):
      guard let k = matchIndex(id) else { throw .conflict(tr("match.none", ["code": id.code])) }
      let m = takeMatch(at: k)
      syncMentors(of: m.idea)
      return .restoreMatch(m)

    case .restoreMatch(let m):
      try referenceViolations(m).throwFirst()
      let old = match(m.id)
      put(m)
      syncMentors(of: m.idea)
      if let o = old, o.idea != m.idea { syncMentors(of: o.idea) }
      return old.map(BoardOperation.restoreMatch) ?? .removeMatch(m.id)

    case .moveMatch(let id, let t, let reason, let override):
      let old = try requireMatch(id)
      try moveViolations(id, t.state, reason: reason, override: override).throwFirst()
      var m = old
      m.state = t.state
      m.transitions.append(t)
      if t.state.needsReason { m.endReason = reason }
      if let o = Self.given(override) { m.overrideReason = o }
      put(m)
      if m.kind == .mentor && (old.state == .active || m.state == .active) { syncMentors(of: m.idea) }
      return .restoreMatch(old)

    case .logHours(let id, let proposed, let override):
      let old = try requireMatch(id)
      var entry = proposed
      if entry.id == Match.nextFreeEntry { entry.id = numberAfter(old.hours.map(\.id)) }
      if old.hours.contains(where: { $0.id == entry.id }) {
        throw .conflict(tr("match.entryExists", ["code": id.code, "entry": String(entry.id)]))
      }
      try hoursViolations(id, entry, override: override).throwFirst()
      var m = old
      let at = m.hours.firstIndex { $0.id > entry.id } ?? m.hours.count
      m.hours.insert(entry, at: at)
      if let o = Self.given(override) { m.overrideReason = o }
      put(m)
      return .restoreMatch(old)

    case .removeHours(let id, let entry):
      let old = try requireMatch(id)
      guard let k = old.hours.firstIndex(where: { $0.id == entry }) else {
        throw .conflict(tr("match.noEntry", ["code": id.code, "entry": String(entry)]))
      }
      var m = old
      m.hours.remove(at: k)
      put(m)
      return .restoreMatch(old)

    case .setMatchWeights(let w):
      if let w { try weightViolations(w).throwFirst() }
      let old = matchWeights
      matchWeights = w
      return .setMatchWeights(old)

    default:
      throw .invalid(field: tr("field.edit"), reason: tr("apply.nothingToChange"))
    }
  }

  /// An override reason that says something, trimmed; nil for none or blanks.
  static func given(_ text: String?) -> String? {
    guard let t = text?.trimmingCharactersInWhitespace(), !t.isEmpty else { return nil }
    return t
  }

  /// The idea and person an operation on matches concerns, for its history line.
  func matchSubject(of op: BoardOperation) -> (idea: IdeaID, person: PersonID)? {
    switch op {
    case .proposeMatch(let m), .restoreMatch(let m): (m.idea, m.person)
    case .removeMatch(let id), .moveMatch(let id, _, _, _), .logHours(let id, _, _), .removeHours(let id, _):
      match(id).map { ($0.idea, $0.person) }
    default: nil
    }
  }
}
