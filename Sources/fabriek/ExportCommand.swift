import ArgumentParser
import FabriekCore
import Foundation

struct ExportCommand: ParsableCommand {
  static var configuration: CommandConfiguration { .text("cli.export", commandName: "export") }

  @OptionGroup var board: BoardOptions
  @Option(help: .text("cli.help.format"), completion: Completions.formats) var format: String
  @Option(help: .text("cli.help.place"), completion: Completions.places) var stage: String?
  @OptionGroup var filtering: FilterOptions
  @Option(help: .text("cli.help.exportOut")) var out: String?
  @Flag(help: .text("cli.help.exportForce")) var force = false
  @Option(help: ArgumentHelp(tr("cli.help.delimiter"), valueName: "separator")) var delimiter: String = ","
  @Option(help: .text("cli.help.exportSession")) var session: String?
  @Flag(help: .text("cli.help.exportPersonal")) var personal = false

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
        throw UsageError(
          message: tr(
            "cli.export.ambiguousFormat",
            ["format": Text.clean(format), "formats": ids.joined(separator: tr("cli.list.or"))]))
      case .none: throw UsageError(message: tr("cli.export.unknownFormat", ["format": Text.clean(format)]))
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
      default: throw UsageError(message: tr("cli.export.unknownDelimiter", ["delimiter": Text.clean(delimiter)]))
      }
      if let query = try filtering.query(on: store.board) {
        let among = scope == .all ? nil : BoardExport(board: store.board, scope: scope).ideas
        let ideas = FilterOptions.ideas(query, on: store.board, among: among, user: board.who)
        scope = .matching(query: query.text, ids: ideas.map(\.id))
      }
      let shown = personal ? store.board : store.board.withoutPersonalData
      var export = BoardExport(board: shown, scope: scope)
      export.personalData = personal
      let text = try sessionSummary(f, on: shown) ?? (f == .csv ? export.csv(delimiter: separator) : export.render(f))
      if let out, !force, PosixFileSystem().linkStatus(BoardLocation.absolute(out)) != nil {
        throw UsageError(message: tr("cli.export.exists", ["file": Text.clean(BoardLocation.absolute(out))]))
      }
      guard let out else {
        FileHandle.standardOutput.write(Data(text.utf8))
        return
      }
      let path = BoardLocation.absolute(out)
      do throws(IOError) {
        try PosixFileSystem().replaceFile(path, with: Array(text.utf8), tempTag: "export-\(getpid())")
      } catch {
        throw UsageError(message: tr("cli.export.cannotWrite", ["file": Text.clean(path), "reason": error.reason]))
      }
    }
  }
}
