/// New records get their ids when the change is applied under the store's lock: a form that
/// numbered its new idea from a board another process has since added to is renumbered, so
/// that a valid save never fails for an id the user cannot choose.
extension Board {
  /// `op` with every added idea, person and session whose id is taken on this board given
  /// the next free one, and every reference to it inside `op` changed with it.
  public func numberingNewRecords(_ op: BoardOperation) -> BoardOperation {
    var added = NewIDs()
    added.collect(op)
    var map = IDMap()
    var nextIdea = Swift.max(self.nextIdea, numberAfter(added.ideas.map(\.rawValue)))
    var nextPerson = Swift.max(self.nextPerson, numberAfter(added.people.map(\.rawValue)))
    var nextSession = Swift.max(self.nextSession, numberAfter(added.sessions.map(\.rawValue)))
    var nextMatch = Swift.max(self.nextMatch, numberAfter(added.matches.map(\.rawValue)))
    for id in added.ideas where ideas[id] != nil && map.ideas[id] == nil {
      map.ideas[id] = IdeaID(nextIdea)
      nextIdea = numberAfter([nextIdea])
    }
    for id in added.people where people[id] != nil && map.people[id] == nil {
      map.people[id] = PersonID(nextPerson)
      nextPerson = numberAfter([nextPerson])
    }
    for id in added.sessions where sessions[id] != nil && map.sessions[id] == nil {
      map.sessions[id] = SessionID(nextSession)
      nextSession = numberAfter([nextSession])
    }
    for id in added.matches where match(id) != nil && map.matches[id] == nil {
      map.matches[id] = MatchID(nextMatch)
      nextMatch = numberAfter([nextMatch])
    }
    return map.isEmpty ? op : map.apply(op)
  }
}

/// The ids an operation adds records under, in order.
private struct NewIDs {
  var ideas: [IdeaID] = []
  var people: [PersonID] = []
  var sessions: [SessionID] = []
  var matches: [MatchID] = []

  mutating func collect(_ op: BoardOperation) {
    switch op {
    case .addIdea(let i): ideas.append(i.id)
    case .proposeMatch(let m): matches.append(m.id)
    case .addPerson(let p): people.append(p.id)
    case .addSession(let s): sessions.append(s.id)
    case .batch(let ops): for o in ops { collect(o) }
    default: break
    }
  }
}

/// Old id → new id, applied to every id an operation holds.
struct IDMap {
  var ideas: [IdeaID: IdeaID] = [:]
  var people: [PersonID: PersonID] = [:]
  var sessions: [SessionID: SessionID] = [:]
  var matches: [MatchID: MatchID] = [:]

  var isEmpty: Bool { ideas.isEmpty && people.isEmpty && sessions.isEmpty && matches.isEmpty }

  func idea(_ id: IdeaID) -> IdeaID { ideas[id] ?? id }
  func person(_ id: PersonID) -> PersonID { people[id] ?? id }
  func session(_ id: SessionID) -> SessionID { sessions[id] ?? id }
  func match(_ id: MatchID) -> MatchID { matches[id] ?? id }

  func apply(_ m: Match) -> Match {
    var m = m
    m.id = match(m.id)
    m.idea = idea(m.idea)
    m.person = person(m.person)
    return m
  }

  func apply(_ op: BoardOperation) -> BoardOperation {
    switch op {
    case .addIdea(let i): return .addIdea(apply(i))
    case .removeIdea(let id): return .removeIdea(idea(id))
    case .editIdea(let id, let edits): return .editIdea(idea(id), edits.map(apply))
    case .moveIdea(let id, let stage, let index, let at): return .moveIdea(idea(id), stage: stage, index: index, enteredAt: at)
    case .reorderIdea(let id, let index): return .reorderIdea(idea(id), index: index)
    case .addNote(let id, var note):
      note.session = note.session.map(session)
      return .addNote(idea(id), note)
    case .removeNote(let id, let noteID): return .removeNote(idea(id), noteID: noteID)
    case .score(let id, let reviewer, let scores): return .score(idea(id), reviewer: reviewer, scores: scores)
    case .decide(let id, let d): return .decide(idea(id), apply(d))
    case .restoreTriage(let id, var t):
      t.decision = t.decision.map(apply)
      return .restoreTriage(idea(id), t)
    case .reopen(let id, let stage, let at): return .reopen(idea(id), stage: stage, at: at)
    case .linkPerson(let id, let p, let role): return .linkPerson(idea(id), person(p), role)
    case .unlinkPerson(let id, let p, let role): return .unlinkPerson(idea(id), person(p), role)
    case .erasePerson(var e):
      e.person = person(e.person)
      return .erasePerson(e)
    case .addPerson(var p):
      p.id = person(p.id)
      return .addPerson(p)
    case .removePerson(let id): return .removePerson(person(id))
    case .editPerson(var p):
      p.id = person(p.id)
      return .editPerson(p)
    case .addSession(let s): return .addSession(apply(s))
    case .removeSession(let id): return .removeSession(session(id))
    case .editSession(let s): return .editSession(apply(s))
    case .vote(let s, let i, let participant, let dots):
      return .vote(session(s), idea(i), participant: participant.map(person), dots: dots)
    case .proposeMatch(let m): return .proposeMatch(apply(m))
    case .restoreMatch(let m): return .restoreMatch(apply(m))
    case .removeMatch(let id): return .removeMatch(match(id))
    case .moveMatch(let id, let t, let reason, let override):
      return .moveMatch(match(id), t, reason: reason, override: override)
    case .logHours(let id, let e, let override): return .logHours(match(id), e, override: override)
    case .removeHours(let id, let entry): return .removeHours(match(id), entry: entry)
    case .setStages, .setRubric, .renameBoard, .setImportProfile, .setView, .setMatchWeights: return op
    case .batch(let ops): return .batch(ops.map(apply))
    case .exit(let id, let change): return .exit(idea(id), change)
    case .setExitSettings: return op
    }
  }

  func apply(_ i: Idea) -> Idea {
    var i = i
    i.id = idea(i.id)
    i.innovators = i.innovators.map(person)
    i.coach = i.coach.map(person)
    i.mentors = i.mentors.map(person)
    i.decision = i.decision.map(apply)
    i.notes = i.notes.map { n in
      var n = n
      n.session = n.session.map(session)
      return n
    }
    return i
  }

  func apply(_ d: Decision) -> Decision {
    var d = d
    if case .merge(let into) = d.kind { d.kind = .merge(into: idea(into)) }
    return d
  }

  func apply(_ e: IdeaEdit) -> IdeaEdit {
    switch e {
    case .innovators(let ps): .innovators(ps.map(person))
    case .coach(let p): .coach(p.map(person))
    case .mentors(let ps): .mentors(ps.map(person))
    default: e
    }
  }

  func apply(_ s: Session) -> Session {
    var s = s
    s.id = session(s.id)
    s.facilitator = s.facilitator.map(person)
    s.agenda = s.agenda.map(idea)
    s.participants = s.participants.map(person)
    s.votes = s.votes.map { v in
      var v = v
      v.idea = idea(v.idea)
      v.participant = v.participant.map(person)
      return v
    }
    return s
  }
}
