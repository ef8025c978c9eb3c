import ArgumentParser
import FabriekCore
import Foundation

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export the ideas, or one stage's, as CSV (for spreadsheets), JSON (complete) or Markdown (a report).",
    discussion: """
      CSV cells that a spreadsheet would run as a formula get a leading quote, and invisible \
      characters are written as \\u{…}; `fabriek import` reads such a file back. The output goes \
      to standard output unless --out names a file (created readable by you only: it holds \
      personal data).
      """)

  @OptionGroup var board: BoardOptions
  @Option(help: "csv, json or md.", completion: Completions.formats) var format: String
  @Option(help: "Only this stage (id or name), or declined / parked.", completion: Completions.places) var stage: String?
  @OptionGroup var filtering: FilterOptions
  @Option(help: "Write to this file instead of standard output (an existing file only with --force).") var out: String?
  @Flag(help: "With --out: replace the file if it exists.") var force = false
  @Option(
    help: ArgumentHelp(
      "With --format csv: the separator, , (default) or ; (what spreadsheets in Belgium expect) or tab.",
      valueName: "separator"))
  var delimiter: String = ","
  @Option(help: "With --format md: the summary of this session (e.g. S-0003) instead of the ideas.") var session:
    String?

  func run() throws {
    try Failure.guarded {
      let formats = [
        Choice(BoardExport.Format.csv, names: ["csv", "spreadsheet"]), Choice(.json, names: ["json"]),
        Choice(.md, names: ["md", "markdown"]),
      ]
      let f: BoardExport.Format
      switch Choosing.match(format, in: formats) {
      case .found(let found): f = found
      case .ambiguous(let ids):
        throw UsageError(message: "--format: “\(Text.clean(format))” could be \(ids.joined(separator: " or ")).")
      case .none: throw UsageError(message: "--format: “\(Text.clean(format))” is not csv, json or md.")
      }
      let store = try board.openForReading()
      var scope = BoardExport.Scope.all
      if let stage {
        switch try store.board.place(named: stage, field: "--stage", includingOutcomes: true) {
        case .stage(let id): scope = .stage(id)
        case .declined: scope = .declined
        case .parked: scope = .parked
        }
      }
      let separator: Unicode.Scalar
      switch delimiter.lowercased() {
      case ",", "comma": separator = ","
      case ";", "semicolon": separator = ";"
      case "tab", "\t": separator = "\t"
      default: throw UsageError(message: "--delimiter: “\(Text.clean(delimiter))” is not , ; or tab.")
      }
      if let query = try filtering.query(on: store.board) {
        let among = scope == .all ? nil : BoardExport(board: store.board, scope: scope).ideas
        let ideas = FilterOptions.ideas(query, on: store.board, among: among, user: board.who)
        scope = .matching(query: query.text, ids: ideas.map(\.id))
      }
      let export = BoardExport(board: store.board, scope: scope)
      let text = try sessionSummary(f, on: store.board) ?? (f == .csv ? export.csv(delimiter: separator) : export.render(f))
      if let out, !force, PosixFileSystem().linkStatus(BoardLocation.absolute(out)) != nil {
        throw UsageError(
          message:
            "\(Text.clean(BoardLocation.absolute(out))) exists already; nothing was written: give --force to replace it, or another --out.")
      }
      guard let out else {
        FileHandle.standardOutput.write(Data(text.utf8))
        return
      }
      let path = BoardLocation.absolute(out)
      do throws(IOError) {
        try PosixFileSystem().replaceFile(path, with: Array(text.utf8), tempTag: "export-\(getpid())")
      } catch {
        throw UsageError(message: "Could not write \(Text.clean(path)): \(error.reason).")
      }
    }
  }
}
