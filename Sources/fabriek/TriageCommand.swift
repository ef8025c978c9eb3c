import ArgumentParser
import FabriekCore

/// `fabriek triage`: the board full screen, straight in the triage screen on the Incoming
/// queue; scores and decisions are recorded under the reviewer's name (`--as`, else `$USER`).
struct TriageCommand: ParsableCommand {
  static var configuration: CommandConfiguration { .text("cli.triage", commandName: "triage") }

  @OptionGroup var board: BoardOptions
  @Option(help: .text("cli.help.theme")) var theme: String?
  @Option(help: .text("filter.cli.triageFilter", valueName: "query")) var filter: String?

  func run() throws {
    try InteractiveLaunch.run(board: board, theme: theme, demo: false, startInTriage: true, filter: filter)
  }
}
