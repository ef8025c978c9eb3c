import FabriekCore
import FabriekUI
import Foundation

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

    let language = Language.current
    let heading = "\(idea.code)  \(Text.clean(idea.title))"
    add(
      tr("cli.show.stage"),
      tr(
        "cli.show.stageSince",
        ["stage": board.stage(idea.stage)?.displayName ?? idea.stage, "day": idea.enteredStage.day]))
    add(tr("cli.show.outcome"), idea.outcome.map(describe))
    add(tr("cli.show.pitch"), idea.pitch)
    add(tr("cli.show.applicant"), idea.applicantKind?.label)
    add(tr("cli.show.origin"), idea.origin?.label)
    add(tr("cli.show.region"), idea.region?.label)
    add(tr("cli.show.tags"), idea.tags.joined(separator: ", "))
    add(tr("cli.show.sdgs"), idea.sdgs.map(String.init).joined(separator: ", "))
    add(tr("cli.show.valueModel"), idea.valueModel?.label)
    add(tr("cli.show.readiness"), idea.readiness.map { "\($0) / 9" })
    add(tr("cli.show.created"), Self.moment(idea.created))
    if !idea.description.isEmpty {
      section(tr("cli.show.description"))
      sections[sections.count - 1].lines = idea.description.split(separator: "\n", omittingEmptySubsequences: false)
        .map { "  " + Text.clean(String($0)) }
    }
    section(tr("cli.show.people"))
    add(tr("cli.show.innovators"), idea.innovators.map(person).joined(separator: ", "))
    add(tr("cli.show.coach"), idea.coach.map(person))
    add(tr("cli.show.mentors"), idea.mentors.map(person).joined(separator: ", "))
    if !idea.scores.isEmpty || idea.decision != nil {
      section(tr("cli.show.triage"))
      for (reviewer, scores) in idea.scores.sorted(by: { $0.key < $1.key }) {
        let total = board.rubric.weightedTotal(scores).map { Self.oneDecimal($0) } ?? "-"
        let parts = board.rubric.criteria.compactMap { c in scores[c.id].map { "\(c.name) \($0)" } }
        add(reviewer, "\(total)  (" + parts.joined(separator: ", ") + ")")
      }
      if let d = idea.decision {
        add(
          tr("cli.show.decision"), tr("cli.show.decidedBy", ["what": describe(d.kind), "who": d.by, "day": d.at.day]))
      }
    }
    if !idea.enrichment.isEmpty {
      section(tr("cli.show.enrichment"))
      for m in idea.enrichment {
        add(m.kind.label, tr("cli.status." + m.status.rawValue) + (m.notes.isEmpty ? "" : ": " + m.notes))
      }
    }
    if !idea.theoryOfChange.isEmpty || !idea.indicators.isEmpty {
      section(tr("cli.show.impact"))
      add(tr("cli.show.theoryOfChange"), idea.theoryOfChange)
      for i in idea.indicators {
        let nums = [("cli.show.baseline", i.baseline), ("cli.show.target", i.target), ("cli.show.now", i.current)]
          .compactMap { key, v in v.map { tr(key) + " " + language.decimal($0, places: 2) } }
        add(i.name, nums.joined(separator: ", ") + (i.unit.isEmpty ? "" : " " + i.unit))
      }
    }
    if !idea.financing.isEmpty {
      section(tr("cli.show.financing"))
      for f in idea.financing {
        var value = tr("cli.show.asked", ["funder": f.funder, "amount": f.asked])
        if let granted = f.granted { value += tr("cli.show.granted", ["amount": granted]) }
        add(f.kind.label, value + ", " + tr("cli.status." + f.status.rawValue))
      }
    }
    section(tr("cli.show.exitPlan"))
    if let p = idea.exitPlan {
      add(tr("cli.show.criteria"), p.criteria.map(\.text).joined(separator: "\n"))
      add(tr("cli.show.targetDate"), p.targetDate.map(language.date))
      add(tr("cli.show.status"), tr("cli.status." + p.status.rawValue))
      add(tr("cli.show.outcome"), p.outcome)
    } else {
      sections[sections.count - 1].lines = ["  " + tr("cli.show.noneYet")]
    }
    if !idea.notes.isEmpty {
      section(tr("cli.show.notes"))
      for n in idea.notes {
        let label = language.date(n.at.day) + " " + n.author
        add(n.isPrivate ? tr("cli.show.privateNote", ["label": label]) : label, n.text)
      }
    }
    let history = board.history(of: .idea(idea.id))
    if !history.isEmpty {
      section(tr("cli.show.history"))
      for h in history { add(Self.moment(h.at) + " " + h.who, h.what) }
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

  /// `2 Mar 2026 09:00` (UTC, as the board keeps time): a moment the way people read it.
  static func moment(_ t: Timestamp) -> String {
    let seconds = ((t.seconds % 86_400) + 86_400) % 86_400
    let hh = seconds / 3600
    let mm = seconds / 60 % 60
    return Language.current.date(t.day) + " " + (hh < 10 ? "0" : "") + String(hh) + ":" + (mm < 10 ? "0" : "")
      + String(mm)
  }

  /// A weighted score with one decimal always written (`3.0`, `3,5`).
  static func oneDecimal(_ x: Double) -> String {
    let text = String(format: "%.1f", x)
    return Language.current == .en ? text : text.replacingOccurrences(of: ".", with: ",")
  }

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
    case .accept(let s): tr("cli.show.accepted", ["stage": board.stage(s)?.displayName ?? s])
    case .decline(let r, let t): tr("cli.show.declined", ["reason": r.label, "text": t])
    case .park(let d): tr("cli.show.parked", ["day": d])
    case .merge(let into): tr("cli.show.merged", ["code": into.code])
    }
  }

  private func describe(_ outcome: Outcome) -> String {
    switch outcome {
    case .declined(let reason, let text):
      text.isEmpty
        ? tr("cli.show.outcomeDeclined", ["reason": reason.label])
        : tr("cli.show.outcomeDeclinedWhy", ["reason": reason.label, "text": text])
    case .parked(let day): tr("cli.show.parked", ["day": day])
    }
  }
}
