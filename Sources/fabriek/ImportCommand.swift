import ArgumentParser
import FabriekCore
import Foundation

struct ImportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "import", abstract: tr("cli.import.abstract"),
      discussion: tr("cli.import.discussion", ["fields": ImportField.names]))
  }

  @OptionGroup var board: BoardOptions
  @Argument(help: .text("cli.help.importFile")) var file: String
  @Flag(help: .text("cli.help.dryRun")) var dryRun = false
  @Option(name: .customLong("map"), help: .text("cli.help.map")) var maps: [String] = []
  @Option(name: .customLong("value"), help: .text("cli.help.value")) var values: [String] = []
  @Option(help: .text("cli.help.profile")) var profile: String?
  @Option(help: .text("cli.help.sheet")) var sheet: String?
  @Option(help: .text("cli.help.encoding")) var encoding: String?
  @Option(help: .text("cli.help.source")) var source: String?

  func run() throws {
    try Failure.guarded {
      do {
        try importCandidates()
      } catch let error as ImportError {
        Failure.fail(Text.clean(error.message), code: 1)
      }
    }
  }

  /// Reads the file and maps its columns with the board's profiles, then plans under the store's
  /// lock, so that ids and duplicates are judged against the board as it is when the change is
  /// written; a plan that changes nothing is reported, not committed.
  private func importCandidates() throws {
    let options = try makeOptions()
    let bytes = try readFile()
    let store = dryRun ? try board.openForReading() : try board.open()
    let table = try ImportTable.read(file: bytes, options: options, board: store.board)
    let plan =
      dryRun
      ? ImportPlan(table: table, board: store.board, options: options)
      : try store.importCandidates(table, options: options, file: URL(fileURLWithPath: file).lastPathComponent).plan
    let summary = ImportSummary(
      plan: plan, board: store.board, rows: table.rows.count, dryRun: dryRun,
      mappedByHand: !maps.isEmpty || !values.isEmpty)
    print(summary.text)
  }

  private func makeOptions() throws -> ImportOptions {
    var options = ImportOptions(
      author: board.who, now: .now(), mapping: try ImportOptions.mapping(maps),
      values: try ImportOptions.values(values), sheet: sheet)
    if let name = encoding {
      guard let e = TextEncoding(name: name) else { throw ImportError.unknownEncoding(Text.clean(name)) }
      options.encoding = e
    }
    if let profile {
      if profile.trimmingCharactersInWhitespace().isEmpty {
        throw UsageError(message: tr("cli.import.profileName"))
      }
      try Rules.text(profile, field: "--profile", max: Rules.maxTitle)
      options.profile = profile.trimmingCharactersInWhitespace()
    }
    if let source {
      if source.trimmingCharactersInWhitespace().isEmpty {
        throw UsageError(message: tr("cli.import.sourceName"))
      }
      try Rules.text(source, field: "--source", max: Rules.maxTitle)
      options.source = source
    }
    return options
  }

  private func readFile() throws -> [UInt8] {
    do {
      return [UInt8](try Data(contentsOf: URL(fileURLWithPath: BoardLocation.absolute(file))))
    } catch {
      throw UsageError(message: tr("cli.import.cannotRead", ["file": Text.clean(file)]))
    }
  }
}
