import FabriekCore
import Foundation

/// How `fabriek exit plan` and `fabriek alumni` print: lines of text, or JSON (README, "Exits and alumni").
enum ExitReport {
  static func day(_ d: Day) -> String { Language.current.date(d) }

  static func step(_ s: TaperStep) -> String {
    let kind = tr("exit.support." + s.support.rawValue)
    return s.until.map { tr("exit.ui.until", ["support": kind, "day": day($0)]) } ?? kind
  }

  static func followUp(_ f: FollowUp, today: Day) -> String {
    let state = f.state(on: today)
    let head = tr("exit.ui.followUpAt", ["months": String(f.months), "day": day(f.due)])
    guard let r = f.record else { return head + ": " + tr("exit.followUp." + state.rawValue) }
    var parts = [r.operating ? tr("exit.ui.operating") : tr("exit.ui.notOperating")]
    if let jobs = r.jobs { parts.append(tr("exit.ui.jobs", ["n": jobs])) }
    if let band = r.turnover { parts.append(tr("exit.turnover." + band.rawValue)) }
    if let raised = r.raised { parts.append(tr("exit.ui.raised", ["amount": Language.current.amount(raised)])) }
    return head + ": " + tr("exit.followUp.done") + " " + day(r.day) + " — " + parts.joined(separator: ", ")
  }

  static func plan(of idea: Idea, on board: Board, today: Day) -> [String] {
    var lines = ["\(idea.code)  \(idea.title) — \(board.stage(idea.stage)?.displayName ?? idea.stage)"]
    guard let plan = idea.exitPlan else { return lines + ["  " + tr("exit.cli.noPlan", ["code": idea.code])] }
    let r = plan.readiness
    lines.append(
      tr("exit.cli.criteria", ["readiness": tr("exit.ui.readiness", ["met": String(r.met), "total": String(r.total)])]))
    for (n, c) in plan.criteria.enumerated() {
      let mark = c.state == .met ? "[x]" : (c.state == .dropped ? "[-]" : "[ ]")
      var line = "  \(n + 1). \(mark) \(c.text)"
      if !c.evidence.isEmpty { line += " — " + tr("exit.ui.evidence", ["text": c.evidence]) }
      lines.append(line)
    }
    if !plan.taper.isEmpty {
      let next = plan.nextTaperStep.map {
        step($0.step) + (plan.taperDue(on: today) ? " (" + tr("exit.followUp.due") + ")" : "")
      }
      lines.append(tr("exit.cli.taper", ["next": next ?? tr("exit.cli.taperFinished")]))
      for (n, s) in plan.taper.enumerated() { lines.append("  \(n + 1). \(s.done ? "[x]" : "[ ]") \(step(s))") }
    }
    if let d = plan.departure {
      lines.append(tr("exit.cli.left", ["outcome": tr("exit.outcome." + d.outcome.rawValue), "day": day(d.day)]))
    }
    if !plan.followUps.isEmpty {
      lines.append(tr("exit.cli.followUps"))
      for f in plan.followUps {
        lines.append("  " + followUp(f, today: today))
        if let note = f.record?.note, !note.isEmpty { lines.append("    " + note) }
      }
    }
    return lines
  }

  /// `fabriek exit plan CODE --json`.
  struct PlanJSON: Encodable {
    struct Readiness: Encodable {
      var met: Int
      var total: Int
    }
    struct FollowUpJSON: Encodable {
      var months: Int
      var due: Day
      var state: String
      var record: FollowUpRecord?
    }
    var code: String
    var title: String
    var stage: String
    var readiness: Readiness?
    var criteria: [ExitCriterion]
    var targetDate: Day?
    var status: ExitPlanStatus?
    var taper: [TaperStep]
    var nextTaperStep: TaperStep?
    var taperDue: Bool
    var departure: Departure?
    var followUps: [FollowUpJSON]
    var followUpOverdue: Bool

    init(_ idea: Idea, today: Day) {
      let plan = idea.exitPlan
      code = idea.code
      title = idea.title
      stage = idea.stage
      readiness = plan.map { Readiness(met: $0.readiness.met, total: $0.readiness.total) }
      criteria = plan?.criteria ?? []
      targetDate = plan?.targetDate
      status = plan?.status
      taper = plan?.taper ?? []
      nextTaperStep = plan?.nextTaperStep?.step
      taperDue = plan?.taperDue(on: today) ?? false
      departure = plan?.departure
      followUps = (plan?.followUps ?? []).map {
        FollowUpJSON(months: $0.months, due: $0.due, state: $0.state(on: today).rawValue, record: $0.record)
      }
      followUpOverdue = plan?.followUpOverdue(on: today) ?? false
    }
  }

  /// A row of `fabriek alumni --json`.
  struct AlumnusJSON: Encodable {
    var code: String
    var title: String
    var outcome: ExitOutcome?
    var left: Day?
    var nextFollowUp: Day?
    var nextFollowUpMonths: Int?
    var state: String
    var recorded: Int
    var scheduled: Int

    init(_ a: Alumnus) {
      code = a.idea.code
      title = a.idea.title
      outcome = a.departure?.outcome
      left = a.departure?.day
      nextFollowUp = a.next?.due
      nextFollowUpMonths = a.next?.months
      state = a.state.rawValue
      recorded = a.recorded
      scheduled = a.scheduled
    }
  }

  static func printJSON<T: Encodable>(_ value: T) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(value)) ?? Data("null".utf8)
    FileHandle.standardOutput.write(
      Data((UnsafeCharacters.escapingJSON(String(decoding: data, as: UTF8.self)) + "\n").utf8))
  }
}
