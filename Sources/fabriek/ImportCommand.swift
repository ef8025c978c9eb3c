import ArgumentParser
import FabriekCore
import Foundation

struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import candidates from a form tool's or spreadsheet's export (.xlsx or CSV) into Incoming, as one undoable change.",
    discussion: """
      Reads Excel workbooks (.xlsx: Microsoft Forms, Excel, Google Sheets, LibreOffice; the first \
      sheet or --sheet) and comma, semicolon or tab separated files, UTF-8 with or without BOM (or \
      the encoding named with --encoding), told apart by their content. Columns are matched to \
      fields by the words of their headers, in English, Dutch or French, also when the header is \
      the question the form asked; a column that matches no field is kept, with its question, in a \
      note on each idea. An answer that fits none of a field's options leaves the field empty and \
      is kept in the note; map it with --value. Rows with the same e-mail and a near-identical \
      title as an idea on the board or an earlier row are reported as duplicates, not imported. \
      Run with --dry-run first to see how each column is read. \
      Fields for --map: \(ImportField.names).
      """)

  @OptionGroup var board: BoardOptions
  @Argument(help: "The export with the candidates: an .xlsx workbook or a CSV file.") var file: String
  @Flag(help: "Show how the columns are read and what the import would do; change nothing.") var dryRun = false
  @Option(name: .customLong("map"), help: "Read a column as a field, e.g. --map \"Naam project=title\" (repeat).")
  var maps: [String] = []
  @Option(
    name: .customLong("value"),
    help: "Read an answer as an option, e.g. --value \"applicant-kind:Middenveldorganisatie=civil-society\" (repeat).")
  var values: [String] = []
  @Option(
    help:
      "Read the file with the import profile of this name, and save the mapping (with --map and --value) under it on the board."
  )
  var profile: String?
  @Option(help: "The sheet of a workbook to read (the first one by default).") var sheet: String?
  @Option(help: "A CSV file's encoding: utf-8 (default), windows-1252 or iso-8859-1.") var encoding: String?
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
        throw UsageError(message: "--profile: give the profile a name, e.g. --profile \"Oproep 2026\".")
      }
      try Rules.text(profile, field: "--profile", max: Rules.maxTitle)
      options.profile = profile.trimmingCharactersInWhitespace()
    }
    if let source {
      if source.trimmingCharactersInWhitespace().isEmpty {
        throw UsageError(message: "--source: give the campaign's name, e.g. --source \"Oproep 2026\".")
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
      throw UsageError(message: "Cannot read \(Text.clean(file)): check the path and that the file is readable.")
    }
  }
}
