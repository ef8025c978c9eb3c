import ArgumentParser
import FabriekCore
import FabriekTerminal
import FabriekUI
import Foundation

@main
struct Fabriek: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fabriek",
    abstract: "The idea board of a social-innovation factory: triage, coach, present.",
    discussion: """
      With no subcommand, fabriek opens the board full screen. Exit codes: 0 ok, 1 a refused \
      request (fix the command), 2 a data problem (a damaged, unreadable or newer board file).
      """,
    version: Fabriek.version,
    subcommands: [
      CheckCommand.self, IdeaCommand.self, DemoDataCommand.self, CompactCommand.self, RestoreCommand.self,
      CommitLoopCommand.self, ImportCommand.self, ExportCommand.self, TriageCommand.self, PresentCommand.self,
      PersonCommand.self,
    ]
  )

  @OptionGroup var board: BoardOptions
  @Option(help: "Colour theme: default, light, projector, monochrome or one of yours.") var theme: String?
  @Flag(help: "Open a scratch copy of the 400-idea sample board; the sample itself is never changed.") var demo = false
  /// Read before the arguments are parsed (`LanguageChoice`), so that every subcommand and
  /// its `--help` speak it; declared here so that `--help` lists it.
  @Option(name: .customLong("lang"), help: "The language: en, nl or fr (before any subcommand).") var language: String?

  static let version = "0.2.0"

  func run() throws {
    try InteractiveLaunch.run(board: board, theme: theme, demo: demo, startInTriage: false)
  }

  /// As ArgumentParser's own main, but a bad option or an unknown subcommand exits 1 (a
  /// refused request, as every other refusal), not 64.
  static func main() {
    let (language, arguments, warning) = LanguageChoice.make(CommandLine.arguments.dropFirst())
    Language.$current.withValue(language) {
      if let warning { FileHandle.standardError.write(Data(("fabriek: " + Text.clean(warning) + "\n").utf8)) }
      main(arguments)
    }
  }

  private static func main(_ arguments: [String]) {
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
    } catch let code as ExitCode {
      Foundation.exit(code.rawValue)
    } catch {
      if exitCode(for: error) == .success { exit(withError: error) }  // --help, --version
      let text = fullMessage(for: error).trimmingCharacters(in: .whitespacesAndNewlines)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Text.clean(String($0)) }
      FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
      Foundation.exit(1)
    }
  }
}

extension TerminalSignal {
  /// 128 + the signal number, as shells report a process ended by a signal.
  var exitStatus: Int32 {
    switch self {
    case .interrupt: 130
    case .terminate: 143
    case .hangup: 129
    }
  }
}

/// `--file` and `--as`, shared by every command that touches a board.
struct BoardOptions: ParsableArguments {
  @Option(name: .long, help: "The board file (default: $XDG_DATA_HOME/fabriek/board.json).") var file: String?
  @Option(name: .customLong("as"), help: "Who makes the changes (default: $USER).") var author: String?

  func resolvedPath() throws(StoreError) -> String { try BoardLocation.resolve(file) }
  var who: String { author ?? ProcessInfo.processInfo.environment["USER"] ?? "fabriek" }

  func open() throws(StoreError) -> BoardStore {
    let store = try BoardStore.open(try resolvedPath())
    Failure.opened.append(store)
    return store
  }
  /// For commands that only read: nothing is created beside the board.
  func openForReading() throws(StoreError) -> BoardStore { try BoardStore.open(try resolvedPath(), readOnly: true) }
}

/// Turns our errors into one sentence on stderr and the right exit code.
enum Failure {
  /// Stores a command opened for writing: what they did on their own (an unfinished write
  /// set aside) is said on stderr when the command ends.
  nonisolated(unsafe) static var opened: [BoardStore] = []

  static func sayNotices() {
    for store in opened {
      for notice in store.takeNotices() {
        FileHandle.standardError.write(Data(("fabriek: " + Text.clean(notice) + "\n").utf8))
      }
    }
  }

  static func guarded(_ body: () throws -> Void) throws {
    defer { sayNotices() }
    do {
      try body()
    } catch let e as StoreError {
      fail(e.message, code: e.exitCode)
    } catch let e as BoardError {
      fail(e.message, code: 1)
    } catch let e as UsageError {
      fail(e.message, code: 1)
    }
  }

  /// The message goes through `Text.clean`: it may quote paths and board text, and it stays
  /// one line.
  static func fail(_ message: String, code: Int32) -> Never {
    sayNotices()
    FileHandle.standardError.write(Data(("fabriek: " + Text.clean(message) + "\n").utf8))
    Foundation.exit(code)
  }
}

struct UsageError: Error {
  var message: String
}
