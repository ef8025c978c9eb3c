/// The one place where a board changes. Each operation is validated before anything is
/// touched, so a refused operation leaves the board as it was, and each returns the
/// operation that undoes it exactly.
extension Board {
  /// Applies a change, records it in history and returns the operation that undoes it.
  @discardableResult
  public mutating func apply(_ change: Change) throws(BoardError) -> BoardOperation {
    try apply(change.op, by: change.author, at: change.at, why: change.why)
  }

  @discardableResult
  public mutating func apply(_ op: BoardOperation, by who: String, at: Timestamp, why: String? = nil) throws(BoardError)
    -> BoardOperation
  {
    if case .batch(let ops) = op { return try applyBatch(ops, by: who, at: at, why: why) }
    let what = summary(of: op)
    let subject = subject(of: op)
    let placeBefore = whereabouts(of: subject)
    let concerned = matchSubject(of: op)?.person
    let inverse = try perform(op, by: who, at: at)
    var entry = HistoryEntry(at: at, who: who, subject: subject, what: what, why: why)
    entry.person = concerned
    entry.event = StageEvent(from: placeBefore, to: whereabouts(of: subject))
    history.append(entry)
    // A merge is written in the history of the idea merged into as well (`Board+Merge.swift`).
    if case .decide(_, let decision) = op, case .merge(let target) = decision.kind {
      history.append(HistoryEntry(at: at, who: who, subject: .idea(target), what: what, why: why))
    }
    return inverse
  }

