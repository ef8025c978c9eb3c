import FabriekCore

/// The triage screen's words and what `:import` reports.
extension UIText {
  static func triageTitle(_ progress: String) -> String { tr("triage.title", ["progress": progress]) }
  static func triageReviewer(_ name: String) -> String { tr("triage.reviewer", ["name": name]) }
  static var triageEmpty: String { tr("triage.empty") }
  static func triageDone(decided: Int, of count: Int) -> String {
    tr("triage.done", ["decided": decided, "n": count])
  }
  static var triageNoCandidate: String { tr("triage.noCandidate") }
  static var rubricHeading: String { tr("triage.rubric") }
  static var rubricYou: String { tr("triage.you") }
  static var rubricMean: String { tr("triage.mean") }
  static let rubricSpread = "±"
  static let disagreement = "≠"
  static var weightedTotal: String { tr("triage.weightedTotal") }
  static func allReviewers(_ mean: String, count: Int) -> String {
    tr("triage.allReviewers", ["mean": mean, "n": count])
  }
  static func disagreementNote(_ criteria: [String]) -> String {
    tr("triage.disagreement", ["mark": disagreement, "criteria": criteria.joined(separator: ", ")])
  }
  static var duplicatesHeading: String { tr("triage.duplicates") }
  static var noDuplicates: String { tr("triage.noDuplicates") }
  static func duplicateLine(_ code: String, _ title: String, _ place: String) -> String {
    "\(code) \(title) (\(place))"
  }
  static func scoreOutOfScale(_ scale: ClosedRange<Int>) -> String {
    tr("triage.scoreOutOfScale", ["low": String(scale.lowerBound), "high": String(scale.upperBound)])
  }

  // The prompts.
  static func declinePrompt(_ code: String) -> String { tr("triage.declinePrompt", ["code": code]) }
  static var declineTextLabel: String { tr("triage.declineTextLabel") }
  static func declineNeedsText(_ code: String) -> String { tr("triage.declineNeedsText", ["code": code]) }
  static func parkPrompt(_ code: String) -> String { tr("triage.parkPrompt", ["code": code]) }
  static var parkTextLabel: String { tr("triage.parkTextLabel") }
  static func stagePrompt(_ code: String) -> String { tr("triage.stagePrompt", ["code": code]) }
  static func mergePrompt(_ code: String) -> String { tr("triage.mergePrompt", ["code": code]) }
  static func revisitProblem(_ problem: RevisitDate.Problem) -> String {
    switch problem {
    case .unreadable(let text): tr("triage.revisitUnreadable", ["text": text])
    case .notInFuture(let day): tr("triage.revisitNotInFuture", ["day": Format.day(day)])
    }
  }

  // :import
  static var importNeedsPath: String { tr("triage.importNeedsPath") }
  static func imported(_ report: ImportReport) -> String {
    let head =
      report.imported == 0
      ? tr("triage.importedNothing", ["file": report.file]) : tr("triage.imported", ["n": report.imported])
    return tr("triage.importReport", ["head": head, "n": report.duplicates, "rejected": report.rejected])
  }

  // A candidate decided already, and the skipped ones at the end of the queue.
  static func decidedDeclined(_ reason: String) -> String { tr("triage.decidedDeclined", ["reason": reason]) }
  static func decided(_ what: String, by who: String, on day: String) -> String {
    tr("triage.decided", ["what": what, "who": who, "day": day])
  }
  static func decidedWithout(_ place: String) -> String { tr("triage.decidedWithout", ["place": place]) }
  static func changeDecisionQuestion(_ code: String, decided: String) -> String {
    tr("triage.changeDecision", ["code": code, "decided": decided])
  }
  static func revisitSkippedQuestion(_ count: Int) -> String { tr("triage.revisitSkipped", ["n": count]) }
  static var leftAsItWas: String { tr("triage.leftAsItWas") }
  static func cannotSkipTo(_ code: String, stage: String, allowed: [String]) -> String {
    tr(
      "triage.cannotSkipTo",
      ["code": code, "stage": stage, "allowed": allowed.joined(separator: " " + tr("triage.or") + " ")])
  }
  static func overLimitQuestion(_ code: String, stage: String, count: Int, limit: Int) -> String {
    tr("board.overLimit", ["code": code, "stage": stage, "count": count, "limit": limit])
  }
  static let overLimitMark = "! "
}
