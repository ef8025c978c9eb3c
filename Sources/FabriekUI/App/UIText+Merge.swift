import FabriekCore

/// The words of merging an idea into another chosen by code or words (`Update+Merge.swift`).
extension UIText {
  static func mergeTarget(_ code: String, stage: String, title: String) -> String {
    tr("merge.target", ["code": code, "stage": stage, "title": title])
  }
  static var mergeTextLabel: String { tr("merge.textLabel") }
  static var noIdeaToMerge: String { tr("merge.noIdea") }
  static func mergeOffBoard(_ code: String) -> String { tr("merge.offBoard", ["code": code]) }
  static func mergeNeedsTarget(_ code: String) -> String { tr("merge.needsTarget", ["code": code]) }
  static func mergeIntoItself(_ code: String) -> String { tr("merge.intoItself", ["code": code]) }
  static func noMergeTarget(_ text: String) -> String { tr("merge.noTarget", ["text": text]) }
  static func severalMergeTargets(_ text: String, codes: String) -> String {
    tr("merge.severalTargets", ["text": text, "codes": codes])
  }
  static func mergeQuestion(_ code: String, into target: String) -> String {
    tr("merge.question", ["code": code, "target": target])
  }
  static var mergeNoSuggestion: String { tr("merge.noSuggestion") }
}
