/// The history lines of the match operations (`Board.summary(of:in:)`, English in the board
/// file, the current language on screen).
extension Board {
  func matchSummary(of op: BoardOperation, in language: Language) -> String {
    func t(_ key: String, _ arguments: [String: any LocalizedArgument] = [:]) -> String {
      tr("history.match." + key, arguments, in: language)
    }
    func name(_ id: PersonID) -> String { people[id]?.fullName ?? id.code }
    func kind(_ k: MatchKind) -> String { tr("match.kind." + k.rawValue, [:], in: language) }
    func state(_ s: MatchState) -> String { tr("match.state." + s.rawValue, [:], in: language) }
    func about(_ id: MatchID) -> [String: any LocalizedArgument] {
      let m = match(id)
      return [
        "match": id.code, "name": m.map { name($0.person) } ?? "?", "code": m?.idea.code ?? "?",
      ]
    }
    switch op {
    case .proposeMatch(let m):
      return t("propose", ["match": m.id.code, "name": name(m.person), "code": m.idea.code, "kind": kind(m.kind)])
    case .removeMatch(let id): return t("remove", about(id))
    case .restoreMatch(let m): return t("restore", ["match": m.id.code, "name": name(m.person), "code": m.idea.code])
    case .moveMatch(let id, let transition, let reason, _):
      var args = about(id)
      args["state"] = state(transition.state)
      guard let reason else { return t("move", args) }
      args["reason"] = tr("match.end." + reason.kind.rawValue, [:], in: language)
      return t("moveBecause", args)
    case .logHours(let id, let entry, _):
      var args = about(id)
      args["hours"] = CoreText.hours(entry.minutes, in: language)
      args["day"] = CoreText.day(entry.day, in: language)
      return t("log", args)
    case .removeHours(let id, let entry):
      var args = about(id)
      args["entry"] = String(entry)
      return t("removeHours", args)
    case .setMatchWeights(let w): return w == nil ? t("defaultWeights") : t("setWeights")
    default: return ""
    }
  }
}
