import FabriekCore
import FabriekTerminal
import FabriekUI
import Foundation

/// Opens a board full screen and runs the session until the user quits: `fabriek` on the
/// board, `fabriek triage` straight in the triage screen. The terminal is always given back.
enum InteractiveLaunch {
  static func run(
    board: BoardOptions, theme: String?, demo: Bool, startInTriage: Bool, presenting: Bool = false,
    presentSession: SessionID? = nil, filter: String? = nil
  ) throws {
    try Failure.guarded {
      // Demo copies left by runs that were killed go first, terminal or not.
      if demo { DemoBoard.sweepStaleCopies() }
      // Without a terminal nothing is created: no board file, no scratch copy of the demo.
      do throws(TerminalError) {
        _ = try Terminal.preflight(environment: ProcessInfo.processInfo.environment)
      } catch {
        Failure.fail(error.message, code: 2)
      }
      var path: String
      var scratch: String?
      if demo {
        (path, scratch) = try DemoBoard.scratchCopy()
      } else {
        path = try board.resolvedPath()
      }
      defer { scratch.map(DemoBoard.remove) }
      // The session compacts when it ends, never in the middle of a keystroke.
      let store = try BoardStore.open(path, create: tr("launch.newBoardName"), policy: .never)
      // Parked ideas whose revisit date has come are back in Incoming when the board opens.
      if let revisits = store.board.revisitsDue(at: .now()) { _ = try? store.commit(revisits) }
      if let filter {
        do throws(QueryError) {
          _ = try IdeaQuery(parsing: filter, board: store.board)
        } catch {
          scratch.map(DemoBoard.remove)
          Failure.fail(tr("filter.cli.badFilter", ["message": error.message]), code: 1)
        }
      }
      let environment = ProcessInfo.processInfo.environment
      let catalog = ThemeCatalog(
        directories: ThemeCatalog.standardDirectories(
          environment: environment, executablePath: CommandLine.arguments.first,
          currentDirectory: FileManager.default.currentDirectoryPath))
      var notice: String?
      let chosen: Theme
      do throws(ThemeError) {
        chosen = try catalog.load(named: theme ?? "default")
      } catch {
        notice = error.message + " " + tr("launch.defaultTheme")
        chosen = Theme.builtInDefault
      }
      let terminal: Terminal
      do throws(TerminalError) {
        terminal = try Terminal.start()
      } catch {
        // `fail` ends the process at once: the scratch copy goes first.
        scratch.map(DemoBoard.remove)
        Failure.fail(error.message, code: 2)
      }
      let session = InteractiveSession(
        store: store, terminal: terminal, catalog: catalog, theme: chosen, user: board.who,
        file: demo ? tr("launch.demoFile") : path, startInTriage: startInTriage)
      if let notice { session.runner.send(.notice(notice, isError: true)) }
      if let filter { session.runner.send(.filterBoard(filter)) }
      if presenting { session.runner.send(.startPresenting(session: presentSession)) }
      let signal = session.run()
      terminal.stop()
      try store.compactIfDue()
      if let signal {
        scratch.map(DemoBoard.remove)
        Foundation.exit(signal.exitStatus)
      }
    }
  }
}
