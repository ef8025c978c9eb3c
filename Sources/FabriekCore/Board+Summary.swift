/// History lines: what an operation does, in words, described on the board before it is applied.
/// They are written into the board file, which stays the same in every language, so the history
/// line is English whatever language is current (`summary(of:)`); `summary(of:in:)` words the
/// same line in another language for the screen.
extension Board {
  func subject(of op: BoardOperation) -> HistoryEntry.Subject {
    switch op {
    case .addIdea(let i): .idea(i.id)
    case .removeIdea(let id), .editIdea(let id, _), .moveIdea(let id, _, _, _), .reorderIdea(let id, _),
      .addNote(let id, _), .removeNote(let id, _), .score(let id, _, _), .decide(let id, _),
      .restoreTriage(let id, _), .reopen(let id, _, _), .linkPerson(let id, _, _), .unlinkPerson(let id, _, _),
      .exit(let id, _):
      .idea(id)
    case .addPerson(let p), .editPerson(let p): .person(p.id)
    case .removePerson(let id): .person(id)
    case .erasePerson(let e): .person(e.person)
    case .addSession(let s), .editSession(let s): .session(s.id)
    case .removeSession(let id), .vote(let id, _, _, _): .session(id)
    case .proposeMatch, .removeMatch, .restoreMatch, .moveMatch, .logHours, .removeHours:
      matchSubject(of: op).map { .idea($0.idea) } ?? .board
    case .setStages, .setRubric, .renameBoard, .setImportProfile, .setView, .setMatchWeights, .batch, .setExitSettings:
      .board
    }
  }

  /// What `op` does, in words. In English (the default) it is the history line written into the
  /// board file; in another language it is the same line for the screen (a status line).
  public func summary(of op: BoardOperation, in language: Language = .en) -> String {
    func t(_ key: String, _ arguments: [String: any LocalizedArgument] = [:]) -> String {
      tr("history." + key, arguments, in: language)
    }
    func stageName(_ id: String) -> String {
      guard let s = stage(id) else { return id }
      return language == .en ? s.name : s.displayName(in: language)
    }
    func personName(_ id: PersonID) -> String { people[id]?.fullName ?? id.code }
    func role(_ r: IdeaRole) -> String { language == .en ? r.rawValue : tr("role." + r.rawValue, [:], in: language) }
    switch op {
    case .addIdea(let i): return t("addIdea", ["code": i.code, "title": i.title, "stage": stageName(i.stage)])
    case .removeIdea(let id): return t("removeIdea", ["code": id.code])
    case .editIdea(let id, let edits):
      return t("editIdea", ["code": id.code, "fields": edits.map { $0.field(in: language) }.joined(separator: ", ")])
    case .moveIdea(let id, let s, _, _):
      let from = ideas[id].map { stageName($0.stage) } ?? "?"
      return from == stageName(s)
        ? t("reorderIdea", ["code": id.code, "stage": from])
        : t("moveIdea", ["code": id.code, "from": from, "to": stageName(s)])
    case .reorderIdea(let id, let index): return t("putAt", ["code": id.code, "position": String(index + 1)])
    case .addNote(let id, _): return t("addNote", ["code": id.code])
    case .removeNote(let id, let n): return t("removeNote", ["code": id.code, "note": String(n)])
    case .score(let id, let reviewer, let s):
      return s == nil
        ? t("clearScores", ["reviewer": reviewer, "code": id.code])
        : t("score", ["reviewer": reviewer, "code": id.code])
    case .decide(let id, let d):
      switch d.kind {
      case .accept(let s): return t("accept", ["code": id.code, "stage": stageName(s)])
      case .decline(let r, _): return t("decline", ["code": id.code, "reason": r.label(in: language)])
      case .park(let day): return t("park", ["code": id.code, "day": CoreText.day(day, in: language)])
      case .merge(let into): return t("merge", ["code": id.code, "into": into.code])
      }
    case .restoreTriage(let id, _): return t("restoreTriage", ["code": id.code])
    case .reopen(let id, let s, _): return t("reopen", ["code": id.code, "stage": stageName(s)])
    case .linkPerson(let id, let p, let r):
      return t("linkPerson", ["name": personName(p), "code": id.code, "role": role(r)])
    case .unlinkPerson(let id, let p, let r):
      return t("unlinkPerson", ["name": personName(p), "code": id.code, "role": role(r)])
    case .addPerson(let p): return t("addPerson", ["code": p.id.code, "name": p.fullName])
    case .removePerson(let id): return t("removePerson", ["code": id.code])
    case .editPerson(let p): return t("editPerson", ["code": p.id.code])
    case .addSession(let s): return t("addSession", ["code": s.id.code, "title": s.title])
    case .removeSession(let id): return t("removeSession", ["code": id.code])
    case .editSession(let s): return t("editSession", ["code": s.id.code])
    case .vote(let s, let i, _, let dots):
      let n = CoreText.number(abs(dots), in: language)
      let key = dots > 0 ? (dots == 1 ? "dotFor" : "dotsFor") : (dots == -1 ? "dotTaken" : "dotsTaken")
      return t(key, ["n": n, "code": i.code, "session": s.code])
    case .setStages: return t("setStages")
    case .setRubric: return t("setRubric")
    case .renameBoard(let n): return t("renameBoard", ["name": n])
    case .setImportProfile(let n, let p):
      return p == nil ? t("removeProfile", ["name": n]) : t("saveProfile", ["name": n])
    case .erasePerson(let e): return t("erasePerson", ["code": e.person.code])
    case .setView(let n, let q):
      return q == nil ? t("removeView", ["name": n]) : t("saveView", ["name": n, "query": q ?? ""])
    case .proposeMatch, .removeMatch, .restoreMatch, .moveMatch, .logHours, .removeHours, .setMatchWeights:
      return matchSummary(of: op, in: language)
    case .batch(let ops): return exitBatchSummary(ops, in: language) ?? batchSummary(ops, in: language)
    case .exit(let id, let change): return exitSummary(id, change, in: language)
    case .setExitSettings: return t("exit.settings")
    }
  }

  /// A form's change with the people typed into its pickers (added, or taken away again by
  /// its undo) is named after the change: "added I-0401 … with a new person".
  private func batchSummary(_ ops: [BoardOperation], in language: Language) -> String {
    func t(_ key: String, _ arguments: [String: any LocalizedArgument] = [:]) -> String {
      tr("history." + key, arguments, in: language)
    }
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
      return t("batch", ["n": CoreText.number(ops.count, in: language)])
    }
    let mainText: String
    switch main {
    case .addIdea(let i): mainText = t("added", ["code": i.code])
    default: mainText = summary(of: main, in: language)
    }
    let nAdded = CoreText.number(added, in: language)
    let nRemoved = CoreText.number(removed, in: language)
    if added > 0 { return mainText + (added == 1 ? t("withNewPerson") : t("withNewPeople", ["n": nAdded])) }
    if removed > 0 {
      return mainText + (removed == 1 ? t("andPersonAdded") : t("andPeopleAdded", ["n": nRemoved]))
    }
    return mainText
  }
}
