import FabriekCore
import FabriekUI

/// An idea's whole record as plain text, for `fabriek idea show`: a section per part of the
/// record, each a column of labels and a column of values. Labels are measured in terminal
/// cells (they are board text too: indicator names, reviewers); a label wider than the column
/// has its value on the next line. A value of several lines keeps its lines, indented.
struct IdeaReport {
  var idea: Idea
  var board: Board

  /// Labels wider than this put their value on the next line instead of widening the column.
  static let widestLabel = 24

  struct Section {
    var title: String?
    var rows: [(label: String, value: String)] = []
    var lines: [String] = []
  }

  var text: String {
    var sections: [Section] = [Section(title: nil)]
    func add(_ label: String, _ value: String?) {
      guard let v = value, !v.isEmpty else { return }
      sections[sections.count - 1].rows.append((label, v))
    }
    func person(_ id: PersonID) -> String { board.person(id)?.fullName ?? id.code }
    func section(_ title: String) { sections.append(Section(title: title)) }

    let heading = "\(idea.code)  \(Text.clean(idea.title))"
    add("stage", (board.stage(idea.stage)?.name ?? idea.stage) + " since \(idea.enteredStage.day)")
    add("outcome", idea.outcome?.label)
    add("pitch", idea.pitch)
    add("applicant", idea.applicantKind?.label)
    add("origin", idea.origin?.label)
    add("region", idea.region?.label)
    add("tags", idea.tags.joined(separator: ", "))
    add("SDGs", idea.sdgs.map(String.init).joined(separator: ", "))
    add("value model", idea.valueModel?.label)
    add("readiness", idea.readiness.map { "\($0) / 9" })
    add("created", idea.created.description)
    if !idea.description.isEmpty {
      section("Description")
      sections[sections.count - 1].lines = idea.description.split(separator: "\n", omittingEmptySubsequences: false)
        .map { "  " + Text.clean(String($0)) }
    }
    section("People")
    add("innovators", idea.innovators.map(person).joined(separator: ", "))
    add("coach", idea.coach.map(person))
    add("mentors", idea.mentors.map(person).joined(separator: ", "))
    if !idea.scores.isEmpty || idea.decision != nil {
      section("Triage")
      for (reviewer, scores) in idea.scores.sorted(by: { $0.key < $1.key }) {
        let total = board.rubric.weightedTotal(scores).map { String(format: "%.1f", $0) } ?? "-"
        let parts = board.rubric.criteria.compactMap { c in scores[c.id].map { "\(c.name) \($0)" } }
        add(reviewer, "\(total)  (" + parts.joined(separator: ", ") + ")")
      }
      if let d = idea.decision { add("decision", "\(describe(d.kind)) by \(d.by) on \(d.at.day)") }
    }
    if !idea.enrichment.isEmpty {
      section("Enrichment")
      for m in idea.enrichment {
        add(m.kind.label, Self.words(m.status.rawValue) + (m.notes.isEmpty ? "" : ": " + m.notes))
      }
    }
    if !idea.theoryOfChange.isEmpty || !idea.indicators.isEmpty {
      section("Impact")
      add("theory of change", idea.theoryOfChange)
      for i in idea.indicators {
        let nums = [("baseline", i.baseline), ("target", i.target), ("now", i.current)].compactMap { l, v in
          v.map { "\(l) \($0)" }
        }
        add(i.name, nums.joined(separator: ", ") + (i.unit.isEmpty ? "" : " " + i.unit))
      }
    }
    if !idea.financing.isEmpty {
      section("Financing")
      for f in idea.financing {
        add(
          f.kind.label,
          "\(f.funder): asked \(f.asked)" + (f.granted.map { ", granted \($0)" } ?? "") + ", \(Self.words(f.status.rawValue))")
      }
    }
    section("Exit plan")
    if let p = idea.exitPlan {
      add("criteria", p.criteria)
      add("target date", p.targetDate?.description)
      add("status", Self.words(p.status.rawValue))
      add("outcome", p.outcome)
    } else {
      sections[sections.count - 1].lines = ["  none yet"]
    }
    if !idea.notes.isEmpty {
      section("Notes")
      for n in idea.notes {
        add("\(n.at.day) \(n.author)\(n.isPrivate ? " (private)" : "")", n.text)
      }
    }
    let history = board.history(of: .idea(idea.id))
    if !history.isEmpty {
      section("History")
      for h in history { add("\(h.at) \(h.who)", h.what) }
    }
    var out = [heading]
    for s in sections {
      if let title = s.title {
        out.append("")
        out.append(title)
      }
      out += Self.aligned(s.rows)
      out += s.lines
    }
    return out.joined(separator: "\n")
  }

  /// "in-progress" → "in progress".
  static func words(_ id: String) -> String { id.replacingOccurrences(of: "-", with: " ") }

  /// Label and value columns; values keep their own lines, indented under the first.
  static func aligned(_ rows: [(label: String, value: String)]) -> [String] {
    let labels = rows.map { Text.clean($0.label) }
    let column = min(widestLabel, labels.map(DisplayWidth.of).max() ?? 0)
    var out: [String] = []
    for (label, row) in zip(labels, rows) {
      let values = row.value.split(separator: "\n", omittingEmptySubsequences: false).map { Text.clean(String($0)) }
      let indent = String(repeating: " ", count: 2 + column + 2)
      let width = DisplayWidth.of(label)
      if width > column {
        out.append("  " + label)
        out += values.map { indent + $0 }
      } else {
        out.append("  " + label + String(repeating: " ", count: column - width + 2) + (values.first ?? ""))
        out += values.dropFirst().map { indent + $0 }
      }
    }
    return out
  }

  private func describe(_ kind: Decision.Kind) -> String {
    switch kind {
    case .accept(let s): "accepted into \(board.stage(s)?.name ?? s)"
    case .decline(let r, let t): "declined (\(r.label)): \(t)"
    case .park(let d): "parked until \(d)"
    case .merge(let into): "merged into \(into.code)"
    }
  }
}
