import ArgumentParser
import FabriekCore
import FabriekTerminal
import FabriekUI
import Foundation

@main
struct Fabriek: ParsableCommand {
  /// Made when the library asks for it, inside `main`'s binding of `Language.current`, so that
  /// `--help` speaks the run's language (as every command's configuration).
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "fabriek",
      abstract: tr("cli.fabriek.abstract"),
      discussion: tr("cli.fabriek.discussion"),
      version: Fabriek.version,
      subcommands: [
        CheckCommand.self, IdeaCommand.self, DemoDataCommand.self, CompactCommand.self, RestoreCommand.self,
        CommitLoopCommand.self, ImportCommand.self, ExportCommand.self, TriageCommand.self, PresentCommand.self,
        MentorCommand.self, PersonCommand.self, ReportCommand.self,
        ExitCommand.self, AlumniCommand.self,
      ]
    )
  }

  /// The library's one hook for its fixed words: "Error: " before a parse error
  /// (`ParserText` translates the rest).
  static var _errorPrefix: String { tr("cli.parser.errorPrefix") }

  @OptionGroup var board: BoardOptions
  @Option(help: .text("cli.help.theme")) var theme: String?
  @Flag(help: .text("cli.help.demo")) var demo = false
  /// Read before the arguments are parsed (`LanguageChoice`), so that every subcommand and
  /// its `--help` speak it; declared here so that `--help` lists it.
  @Option(name: .customLong("lang"), help: .text("cli.help.lang")) var language: String?

  static let version = "0.2.0"

  func run() throws {
    try InteractiveLaunch.run(board: board, theme: theme, demo: demo, startInTriage: false)
  }

  /// As ArgumentParser's own main, but a bad option or an unknown subcommand exits 1 (a
  /// refused request, as every other refusal), not 64, and the library's own words of help
  /// and errors are in the run's language (`ParserText`).
  static func main() {
    let (language, arguments, warnings) = LanguageChoice.make(CommandLine.arguments.dropFirst())
    Language.$current.withValue(language) {
      for warning in warnings { FileHandle.standardError.write(Data(("fabriek: " + Text.clean(warning) + "\n").utf8)) }
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
      if exitCode(for: error) == .success {  // --help, help …, --version, completion scripts
        let text = fullMessage(for: error)
        // Only help is translated: a completion script or the version is printed as it is.
        guard Language.current != .en, text.hasPrefix("OVERVIEW: ") || text.hasPrefix("USAGE: ") else {
          exit(withError: error)
        }
        print(ParserText.translate(text, in: Language.current))
        Foundation.exit(0)
      }
      let text = ParserText.translate(
        fullMessage(for: error).trimmingCharacters(in: .whitespacesAndNewlines), in: Language.current)
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
  @Option(name: .long, help: .text("cli.help.file")) var file: String?
  @Option(name: .customLong("as"), help: .text("cli.help.as")) var author: String?

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

/// A request the command refuses, as one sentence in the run's language.
struct UsageError: Error {
  var message: String
}

extension ArgumentHelp {
  /// The help of an option, flag or argument in the run's language: the library builds it when
  /// it makes the command, inside `Fabriek.main`'s binding of `Language.current`.
  static func text(_ key: String, _ arguments: [String: any LocalizedArgument] = [:]) -> ArgumentHelp {
    ArgumentHelp(tr(key, arguments))
  }

  static func text(_ key: String, valueName: String) -> ArgumentHelp { ArgumentHelp(tr(key), valueName: valueName) }
}

extension CommandConfiguration {
  /// A command whose abstract and discussion are the catalogue's `<key>.abstract` and
  /// `<key>.discussion`, in the run's language (built as `ArgumentHelp.text` is).
  static func text(_ key: String, commandName: String? = nil) -> CommandConfiguration {
    CommandConfiguration(commandName: commandName, abstract: tr(key + ".abstract"), discussion: tr(key + ".discussion"))
  }
}
