import ArgumentParser
import FabriekCore
import Foundation

struct DemoDataCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "demo-data", abstract: tr("cli.demo.abstract"))
  }

  @Option(help: .text("cli.help.demoCount")) var count: Int = 400
  @Option(help: .text("cli.help.demoSeed")) var seed: UInt64 = 1
  @Option(help: .text("cli.help.demoOut")) var out: String
  @Flag(help: .text("cli.help.demoForce")) var force = false

  func validate() throws {
    guard (0...1_000_000).contains(count) else { throw ValidationError(tr("cli.demo.countRange", ["max": 1_000_000])) }
  }

  func run() throws {
    try Failure.guarded {
      let board = DemoData.board(count: count, seed: seed, now: DemoData.referenceTime)
      let path = BoardLocation.absolute(out)
      try BoardStore.create(at: path, board: board, replacing: force)
      print(
        tr(
          "cli.demo.written",
          [
            "file": Text.clean(path), "ideas": tr("count.ideas", ["n": board.ideas.count]),
            "people": tr("cli.count.people", ["n": board.people.count]),
            "sessions": tr("cli.count.sessions", ["n": board.sessions.count]),
          ]))
    }
  }
}
