/// History lines: what an operation does, in words, described on the board before it is applied.
extension Board {
  func subject(of op: BoardOperation) -> HistoryEntry.Subject {
    switch op {
    case .addIdea(let i): .idea(i.id)
    case .removeIdea(let id), .editIdea(let id, _), .moveIdea(let id, _, _, _), .reorderIdea(let id, _),
      .addNote(let id, _), .removeNote(let id, _), .score(let id, _, _), .decide(let id, _),
      .restoreTriage(let id, _), .reopen(let id, _, _), .linkPerson(let id, _, _), .unlinkPerson(let id, _, _):
      .idea(id)
    case .addPerson(let p), .editPerson(let p): .person(p.id)
    case .removePerson(let id): .person(id)
    case .addSession(let s), .editSession(let s): .session(s.id)
    case .removeSession(let id), .vote(let id, _, _, _): .session(id)
    case .setStages, .setRubric, .renameBoard, .setImportProfile, .setView, .batch: .board
    }
  }

  public func summary(of op: BoardOperation) -> String {
    func stageName(_ id: String) -> String { stage(id)?.name ?? id }
    func personName(_ id: PersonID) -> String { people[id]?.fullName ?? id.code }
    switch op {
    case .addIdea(let i): return "added \(i.code) “\(i.title)” to \(stageName(i.stage))"
    case .removeIdea(let id): return "removed \(id.code)"
    case .editIdea(let id, let edits): return "edited \(id.code): \(edits.map(\.field).joined(separator: ", "))"
    case .moveIdea(let id, let s, _, _):
      let from = ideas[id].map { stageName($0.stage) } ?? "?"
      return from == stageName(s)
        ? "reordered \(id.code) in \(from)" : "moved \(id.code) from \(from) to \(stageName(s))"
    case .reorderIdea(let id, let index): return "put \(id.code) at position \(index + 1)"
    case .addNote(let id, _): return "added a note to \(id.code)"
    case .removeNote(let id, let n): return "removed note \(n) of \(id.code)"
    case .score(let id, let reviewer, let s):
      return s == nil ? "cleared \(reviewer)’s scores on \(id.code)" : "\(reviewer) scored \(id.code)"
    case .decide(let id, let d):
      switch d.kind {
      case .accept(let s): return "accepted \(id.code) into \(stageName(s))"
      case .decline(let r, _): return "declined \(id.code): \(r.label)"
      case .park(let day): return "parked \(id.code) until \(day)"
      case .merge(let into): return "merged \(id.code) into \(into.code)"
      }
    case .restoreTriage(let id, _): return "put back the triage decision on \(id.code)"
    case .reopen(let id, let s, _): return "reopened \(id.code) in \(stageName(s))"
    case .linkPerson(let id, let p, let role): return "linked \(personName(p)) to \(id.code) as \(role.rawValue)"
    case .unlinkPerson(let id, let p, let role): return "unlinked \(personName(p)) as \(role.rawValue) of \(id.code)"
    case .addPerson(let p): return "added person \(p.id.code) \(p.fullName)"
    case .removePerson(let id): return "removed person \(id.code)"
    case .editPerson(let p): return "edited person \(p.id.code)"
    case .addSession(let s): return "added session \(s.id.code) “\(s.title)”"
    case .removeSession(let id): return "removed session \(id.code)"
    case .editSession(let s): return "edited session \(s.id.code)"
    case .vote(let s, let i, _, let dots):
      return dots > 0
        ? "\(dots) dot\(dots == 1 ? "" : "s") for \(i.code) in \(s.code)"
        : "\(-dots) dot\(dots == -1 ? "" : "s") taken from \(i.code) in \(s.code)"
    case .setStages: return "changed the stages"
    case .setRubric: return "changed the rubric"
    case .renameBoard(let n): return "renamed the board to “\(n)”"
    case .setImportProfile(let n, let p):
      return p == nil ? "removed the import profile “\(n)”" : "saved the import profile “\(n)”"
    case .setView(let n, let q):
      return q == nil ? "removed the view “\(n)”" : "saved the view “\(n)”: \(q ?? "")"
    case .batch(let ops): return batchSummary(ops)
    }
  }

  /// A form's change with the people typed into its pickers (added, or taken away again by
  /// its undo) is named after the change: "added I-0401 … with a new person".
  private func batchSummary(_ ops: [BoardOperation]) -> String {
    var added = 0
    var removed = 0
    var rest: [BoardOperation] = []
    for op in ops {
      switch op {
      case .addPerson: added += 1
      case .removePerson: removed += 1
      default: rest.append(op)
      }
    }
    guard rest.count == 1, let main = rest.first, added == 0 || removed == 0 else {
      return "\(ops.count) changes at once"
    }
    let mainText: String
    switch main {
    case .addIdea(let i): mainText = "added \(i.code)"
    default: mainText = summary(of: main)
    }
    if added > 0 { return mainText + (added == 1 ? " with a new person" : " with \(added) new people") }
    if removed > 0 { return mainText + (removed == 1 ? " and the person added with it" : " and the \(removed) people added with it") }
    return mainText
  }
}
