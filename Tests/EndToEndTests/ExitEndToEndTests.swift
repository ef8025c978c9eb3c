import FabriekCore
import Foundation
import XCTest

/// The exit commands and `:alumni` on a demo board: tick a criterion, a move to Exited refused
/// without an outcome and scheduled with one, a follow-up recorded, the alumni listed.
final class ExitEndToEndTests: EndToEndTestCase {
  func testTheExitCommandsOnADemoBoard() throws {
    let demo = dir + "/demo.json"
    XCTAssertEqual(try Binary.run(["demo-data", "--out", demo]).status, 0)
    let b = try BoardStore.open(demo, readOnly: true).board
    let idea = try XCTUnwrap(
      b.column(Stage.realisation).first { ($0.exitPlan?.criteria.contains { $0.state == .open }) ?? false })
    let open = try XCTUnwrap(idea.exitPlan?.criteria.firstIndex { $0.state == .open })

    let plan = try Binary.run(["exit", "plan", idea.code, "--file", demo, "--json"])
    XCTAssertEqual(plan.status, 0, plan.stderr)
    let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any])
    XCTAssertEqual(json["code"] as? String, idea.code)
    XCTAssertEqual((json["criteria"] as? [[String: Any]])?.count, idea.exitPlan?.criteria.count)

    let check = try Binary.run([
      "exit", "check", idea.code, String(open + 1), "--done", "--evidence", "Statuten", "--file", demo,
    ])
    XCTAssertEqual(check.status, 0, check.stderr)
    XCTAssertEqual(
      try BoardStore.open(demo, readOnly: true).board.ideas[idea.id]?.exitPlan?.criteria[open],
      ExitCriterion(text: idea.exitPlan?.criteria[open].text ?? "", state: .met, evidence: "Statuten"))

    let count = idea.exitPlan?.criteria.count ?? 0
    let noSuch = try Binary.run(["exit", "check", idea.code, String(count + 1), "--done", "--file", demo])
    XCTAssertEqual(noSuch.status, 1)
    XCTAssertEqual(
      noSuch.stderr,
      "fabriek: \(idea.code) has no exit criterion \(count + 1); `fabriek exit plan \(idea.code)` lists them.\n")

    let refused = try Binary.run(["idea", "move", idea.code, "--to", "exited", "--file", demo])
    XCTAssertEqual(refused.status, 1)
    XCTAssertEqual(
      refused.stderr,
      "fabriek: --outcome: say how \(idea.code) leaves with --outcome independent|merged|stopped|handed-over.\n")
    let moved = try Binary.run(["idea", "move", idea.code, "--to", "exited", "--outcome", "merged", "--file", demo])
    XCTAssertEqual(moved.status, 0, moved.stderr)
    let left = try XCTUnwrap(try BoardStore.open(demo, readOnly: true).board.ideas[idea.id])
    XCTAssertEqual(left.stage, Stage.exited)
    XCTAssertEqual(left.exitPlan?.departure?.outcome, .merged)
    XCTAssertEqual(left.exitPlan?.followUps.map(\.months), [6, 12, 24])

    let today = Day.today().description
    let followUp = try Binary.run([
      "exit", "followup", idea.code, "--operating", "yes", "--jobs", "4", "--turnover", "50k-250k", "--raised", "40000",
      "--note", "Tweede winkel", "--date", today, "--file", demo,
    ])
    XCTAssertEqual(followUp.status, 0, followUp.stderr)
    XCTAssertEqual(
      try BoardStore.open(demo, readOnly: true).board.ideas[idea.id]?.exitPlan?.followUps.first?.record,
      FollowUpRecord(
        day: Day.today(), operating: true, jobs: 4, turnover: .from50kTo250k, raised: Euro(euros: 40_000),
        note: "Tweede winkel"))

    let alumni = try Binary.run(["alumni", "--file", demo, "--json"])
    XCTAssertEqual(alumni.status, 0, alumni.stderr)
    let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(alumni.stdout.utf8)) as? [[String: Any]])
    // `demo-data` dates its board on a fixed day (`DemoData.referenceTime`): on it, the follow-ups
    // are in every state; today, later, some are overdue at least.
    XCTAssertTrue(rows.contains { $0["state"] as? String == "overdue" })
    XCTAssertTrue(rows.contains { ($0["recorded"] as? Int ?? 0) > 0 }, "some follow-ups are recorded")
    let states = Set(
      b.column(Stage.exited).flatMap { $0.exitPlan?.followUps ?? [] }.map { $0.state(on: DemoData.referenceTime.day) })
    XCTAssertEqual(states, [.done, .due, .overdue, .scheduled], "the demo has follow-ups in every state")
    XCTAssertEqual(rows.first?["state"] as? String, "overdue", "overdue first")
    let due = try Binary.run(["alumni", "--file", demo, "--due"])
    XCTAssertEqual(due.status, 0, due.stderr)
    let overdue = rows.filter { $0["state"] as? String == "overdue" }.count
    XCTAssertEqual(due.stdout.split(separator: "\n").filter { $0.hasPrefix("! ") }.count, overdue)
    let filtered = try Binary.run(["idea", "list", "--file", demo, "--filter", "is:followup-due"])
    XCTAssertEqual(filtered.stdout.split(separator: "\n").count, overdue)
  }

  func testTheAlumniScreenInTmux() throws {
    let demo = dir + "/demo.json"
    XCTAssertEqual(try Binary.run(["demo-data", "--out", demo]).status, 0)
    let tmux = try Tmux([Binary.path, "--file", demo], width: 120, height: 40)
    try tmux.waitFor(text: "follow-ups overdue")
    try tmux.send(":")
    try tmux.type("alumni")
    try tmux.send("Enter")
    let screen = try tmux.waitFor(text: "Next follow-up")
    XCTAssertTrue(screen.contains("Alumni ·"), screen)
    XCTAssertTrue(screen.contains("overdue"), screen)
    try tmux.send("Escape")
    try tmux.waitFor("the board again") { !$0.contains("Next follow-up") }
    try tmux.send("q")
    XCTAssertEqual(try tmux.waitForExit(), 0)
  }
}
