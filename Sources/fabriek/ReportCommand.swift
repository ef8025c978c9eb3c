import ArgumentParser
import FabriekCore
import FabriekUI
import Foundation

/// `fabriek report`: the pipeline in figures for a period (`PipelineReport`), as a text table
/// with bars or as JSON of a stable shape (README, "Reports").
struct ReportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "report", abstract: tr("report.cli.abstract"), discussion: tr("report.cli.discussion"))
  }
  @OptionGroup var board: BoardOptions
  @Option(help: .text("report.cli.from")) var from: String?
  @Option(help: .text("report.cli.to")) var to: String?
  @Option(help: .text("report.cli.format")) var format: String = "text"

  func run() throws {
    try Failure.guarded {
      let b = try board.openForReading().board
      let today = Day.today()
      let first = try day(from, option: "--from") ?? b.history.first?.at.day ?? today
      let last = try day(to, option: "--to") ?? today
      guard first <= last else {
        throw UsageError(message: tr("report.cli.backwards", ["from": first.description, "to": last.description]))
      }
      let report = PipelineReport(
        board: b, from: Timestamp(seconds: Int64(first.daysSinceEpoch) * 86_400),
        to: Timestamp(seconds: Int64(last.daysSinceEpoch + 1) * 86_400 - 1))
      switch format.lowercased() {
      case "json": print(try JSONOutput.encode(Coded(report, from: first, to: last)))
      case "text": print(ReportText(report: report, board: b, from: first, to: last).text)
      default: throw UsageError(message: tr("report.cli.badFormat", ["format": Text.clean(format)]))
      }
    }
  }

  private func day(_ text: String?, option: String) throws -> Day? {
    guard let text else { return nil }
    guard let d = Day(typed: text) else {
      throw UsageError(message: tr("report.cli.badDate", ["option": option, "text": Text.clean(text)]))
    }
    return d
  }

  /// `{"from", "to", "funnel": [{"stage", "entered", "now"}], "timeInStage": [{"stage",
  /// "medianDays", "p90Days"}], "declined": {reason: n}, "parked": n, "notes": [...]}`.
  struct Coded: Encodable {
    struct Funnel: Encodable {
      var stage: String
      var entered: Int
      var now: Int
    }
    struct Time: Encodable {
      var stage: String
      var medianDays: Double?
      var p90Days: Double?
      var stays: Int
      func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(stage, forKey: .stage)
        try c.encode(medianDays, forKey: .medianDays)
        try c.encode(p90Days, forKey: .p90Days)
        try c.encode(stays, forKey: .stays)
      }
      enum CodingKeys: String, CodingKey { case stage, medianDays, p90Days, stays }
    }
    var from: String
    var to: String
    var funnel: [Funnel]
    var timeInStage: [Time]
    var declined: [String: Int]
    var parked: Int
    var notes: [String]

    init(_ r: PipelineReport, from: Day, to: Day) {
      self.from = from.description
      self.to = to.description
      funnel = r.stages.map { Funnel(stage: $0.stage, entered: $0.entered, now: $0.now) }
      timeInStage = r.stages.map { Time(stage: $0.stage, medianDays: $0.medianDays, p90Days: $0.p90Days, stays: $0.stays.count) }
      declined = Dictionary(uniqueKeysWithValues: r.declined.map { ($0.key.rawValue, $0.value) })
      parked = r.parked
      notes = PipelineReport.notes
    }
  }
}

/// The report as text: per stage a bar of the ideas that entered it (eighth blocks), the ideas
/// in it at the end, and the median and 90th percentile days of its stays.
struct ReportText {
  var report: PipelineReport
  var board: Board
  var from: Day
  var to: Day

  var text: String {
    let lang = Language.current
    var lines = [tr("report.text.title", ["from": from, "to": to]), ""]
    let names = report.stages.map { s in Text.clean(board.stage(s.stage)?.displayName ?? s.stage) }
    let width = names.map(DisplayWidth.of).max() ?? 0
    let most = report.stages.map(\.entered).max() ?? 0
    lines.append(
      pad(tr("report.text.stage"), width) + "  " + pad(tr("report.text.entered"), 28) + "  " + tr("report.text.now")
        + "  " + tr("report.text.days"))
    for (s, name) in zip(report.stages, names) {
      let bar = Bars.horizontal(Double(s.entered), of: Double(most), width: 20)
      let entered = pad(bar, 20) + " " + DisplayWidth.pad(String(s.entered), to: 6, alignment: .trailing)
      let days = s.medianDays.map { lang.decimal($0) + " / " + lang.decimal(s.p90Days ?? $0) } ?? "–"
      lines.append(pad(name, width) + "  " + pad(entered, 28) + "  " + DisplayWidth.pad(String(s.now), to: 4, alignment: .trailing) + "  " + days)
    }
    lines.append("")
    let declined = report.declined.sorted { $0.key.rawValue < $1.key.rawValue }
      .map { $0.key.label + " " + String($0.value) }.joined(separator: ", ")
    lines.append(tr("report.text.declined", ["n": report.declined.values.reduce(0, +)]) + (declined.isEmpty ? "" : " (" + declined + ")"))
    lines.append(tr("report.text.parked", ["n": report.parked]))
    lines.append("")
    lines += PipelineReport.notes.map { "· " + $0 }
    return lines.joined(separator: "\n")
  }

  private func pad(_ s: String, _ n: Int) -> String { DisplayWidth.pad(s, to: n) }
}

