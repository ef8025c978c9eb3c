import ArgumentParser
import FabriekCore
import Foundation

struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import candidates from a web-form or spreadsheet CSV into Incoming, as one undoable change.",
    discussion: """
      Reads comma, semicolon or tab separated files, UTF-8 with or without BOM (or the encoding \
      named with --encoding), with column names in English, Dutch or French. Rows with the same \
      e-mail and a near-identical title as an idea on the board or an earlier row are reported as \
      duplicates, not imported; rows that break a rule are reported with their line and reason. \
      Fields for --map: \(ImportField.names).
      """)

  @OptionGroup var board: BoardOptions
  @Argument(help: "The CSV file with the candidates.") var csv: String
  @Flag(help: "Show what the import would do; change nothing.") var dryRun = false
  @Option(name: .customLong("map"), help: "Read a column as a field, e.g. --map \"Naam project=title\" (repeat).")
  var maps: [String] = []
  @Option(help: "The file's encoding: utf-8 (default), windows-1252 or iso-8859-1.") var encoding: String?
  @Option(help: "The idea campaign the candidates answered: their origin.") var source: String?

  func run() throws {
    try Failure.guarded {
      do {
        try importCandidates()
      } catch let error as ImportError {
        Failure.fail(Text.clean(error.message), code: 1)
      }
    }
  }

  /// Plans under the store's lock (`BoardStore.importCandidates`, as the palette's `:import`
  /// does); a plan that imports nothing is reported, not committed.
  private func importCandidates() throws {
    let options = try makeOptions()
    let table = try ImportTable.read(csv: try readCSV(), options: options)
    let store = dryRun ? try board.openForReading() : try board.open()
    let plan =
      dryRun
      ? ImportPlan(table: table, board: store.board, options: options)
      : try store.importCandidates(table, options: options, file: URL(fileURLWithPath: csv).lastPathComponent).plan
    print(ImportSummary(plan: plan, board: store.board, rows: table.rows.count, dryRun: dryRun).text)
  }

  private func makeOptions() throws -> ImportOptions {
    var options = ImportOptions(author: board.who, now: .now(), mapping: try ImportOptions.mapping(maps))
    if let name = encoding {
      guard let e = TextEncoding(name: name) else { throw ImportError.unknownEncoding(Text.clean(name)) }
      options.encoding = e
    }
    if let source {
      if source.trimmingCharacters(in: .whitespaces).isEmpty {
        throw UsageError(message: "--source: give the campaign's name, e.g. --source \"Oproep 2026\".")
      }
      try Rules.text(source, field: "--source", max: Rules.maxTitle)
      options.source = source
    }
    return options
  }

  private func readCSV() throws -> [UInt8] {
    do {
      return [UInt8](try Data(contentsOf: URL(fileURLWithPath: BoardLocation.absolute(csv))))
    } catch {
      throw UsageError(message: "Cannot read \(Text.clean(csv)): check the path and that the file is readable.")
    }
  }
}
