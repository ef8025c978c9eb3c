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
  @Option(help: "csv, json or md.") var format: String
  @Option(help: "Only this stage (id or name), or declined / parked.") var stage: String?
  @Option(help: "Write to this file instead of standard output.") var out: String?
  @Option(help: "With --format md: the summary of this session (e.g. S-0003) instead of the ideas.") var session:
    String?

  func run() throws {
    try Failure.guarded {
      guard let f = BoardExport.Format(name: format) else {
        throw UsageError(message: "--format: “\(Text.clean(format))” is not csv, json or md.")
      }
      let store = try board.openForReading()
      var scope = BoardExport.Scope.all
      if let stage {
        guard let s = BoardExport.Scope(stage, board: store.board) else {
          let ids = store.board.stages.map(\.id).joined(separator: ", ")
          throw UsageError(
            message: "--stage: “\(Text.clean(stage))” is not a stage; use one of \(ids), declined or parked.")
        }
        scope = s
      }
      let text = try sessionSummary(f, on: store.board) ?? BoardExport(board: store.board, scope: scope).render(f)
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
