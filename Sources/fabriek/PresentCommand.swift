import ArgumentParser
import FabriekCore

/// `fabriek present`: the board full screen in present mode, for a projector: the projector
/// theme, personal data hidden, the spotlight, dot votes, a timer and contributions, with other
/// terminals' changes shown within a second.
struct PresentCommand: ParsableCommand {
  static var configuration: CommandConfiguration { .text("cli.present", commandName: "present") }

  @OptionGroup var board: BoardOptions
  @Option(help: .text("cli.help.presentSession")) var session: String?
  @Option(help: .text("cli.help.presentTheme")) var theme: String?

  func run() throws {
    var id: SessionID?
    if let session {
      guard let parsed = SessionID(code: session) else {
        Failure.fail(tr("cli.session.notACode", ["code": Text.clean(session)]), code: 1)
      }
      id = parsed
    }
    try InteractiveLaunch.run(
      board: board, theme: theme, demo: false, startInTriage: false, presenting: true, presentSession: id)
  }
}
