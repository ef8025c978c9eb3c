import ArgumentParser
import FabriekCore
import Foundation

/// `fabriek alumni [--due] [--json]`: exited ideas with their outcome and next follow-up.
struct AlumniCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "alumni", abstract: tr("exit.cli.alumni.abstract"))
  }
  @OptionGroup var board: BoardOptions
  @Flag(help: .text("exit.cli.help.due")) var due = false
  @Flag(help: .text("privacy.cli.json")) var json = false

  func run() throws {
    try Failure.guarded {
      let store = try board.openForReading()
      let today = Day.today()
      var list = store.board.alumni(today: today)
      if due { list = list.filter { $0.state == .overdue } }
      if json {
        ExitReport.printJSON(list.map(ExitReport.AlumnusJSON.init))
        return
      }
      if list.isEmpty {
        print(Text.clean(tr(due ? "exit.cli.noneDue" : "exit.cli.noAlumni")))
        return
      }
      for a in list {
        let outcome = a.departure.map { tr("exit.outcome." + $0.outcome.rawValue) } ?? tr("exit.cli.noOutcome")
        let next =
          a.next.map {
            tr("exit.cli.next", ["day": ExitReport.day($0.due), "state": tr("exit.followUp." + a.state.rawValue)])
          }
          ?? tr(a.scheduled == 0 ? "exit.cli.noneScheduled" : "exit.cli.allRecorded")
        let mark = a.state == .overdue ? "! " : "  "
        print(Text.clean("\(mark)\(a.idea.code)  \(a.idea.title) — \(outcome) — \(next)"))
      }
      let overdue = list.filter { $0.state == .overdue }.count
      print(Text.clean(tr("exit.cli.alumniCount", ["n": list.count, "overdue": String(overdue)])))
    }
  }
}
