import ArgumentParser
import FabriekCore
import Foundation

extension ExitCommand {
  /// `fabriek exit taper CODE --step biweekly:2026-06-30 --step monthly:2026-12-31 --step alumni`,
  /// or `--next` to mark the current step done.
  struct Taper: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("exit.cli.taper.abstract")) }
    @OptionGroup var board: BoardOptions
    @Argument(help: .text("cli.help.code"), completion: Completions.ideaCodes) var code: String
    @Option(name: .customLong("step"), help: .text("exit.cli.help.step")) var steps: [String] = []
    @Flag(help: .text("exit.cli.help.next")) var next = false

    func run() throws {
      try Failure.guarded {
        if steps.isEmpty == !next { throw BoardError.invalid(field: "--step", reason: tr("exit.cli.stepsOrNext")) }
        let parsed = try steps.map(Self.step)
        let store = try board.open()
        try store.commit { (b: Board) throws(BoardError) -> Change in
          let idea = try resolveIdea(code, on: b)
          var list = parsed
          if next {
            list = idea.exitPlan?.taper ?? []
            guard let current = idea.exitPlan?.nextTaperStep else {
              throw BoardError.conflict(tr("exit.cli.noStepLeft", ["code": idea.code]))
            }
            list[current.index].done = true
          }
          return Change(.exit(idea.id, .setTaper(list)), by: board.who)
        }
      }
    }

    static func step(_ text: String) throws(BoardError) -> TaperStep {
      let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
      let names = SupportKind.allCases.map(\.rawValue).joined(separator: "|")
      guard let name = parts.first, let kind = SupportKind(rawValue: name.lowercased()) else {
        throw .invalid(field: "--step", reason: tr("exit.cli.badStep", ["text": Text.clean(text), "names": names]))
      }
      guard parts.count == 2 else { return TaperStep(support: kind) }
      guard let day = Day(typed: parts[1]) else {
        throw .invalid(field: "--step", reason: tr("exit.cli.badDay", ["text": Text.clean(parts[1])]))
      }
      return TaperStep(support: kind, until: day)
    }
  }

  struct FollowUpCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(commandName: "followup", abstract: tr("exit.cli.followup.abstract"))
    }
    @OptionGroup var board: BoardOptions
    @Argument(help: .text("cli.help.code"), completion: Completions.ideaCodes) var code: String
    @Option(help: .text("exit.cli.help.operating")) var operating: String
    @Option(help: .text("exit.cli.help.jobs")) var jobs: Int?
    @Option(help: .text("exit.cli.help.turnover")) var turnover: String?
    @Option(help: .text("exit.cli.help.raised")) var raised: String?
    @Option(help: .text("exit.cli.help.note")) var note: String = ""
    @Option(help: .text("exit.cli.help.date")) var date: String?

    func run() throws {
      try Failure.guarded {
        let record = try makeRecord()
        let store = try board.open()
        try store.commit { (b: Board) throws(BoardError) -> Change in
          let idea = try resolveIdea(code, on: b)
          return Change(.exit(idea.id, .recordFollowUp(record)), by: board.who)
        }
        let idea = try resolveIdea(code, on: store.board)
        let next = idea.exitPlan?.nextFollowUp?.followUp
        print(
          Text.clean(
            next.map { tr("exit.cli.recordedNext", ["code": idea.code, "day": Language.current.date($0.due)]) }
              ?? tr("exit.cli.recordedLast", ["code": idea.code])))
      }
    }

    func makeRecord() throws(BoardError) -> FollowUpRecord {
      let yes = ["yes", "y", "ja", "j", "oui", "o", "true"]
      let no = ["no", "n", "nee", "non", "false"]
      let answer = operating.lowercased()
      guard yes.contains(answer) || no.contains(answer) else {
        throw .invalid(field: "--operating", reason: tr("exit.cli.yesNo", ["text": Text.clean(operating)]))
      }
      var band: TurnoverBand?
      if let turnover {
        guard let b = TurnoverBand(rawValue: turnover.lowercased()) else {
          let names = TurnoverBand.allCases.map(\.rawValue).joined(separator: "|")
          throw .invalid(
            field: "--turnover", reason: tr("exit.cli.badTurnover", ["text": Text.clean(turnover), "names": names]))
        }
        band = b
      }
      var amount: Euro?
      if let raised {
        guard let e = Euro(parsing: raised) else {
          throw .invalid(field: "--raised", reason: tr("exit.cli.badAmount", ["text": Text.clean(raised)]))
        }
        amount = e
      }
      var day = Day.today()
      if let date {
        guard let d = Day(typed: date) else {
          throw .invalid(field: "--date", reason: tr("exit.cli.badDay", ["text": Text.clean(date)]))
        }
        day = d
      }
      return FollowUpRecord(
        day: day, operating: yes.contains(answer), jobs: jobs, turnover: band, raised: amount, note: note)
    }
  }

  /// `fabriek exit template social-only "eigen vzw" "…"`: the board's criteria for a value model;
  /// none given puts the defaults back. `--schedule 6,12,24` sets the follow-up months.
  struct Template: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("exit.cli.template.abstract")) }
    @OptionGroup var board: BoardOptions
    @Argument(help: .text("exit.cli.help.model")) var model: String?
    @Argument(help: .text("exit.cli.help.texts")) var texts: [String] = []
    @Option(help: .text("exit.cli.help.schedule")) var schedule: String?

    func run() throws {
      try Failure.guarded {
        let store = try board.open()
        if model == nil && schedule == nil {
          for m in ValueModel.allCases {
            print(Text.clean(m.label + ": " + store.board.exitTemplate(for: m).joined(separator: "; ")))
          }
          print(
            Text.clean(
              tr(
                "exit.cli.schedule",
                ["months": store.board.exitSettings.followUpMonths.map(String.init).joined(separator: ", ")])))
          return
        }
        try store.commit { (b: Board) throws(BoardError) -> Change in
          var settings = b.exitSettings
          if let model {
            guard let m = ValueModel.allCases.first(where: { $0.rawValue.hasPrefix(model.lowercased()) }) else {
              let names = ValueModel.allCases.map(\.rawValue).joined(separator: "|")
              throw BoardError.invalid(
                field: "model", reason: tr("exit.cli.badModel", ["text": Text.clean(model), "names": names]))
            }
            settings.templates[m] = texts.isEmpty ? nil : texts
          }
          if let schedule {
            let months = schedule.split(whereSeparator: { $0 == "," || $0 == " " }).map { Int($0) }
            guard !months.isEmpty, months.allSatisfy({ $0 != nil }) else {
              throw BoardError.invalid(field: "--schedule", reason: tr("exit.error.schedule"))
            }
            settings.followUpMonths = months.compactMap { $0 }
          }
          return Change(.setExitSettings(settings), by: board.who)
        }
      }
    }
  }
}