  // swiftlint:disable:next cyclomatic_complexity
  private mutating func perform(_ op: BoardOperation, by who: String, at now: Timestamp) throws(BoardError)
    -> BoardOperation
  {
    switch op {
    case .addIdea(let idea):
      if ideas[idea.id] != nil { throw .conflict(tr("apply.ideaExists", ["code": idea.code])) }
      try validate(wholeIdea: idea)
      var stored = idea
      stored.mentors = []
      ideas[idea.id] = stored
      if idea.isActive { columns[idea.stage, default: []].append(idea.id) }
      nextIdea = max(nextIdea, numberAfter([idea.id.rawValue]))
      // Its mentors are active matches, made here (`Mentoring/Board+Matches.swift`).
      if idea.mentors.isEmpty { return .removeIdea(idea.id) }
      let made = setMentors(of: idea.id, to: idea.mentors, by: who, at: now, fresh: true)
      return Self.undoing([.removeIdea(idea.id)] + made)

    case .removeIdea(let id):
      var idea = try requireIdea(id)
      if let s = sessions.values.first(where: { $0.agenda.contains(id) || $0.votes.contains { $0.idea == id } }) {
        throw .conflict(tr("apply.ideaOnSession", ["code": id.code, "session": s.id.code]))
      }
      if let other = ideas.values.first(where: { $0.decision?.kind == .merge(into: id) }) {
        throw .conflict(tr("apply.mergedInto", ["other": other.code, "code": id.code]))
      }
      // Its matches go with it, and come back with it.
      let taken = takeMatches(of: id)
      idea.mentors = []
      var restore = [BoardOperation.addIdea(idea)] + taken.map(BoardOperation.restoreMatch)
      if idea.isActive, var col = columns[idea.stage], let at = col.firstIndex(of: id) {
        col.remove(at: at)
        columns[idea.stage] = col
        // Put back in its place, not at the end of the column.
        if at != col.count { restore.append(.reorderIdea(id, index: at)) }
      }
      let inverse = restore.count == 1 ? restore[0] : .batch(restore)
      ideas[id] = nil
      if id.rawValue == nextIdea - 1 { nextIdea = numberAfter(ideas.keys.map(\.rawValue)) }
      return inverse

    case .editIdea(let id, let edits):
      let idea = try requireIdea(id)
      if edits.isEmpty { throw .invalid(field: tr("field.edit"), reason: tr("apply.nothingToChange")) }
      for e in edits { try validate(e) }
      // Mentors change through matches (`Mentoring/Board+Matches.swift`), the other fields here.
      return editThroughMatches(idea, edits, by: who, at: now)

    case .moveIdea(let id, let stageID, let index, let enteredAt):
      var idea = try requireIdea(id)
      guard idea.isActive else {
        throw .conflict(
          tr("apply.offBoardMove", ["code": id.code, "place": idea.outcome?.label ?? tr("apply.offTheBoard")]))
      }
      try requireStage(stageID)
      let oldIndex = columns[idea.stage]?.firstIndex(of: id) ?? 0
      let target = (columns[stageID] ?? []).filter { $0 != id }
      let at = index ?? target.count
      guard (0...target.count).contains(at) else {
        throw .invalid(field: tr("field.position"), reason: Self.outside(at, 0, target.count))
      }
      let inverse = BoardOperation.moveIdea(id, stage: idea.stage, index: oldIndex, enteredAt: idea.enteredStage)
      columns[idea.stage]?.remove(at: oldIndex)
      columns[stageID, default: []].insert(id, at: at)
      if stageID != idea.stage {
        idea.stage = stageID
        idea.enteredStage = enteredAt
        ideas[id] = idea
      }
      return inverse

    case .reorderIdea(let id, let index):
      let idea = try requireIdea(id)
      guard idea.isActive, var col = columns[idea.stage], let old = col.firstIndex(of: id) else {
        throw .conflict(tr("apply.notOnBoard", ["code": id.code]))
      }
      guard (0..<col.count).contains(index) else {
        throw .invalid(field: tr("field.position"), reason: Self.outside(index, 0, col.count - 1))
      }
      col.remove(at: old)
      col.insert(id, at: index)
      columns[idea.stage] = col
      return .reorderIdea(id, index: old)

    case .addNote(let id, let proposed):
      var idea = try requireIdea(id)
      var note = proposed
      // A note written while another process adds one must not collide: id 0 takes the next
      // free id when applied (the same one again when the journal is replayed).
      if note.id == Note.nextFreeID { note.id = numberAfter(idea.notes.map(\.id)) }
      try Rules.note(note.text).throwFirst()
      if idea.notes.contains(where: { $0.id == note.id }) {
        throw .conflict(tr("apply.noteExists", ["code": id.code, "note": String(note.id)]))
      }
      if let s = note.session, sessions[s] == nil { throw BoardError.noSession(s) }
      let at = idea.notes.firstIndex { $0.id > note.id } ?? idea.notes.count
      idea.notes.insert(note, at: at)
      ideas[id] = idea
      return .removeNote(id, noteID: note.id)

    case .removeNote(let id, let noteID):
      var idea = try requireIdea(id)
      guard let i = idea.notes.firstIndex(where: { $0.id == noteID }) else {
        throw .notFound(tr("error.what.note", ["note": String(noteID), "code": id.code]))
      }
      let note = idea.notes.remove(at: i)
      ideas[id] = idea
      return .addNote(id, note)

    case .score(let id, let reviewer, let scores):
      var idea = try requireIdea(id)
      if let s = scores { try validateScores(s, reviewer: reviewer) }
      let old = idea.scores[reviewer]
      idea.scores[reviewer] = scores
      ideas[id] = idea
      return .score(id, reviewer: reviewer, scores: old)

    case .decide(let id, let decision):
      let idea = try requireIdea(id)
      let before = triageState(of: idea)
      var after = before
      after.decision = decision
      switch decision.kind {
      case .accept(let stageID):
        try requireStage(stageID)
        if stageID != idea.stage || !idea.isActive {
          after.stage = stageID
          after.enteredStage = decision.at
          after.index = columns[stageID]?.count ?? 0
        }
        after.outcome = nil
      case .decline(let reason, let text):
        if text.trimmingCharactersInWhitespace().isEmpty {
          throw .invalid(field: tr("field.reason"), reason: tr("apply.sayWhyDeclined", ["code": id.code]))
        }
        after.outcome = .declined(reason: reason, text: text)
      case .park(let day):
        if day <= decision.at.day {
          throw .invalid(field: tr("field.revisitDate"), reason: tr("apply.notInFuture", ["day": CoreText.day(day)]))
        }
        after.outcome = .parked(revisit: day)
      case .merge(let target):
        let into = try requireIdea(target)
        if target == id { throw .invalid(field: tr("field.merge"), reason: tr("apply.mergeIntoItself")) }
        if !into.isActive {
          throw .conflict(
            tr("apply.offBoardMerge", ["code": target.code, "place": into.outcome?.label ?? tr("apply.offTheBoard")]))
        }
        after.outcome = .declined(reason: .duplicate, text: "merged into \(target.code)")
      }
      place(id, after)
      return .restoreTriage(id, before)

    case .restoreTriage(let id, let state):
      let idea = try requireIdea(id)
      try requireStage(state.stage)
      if state.outcome == nil, let i = state.index {
        let count = (columns[state.stage] ?? []).filter { $0 != id }.count
        if !(0...count).contains(i) { throw .invalid(field: tr("field.position"), reason: Self.outside(i, 0, count)) }
      }
      let before = triageState(of: idea)
      place(id, state)
      return .restoreTriage(id, before)

    case .reopen(let id, let stageID, let at):
      let idea = try requireIdea(id)
      if idea.isActive { throw .conflict(tr("apply.onBoardAlready", ["code": id.code])) }
      try requireStage(stageID)
      let before = triageState(of: idea)
      var after = before
      after.outcome = nil
      after.stage = stageID
      after.enteredStage = at
      after.index = columns[stageID]?.count ?? 0
      place(id, after)
      return .restoreTriage(id, before)

    case .linkPerson(let id, let person, let role):
      var idea = try requireIdea(id)
      if people[person] == nil { throw BoardError.noPerson(person) }
      if role == .mentor {
        if idea.mentors.contains(person) {
          throw .conflict(tr("apply.alreadyMentor", ["person": person.code, "code": id.code]))
        }
        return Self.undoing(setMentors(of: id, to: idea.mentors + [person], by: who, at: now))
      }
      let inverse: BoardOperation
      switch role {
      case .innovator, .mentor:
        if idea.innovators.contains(person) {
          throw .conflict(tr("apply.alreadyInnovator", ["person": person.code, "code": id.code]))
        }
        idea.innovators.append(person)
        inverse = .unlinkPerson(id, person, role)
      case .coach:
        if idea.coach == person { throw .conflict(tr("apply.alreadyCoach", ["person": person.code, "code": id.code])) }
        inverse = .editIdea(id, [.coach(idea.coach)])
        idea.coach = person
      }
      ideas[id] = idea
      return inverse

    case .unlinkPerson(let id, let person, let role):
      var idea = try requireIdea(id)
      let inverse: BoardOperation
      switch role {
      case .innovator:
        guard idea.innovators.contains(person) else {
          throw .conflict(tr("apply.notInnovator", ["person": person.code, "code": id.code]))
        }
        inverse = .editIdea(id, [.innovators(idea.innovators)])
        idea.innovators.removeAll { $0 == person }
      case .mentor:
        guard idea.mentors.contains(person) else {
          throw .conflict(tr("apply.notMentor", ["person": person.code, "code": id.code]))
        }
        return Self.undoing(setMentors(of: id, to: idea.mentors.filter { $0 != person }, by: who, at: now))
      case .coach:
        guard idea.coach == person else {
          throw .conflict(tr("apply.notCoach", ["person": person.code, "code": id.code]))
        }
        inverse = .linkPerson(id, person, .coach)
        idea.coach = nil
      }
      ideas[id] = idea
      return inverse

    case .addPerson(let p):
      if people[p.id] != nil { throw .conflict(tr("apply.personExists", ["code": p.id.code])) }
      try Rules.person(p).throwFirst()
      people[p.id] = p
      nextPerson = max(nextPerson, numberAfter([p.id.rawValue]))
      return .removePerson(p.id)

    case .removePerson(let id):
      guard let p = people[id] else { throw BoardError.noPerson(id) }
      let refs = references(to: id)
      if !refs.isEmpty {
        throw .conflict(
          tr(
            "apply.stillLinked", ["name": p.fullName, "code": id.code, "refs": refs.prefix(5).joined(separator: ", ")]))
      }
      people[id] = nil
      if id.rawValue == nextPerson - 1 { nextPerson = numberAfter(people.keys.map(\.rawValue)) }
      return .addPerson(p)

    case .editPerson(let p):
      guard let old = people[p.id] else { throw BoardError.noPerson(p.id) }
      if erasure(of: p.id) != nil, PersonScrub.erased(p) != p {
        // An undo from before the erasure must not bring the data back.
        throw .conflict("\(p.id.code) was erased: only their roles and figures can change.")
      }
      try Rules.person(p).throwFirst()
      people[p.id] = p
      return .editPerson(old)

    case .addSession(let s):
      if sessions[s.id] != nil { throw .conflict(tr("apply.sessionExists", ["code": s.id.code])) }
      try validate(session: s)
      sessions[s.id] = s
      nextSession = max(nextSession, numberAfter([s.id.rawValue]))
      return .removeSession(s.id)

    case .removeSession(let id):
      guard let s = sessions[id] else { throw BoardError.noSession(id) }
      if let i = ideas.values.first(where: { $0.notes.contains { $0.session == id } }) {
        throw .conflict(tr("apply.sessionHasNotes", ["idea": i.code, "code": id.code]))
      }
      sessions[id] = nil
      if id.rawValue == nextSession - 1 { nextSession = numberAfter(sessions.keys.map(\.rawValue)) }
      return .addSession(s)

    case .editSession(let s):
      guard let old = sessions[s.id] else { throw BoardError.noSession(s.id) }
      try validate(session: s)
      sessions[s.id] = s
      return .editSession(old)

    case .vote(let sid, let iid, let participant, let dots):
      guard var s = sessions[sid] else { throw BoardError.noSession(sid) }
      _ = try requireIdea(iid)
      if let p = participant, people[p] == nil { throw BoardError.noPerson(p) }
      if dots == 0 { throw .invalid(field: tr("field.votes"), reason: tr("apply.voteNoDots")) }
      let old = s
      if let i = s.votes.firstIndex(where: { $0.idea == iid && $0.participant == participant }) {
        let total = s.votes[i].dots + dots
        if total < 0 {
          throw .invalid(
            field: tr("field.votes"),
            reason: tr("apply.onlyDots", ["code": iid.code, "dots": CoreText.number(s.votes[i].dots)]))
        }
        if total == 0 { s.votes.remove(at: i) } else { s.votes[i].dots = total }
      } else {
        if dots < 0 { throw .invalid(field: tr("field.votes"), reason: tr("apply.noDots", ["code": iid.code])) }
        s.votes.append(DotVote(idea: iid, participant: participant, dots: dots))
      }
      sessions[sid] = s
      return .editSession(old)

    case .setStages(let new):
      try validate(stages: new)
      let old = stages
      let newIDs = Set(new.map(\.id))
      for key in columns.keys where !newIDs.contains(key) { columns[key] = nil }
      for s in new where columns[s.id] == nil { columns[s.id] = [] }
      stages = new
      return .setStages(old)

    case .setRubric(let new):
      try validate(rubric: new)
      let old = rubric
      rubric = new
      return .setRubric(old)

    case .renameBoard(let new):
      try Rules.text(new, field: tr("field.boardName"), max: Rules.maxTitle, empty: tr("apply.boardNeedsName"))
      let old = name
      name = new
      return .renameBoard(old)

    case .setImportProfile(let name, let profile):
      return try performSetImportProfile(name: name, profile: profile)

    case .erasePerson(let erasure):
      return try performErase(erasure)
    case .setView(let name, let query):
      return try performSetView(name: name, query: query)
    case .exit(let id, let change):
      return try performExit(id, change)
    case .setExitSettings(let settings):
      return try performSetExitSettings(settings)

    case .proposeMatch, .removeMatch, .restoreMatch, .moveMatch, .logHours, .removeHours, .setMatchWeights:
      return try performMatch(op, by: who, at: now)

    case .batch:
      var copy = self
      let inverse = try copy.apply(op, by: "", at: Timestamp(seconds: 0))
      self = copy
      return inverse
    }
  }

  func triageState(of idea: Idea) -> TriageState {
    TriageState(
      stage: idea.stage, enteredStage: idea.enteredStage, outcome: idea.outcome, decision: idea.decision,
      index: idea.isActive ? columns[idea.stage]?.firstIndex(of: idea.id) : nil)
  }

  private mutating func place(_ id: IdeaID, _ state: TriageState) {
    guard var idea = ideas[id] else { return }
    if idea.isActive { columns[idea.stage]?.removeAll { $0 == id } }
    idea.stage = state.stage
    idea.enteredStage = state.enteredStage
    idea.outcome = state.outcome
    idea.decision = state.decision
    ideas[id] = idea
    if state.outcome == nil {
      var col = columns[state.stage] ?? []
      col.insert(id, at: min(state.index ?? col.count, col.count))
      columns[state.stage] = col
    }
  }
}
