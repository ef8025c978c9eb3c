import ArgumentParser
import FabriekCore
import FabriekUI

struct CheckCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "check", abstract: tr("cli.check.abstract"))
  }

  @OptionGroup var board: BoardOptions
  @Flag(help: .text("cli.help.repair")) var repair = false

  func run() throws {
    try Failure.guarded {
      if repair { try RepairReport.run(try board.resolvedPath()) }
      let store = try board.openForReading()
      let counts = StageCounts(store.board)
      let declined = tr("cli.check.declined")
      let parked = tr("cli.check.parked")
      let names = counts.perStage.map { Text.clean($0.0.displayName) }
      let width = max(12, (names + [declined, parked]).map(DisplayWidth.of).max() ?? 0)
      func padded(_ name: String) -> String {
        name + String(repeating: " ", count: max(0, width - DisplayWidth.of(name)))
      }
      print(
        tr(
          "cli.check.ok",
          [
            "file": Text.clean(store.files.snapshot), "ideas": tr("count.ideas", ["n": counts.total]),
            "changes": tr("cli.count.changes", ["n": store.lastSeq]),
          ]))
      for (name, (stage, n)) in zip(names, counts.perStage) {
        let limit = stage.wipLimit.map { n > $0 ? "  " + tr("cli.check.overLimit", ["limit": $0]) : "" } ?? ""
        print("  " + padded(name) + "  " + Language.current.integer(Int64(n)) + limit)
      }
      print("  " + padded(declined) + "  " + Language.current.integer(Int64(counts.declined)))
      print("  " + padded(parked) + "  " + Language.current.integer(Int64(counts.parked)))
      print(
        tr("cli.check.peopleSessions", ["people": store.board.people.count, "sessions": store.board.sessions.count]))
    }
  }
}

struct CompactCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "compact", abstract: tr("cli.compact.abstract"))
  }
  @OptionGroup var board: BoardOptions
  func run() throws {
    try Failure.guarded {
      let store = try board.open()
      try store.compact()
      print(tr("cli.compact.done", ["file": Text.clean(store.files.snapshot), "change": String(store.lastSeq)]))
    }
  }
}
