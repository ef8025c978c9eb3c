import FabriekCore

/// The triage screen's words and what `:import` reports.
extension UIText {
  static func triageTitle(_ progress: String) -> String { "Triage · \(progress)" }
  static func triageReviewer(_ name: String) -> String { "reviewer: \(name)" }
  static let triageEmpty = "Nothing to triage: Incoming is empty."
  static func triageDone(decided: Int, of count: Int) -> String {
    "Triage done: \(decided) of \(count) candidates decided. Esc goes back to the board; ← to the last candidate."
  }
  static let triageNoCandidate = "There is no candidate here."
  static let rubricHeading = "Rubric"
  static let rubricYou = "you"
  static let rubricMean = "mean"
  static let rubricSpread = "±"
  static let disagreement = "≠"
  static let weightedTotal = "Weighted total"
  static func allReviewers(_ mean: String, count: Int) -> String {
    "all \(count) reviewer\(count == 1 ? "" : "s"): \(mean)"
  }
  static func disagreementNote(_ criteria: [String]) -> String {
    "\(disagreement) reviewers disagree on \(criteria.joined(separator: ", "))"
  }
  static let duplicatesHeading = "Suspected duplicates"
  static let noDuplicates = "None (same e-mail, similar title)."
  static func duplicateLine(_ code: String, _ title: String, _ place: String) -> String {
    "\(code) \(title) (\(place))"
  }
  static func scoreOutOfScale(_ scale: ClosedRange<Int>) -> String {
    "Scores run from \(scale.lowerBound) to \(scale.upperBound)."
  }
  static func noDuplicateToMerge(_ code: String) -> String {
    "\(code) has no suspected duplicate on the board to merge into."
  }

  // The prompts.
  static func declinePrompt(_ code: String) -> String { "Decline \(code): a reason, and why" }
  static let declineTextLabel = "why: "
  static func declineNeedsText(_ code: String) -> String { "Say in a few words why \(code) is declined." }
  static func parkPrompt(_ code: String) -> String { "Park \(code) until: date, +3w, +2m" }
  static let parkTextLabel = "revisit: "
  static func stagePrompt(_ code: String) -> String { "Accept \(code) into:" }
  static func mergePrompt(_ code: String) -> String { "Merge \(code) into:" }
  static func revisitProblem(_ problem: RevisitDate.Problem) -> String {
    switch problem {
    case .unreadable(let text):
      "“\(text)” is not a date; write 2027-03-01, or +10d, +3w, +2m or +1y from today."
    case .notInFuture(let day): "\(day) is not in the future; park until a later date."
    }
  }

  // :import
  static let importNeedsPath = "Say which CSV file to import, like import candidates.csv."
  static func imported(_ report: ImportReport) -> String {
    let head = report.imported == 0 ? "nothing imported from \(report.file)" : "imported \(report.imported)"
    return "\(head), \(report.duplicates) duplicate\(report.duplicates == 1 ? "" : "s"), \(report.rejected) rejected"
  }

  // A candidate decided already, and the skipped ones at the end of the queue.
  static func decidedAccepted(_ stage: String) -> String { "accepted into \(stage)" }
  static func decidedDeclined(_ reason: String) -> String { "declined (\(reason))" }
  static func decidedParked(_ day: String) -> String { "parked until \(day)" }
  static func decidedMerged(_ code: String) -> String { "merged into \(code)" }
  static func decided(_ what: String, by who: String, on day: String) -> String {
    "Decided: \(what), by \(who) on \(day)"
  }
  static func decidedWithout(_ place: String) -> String { "Decided: already in \(place)" }
  static func changeDecisionQuestion(_ code: String, decided: String) -> String {
    "\(code) — \(decided). Change the decision? y/n"
  }
  static func revisitSkippedQuestion(_ count: Int) -> String {
    "\(count) skipped — go back to \(count == 1 ? "it" : "them")? y/n"
  }
  static let leftAsItWas = "Left as it was."
  static func cannotSkipTo(_ code: String, stage: String, allowed: [String]) -> String {
    "\(code) is a candidate in Incoming: it can be accepted into \(allowed.joined(separator: " or ")), not \(stage)."
  }
  static func overLimitQuestion(_ code: String, stage: String, count: Int, limit: Int) -> String {
    "\(stage) is at its WIP limit (\(count)/\(limit)) — move \(code) there anyway? y/n"
  }
  static let overLimitMark = "! "
}
