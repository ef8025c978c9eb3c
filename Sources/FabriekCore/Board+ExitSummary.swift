/// History lines of the exit operations (`Board+Summary.swift` asks here).
extension Board {
  func exitSummary(_ id: IdeaID, _ change: ExitChange, in language: Language) -> String {
    func t(_ key: String, _ arguments: [String: any LocalizedArgument] = [:]) -> String {
      tr("history.exit." + key, arguments, in: language)
    }
    let code = id.code
    switch change {
    case .setCriteria(let list):
      return t("setCriteria", ["code": code, "n": CoreText.number(list.count, in: language)])
    case .addCriterion(let c): return t("addCriterion", ["code": code, "text": c.text])
    case .setCriterion(let index, let c):
      let state = tr("exit.criterion." + c.state.rawValue, [:], in: language)
      return t("setCriterion", ["code": code, "n": String(index + 1), "state": state])
    case .setTaper(let steps): return t("setTaper", ["code": code, "n": CoreText.number(steps.count, in: language)])
    case .leave(let d):
      return t("leave", ["code": code, "outcome": tr("exit.outcome." + d.outcome.rawValue, [:], in: language)])
    case .recordFollowUp(let r): return t("followUp", ["code": code, "day": CoreText.day(r.day, in: language)])
    case .restore: return t("restore", ["code": code])
    }
  }

  /// A move to Exited with its outcome reads as the outcome, not as two changes.
  func exitBatchSummary(_ ops: [BoardOperation], in language: Language) -> String? {
    guard ops.count == 2, case .moveIdea = ops[0], case .exit(let id, let change) = ops[1], case .leave = change
    else { return nil }
    return exitSummary(id, change, in: language)
  }
}
