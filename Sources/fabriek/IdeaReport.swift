import FabriekCore

/// An idea's whole record as plain text, for `fabriek idea show`.
struct IdeaReport {
  var idea: Idea
  var board: Board

  var text: String {
    var lines: [String] = []
    // Labels are board text too: indicator names, reviewers.
    func add(_ label: String, _ value: String?) {
      guard let v = value, !v.isEmpty else { return }
      lines.append("  " + Text.clean(label).padding(toLength: 16, withPad: " ", startingAt: 0) + Text.clean(v))
    }
    func person(_ id: PersonID) -> String { board.person(id)?.fullName ?? id.code }
    func section(_ title: String) {
      lines.append("")
      lines.append(title)
    }

    lines.append("\(idea.code)  \(Text.clean(idea.title))")
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
      lines.append("  " + Text.clean(idea.description))
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
      for m in idea.enrichment { add(m.kind.label, m.status.rawValue + (m.notes.isEmpty ? "" : ": " + m.notes)) }
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
          "\(f.funder): asked \(f.asked)" + (f.granted.map { ", granted \($0)" } ?? "") + ", \(f.status.rawValue)")
      }
    }
    section("Exit plan")
    if let p = idea.exitPlan {
      add("criteria", p.criteria)
      add("target date", p.targetDate?.description)
      add("status", p.status.rawValue)
      add("outcome", p.outcome)
    } else {
      lines.append("  none yet")
    }
    if !idea.notes.isEmpty {
      section("Notes")
      for n in idea.notes {
        lines.append("  \(n.at.day) \(Text.clean(n.author))\(n.isPrivate ? " (private)" : ""): \(Text.clean(n.text))")
      }
    }
    let history = board.history(of: .idea(idea.id))
    if !history.isEmpty {
      section("History")
      for h in history { lines.append("  \(h.at) \(Text.clean(h.who)): \(Text.clean(h.what))") }
    }
    return lines.joined(separator: "\n")
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
