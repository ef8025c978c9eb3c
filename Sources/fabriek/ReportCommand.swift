import ArgumentParser
import FabriekCore
import FabriekUI
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `fabriek report`: every figure of the pipeline for a period and a filter (`BoardReport`), as
/// the charts of the reports screen (`ReportLines`), Markdown, CSV, JSON of a stable shape or
/// one self-contained HTML file (`ReportDocument`; README, "Reports").
struct ReportCommand: ParsableCommand {
  static var configuration: CommandConfiguration { .text("report.cli", commandName: "report") }
  @OptionGroup var board: BoardOptions
  @Option(help: .text("report.cli.from")) var from: String?
  @Option(help: .text("report.cli.to")) var to: String?
  @Option(help: .text("report.cli.period")) var period: String?
  @OptionGroup var filtering: FilterOptions
  @Option(help: .text("report.cli.format")) var format: String = "text"
  @Option(help: .text("report.cli.out")) var out: String?
  @Flag(help: .text("report.cli.force")) var force = false
  @Option(help: ArgumentHelp(tr("report.cli.delimiter"), valueName: "separator")) var delimiter: String = ","
  @Option(help: .text("report.cli.width")) var width: Int?
  @Flag(help: .text("report.cli.personal")) var personal = false

  enum Format: String, CaseIterable { case text, md, csv, json, html }

  func run() throws {
    try Failure.guarded {
      guard let f = Format(rawValue: format.lowercased()) ?? (format.lowercased() == "markdown" ? .md : nil) else {
        throw UsageError(message: tr("report.cli.badFormat", ["format": Text.clean(format)]))
      }
      let separator = try csvDelimiter()
      let stored = try board.openForReading().board
      let b = personal ? stored : stored.withoutPersonalData
      let today = Day.today()
      let named = try namedPeriod(on: b)
      // The filter reads the board as stored (`mentor:Peeters` before names are shortened).
      var only = try filtering.query(on: stored).map { query in
        Set(FilterOptions.ideas(query, on: stored, among: stored.ideasInOrder, user: board.who).map(\.id))
      }
      let first: Day
      let last: Day
      if let named {
        (first, last) = named.days(on: b, today: today)
        if case .campaign(let name) = named {
          let campaign = Set(ReportPeriod.campaignIdeas(name, on: b).map(\.id))
          only = only.map { $0.intersection(campaign) } ?? campaign
        }
      } else {
        first = try day(from, option: "--from") ?? b.history.first?.at.day ?? today
        last = try day(to, option: "--to") ?? today
      }
      guard first <= last else {
        throw UsageError(message: tr("report.cli.backwards", ["from": first.description, "to": last.description]))
      }
      let report = BoardReport(board: b, from: first, to: last, only: only)
      let filterText = [filtering.view.map { "view:" + $0 }, filtering.filter].compactMap { $0 }.joined(separator: " ")
      let document = ReportDocument(report: report, board: b, period: named, filter: filterText)
      let text: String
      switch f {
      case .json:
        text = try JSONOutput.encode(report.coded(on: b, period: period, filter: filterText.isEmpty ? nil : filterText)) + "\n"
      case .text: text = Self.text(document, width: width ?? Self.terminalWidth(), emphasis: out == nil && Self.isTerminal)
      case .md: text = document.markdown()
      case .csv: text = document.csv(delimiter: separator)
      case .html: text = document.html()
      }
      try write(text)
    }
  }

  private func namedPeriod(on b: Board) throws -> ReportPeriod? {
    guard let period else { return nil }
    guard from == nil, to == nil else { throw UsageError(message: tr("report.cli.periodAndDays")) }
    guard let named = ReportPeriod(parsing: period) else {
      throw UsageError(message: tr("report.cli.badPeriod", ["text": Text.clean(period)]))
    }
    if case .campaign(let name) = named, ReportPeriod.campaignIdeas(name, on: b).isEmpty {
      let all = ReportPeriod.campaigns(on: b).map { "“" + Text.clean($0) + "”" }
      throw UsageError(
        message: tr("report.cli.unknownCampaign", ["name": Text.clean(name), "campaigns": all.isEmpty ? "–" : QueryNames.list(all)]))
    }
    return named
  }

  private func csvDelimiter() throws -> Unicode.Scalar {
    switch delimiter.lowercased() {
    case ",", "comma": return ","
    case ";", "semicolon": return ";"
    case "tab", "\t": return "\t"
    default: throw UsageError(message: tr("cli.export.unknownDelimiter", ["delimiter": Text.clean(delimiter)]))
    }
  }

  /// To standard output, or to `--out` (0600, written whole or not at all) when it does not
  /// exist yet or `--force` says to replace it.
  private func write(_ text: String) throws {
    guard let out else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    let path = BoardLocation.absolute(out)
    if !force, PosixFileSystem().linkStatus(path) != nil {
      throw UsageError(message: tr("cli.export.exists", ["file": Text.clean(path)]))
    }
    do throws(IOError) {
      try PosixFileSystem().replaceFile(path, with: Array(text.utf8), tempTag: "report-\(getpid())")
    } catch {
      throw UsageError(message: tr("cli.export.cannotWrite", ["file": Text.clean(path), "reason": error.reason]))
    }
  }

  private func day(_ text: String?, option: String) throws -> Day? {
    guard let text else { return nil }
    guard let d = Day(typed: text) else {
      throw UsageError(message: tr("report.cli.badDate", ["option": option, "text": Text.clean(text)]))
    }
    return d
  }

  /// The charts as lines; titles and headings in bold only on a terminal (never when piped).
  static func text(_ document: ReportDocument, width: Int, emphasis: Bool) -> String {
    ReportLines.document(document, width: max(40, width)).map { line in
      guard emphasis, line.kind == .title || line.kind == .heading else { return line.text }
      return "\u{1B}[1m" + line.text + "\u{1B}[0m"
    }.joined(separator: "\n") + "\n"
  }

  static var isTerminal: Bool {
    isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
      && ProcessInfo.processInfo.environment["TERM"] != "dumb"
  }

  /// The terminal's width when standard output is one, else 80.
  static func terminalWidth() -> Int {
    var size = winsize()
    if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 {
      return Int(size.ws_col)
    }
    return 80
  }
}
