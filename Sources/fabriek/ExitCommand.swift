import ArgumentParser
import FabriekCore
import Foundation

/// `fabriek exit …`: an idea's exit plan, its criteria, taper and follow-ups; `fabriek alumni`
/// is in `AlumniCommand.swift`, the printed forms in `ExitReport.swift`.
struct ExitCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "exit", abstract: tr("exit.cli.abstract"),
      subcommands: [Plan.self, Check.self, CriterionCommand.self, Taper.self, FollowUpCommand.self, Template.self])
  }

  /// The operation of `idea move` into Exited: refused without an outcome, with the list.
  static func exitMove(_ idea: Idea, to stageID: String, outcome: String?, on b: Board) throws(BoardError)
    -> BoardOperation?
  {
    guard stageID == Stage.exited, idea.stage != Stage.exited || !idea.isActive else {
      if outcome != nil { throw .invalid(field: "--outcome", reason: tr("exit.cli.outcomeOnlyForExit")) }
      return nil
    }
    guard let outcome else {
      throw .invalid(
        field: "--outcome", reason: tr("exit.cli.needOutcome", ["code": idea.code, "names": ExitOutcome.names]))
    }
    guard let chosen = ExitOutcome(typed: outcome) else {
      throw .invalid(
        field: "--outcome",
        reason: tr("exit.cli.badOutcome", ["text": Text.clean(outcome), "names": ExitOutcome.names]))
    }
    return b.exitMove(idea.id, outcome: chosen, at: .now())
  }

  struct Plan: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("exit.cli.plan.abstract")) }
    @OptionGroup var board: BoardOptions
    @Argument(help: .text("cli.help.code"), completion: Completions.ideaCodes) var code: String
    @Flag(help: .text("privacy.cli.json")) var json = false

    func run() throws {
      try Failure.guarded {
        let store = try board.openForReading()
        let idea = try resolveIdea(code, on: store.board)
        if json {
          ExitReport.printJSON(ExitReport.PlanJSON(idea, today: .today()))
        } else {
          for line in ExitReport.plan(of: idea, on: store.board, today: .today()) { print(Text.clean(line)) }
        }
      }
    }
  }

  struct Check: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("exit.cli.check.abstract")) }
    @OptionGroup var board: BoardOptions
    @Argument(help: .text("cli.help.code"), completion: Completions.ideaCodes) var code: String
    @Argument(help: .text("exit.cli.help.criterion")) var criterion: String
    @Flag(help: .text("exit.cli.help.done")) var done = false
    @Flag(help: .text("exit.cli.help.open")) var open = false
    @Flag(help: .text("exit.cli.help.drop")) var drop = false
    @Option(help: .text("exit.cli.help.evidence")) var evidence: String?

    func run() throws {
      try Failure.guarded {
        let states = [(done, CriterionState.met), (open, .open), (drop, .dropped)].filter(\.0).map(\.1)
        if states.count > 1 { throw BoardError.invalid(field: "--done", reason: tr("exit.cli.oneState")) }
        if states.isEmpty && evidence == nil {
          throw BoardError.invalid(field: "--done", reason: tr("exit.cli.sayState"))
        }
        let store = try board.open()
        var said = ""
        try store.commit { (b: Board) throws(BoardError) -> Change in
          let idea = try resolveIdea(code, on: b)
          let criteria = idea.exitPlan?.criteria ?? []
          let index = try ExitCommand.criterion(criterion, among: criteria, of: idea)
          var c = criteria[index]
          if let state = states.first { c.state = state }
          if let evidence { c.evidence = evidence }
          said = tr(
            "exit.cli.checked",
            ["n": String(index + 1), "text": c.text, "state": tr("exit.criterion." + c.state.rawValue)])
          return Change(.exit(idea.id, .setCriterion(index: index, c)), by: board.who)
        }
        print(Text.clean(said))
      }
    }
  }

  /// A criterion by its number (from 1) or the beginning of its text, ignoring case and accents.
  static func criterion(_ text: String, among criteria: [ExitCriterion], of idea: Idea) throws(BoardError) -> Int {
    if criteria.isEmpty { throw .conflict(tr("exit.cli.noCriteria", ["code": idea.code])) }
    if let n = Int(text) {
      guard criteria.indices.contains(n - 1) else {
        throw .conflict(tr("exit.error.noCriterion", ["n": String(n), "code": idea.code]))
      }
      return n - 1
    }
    let key = text.searchKey
    let hits = criteria.indices.filter { criteria[$0].text.searchKey.hasPrefix(key) }
    guard hits.count == 1, let only = hits.first else {
      let list = criteria.enumerated().map { "\($0.offset + 1) \($0.element.text)" }.joined(separator: "; ")
      throw .invalid(
        field: "criterion",
        reason: tr(
          hits.isEmpty ? "exit.cli.noSuchCriterion" : "exit.cli.ambiguousCriterion", ["text": text, "list": list]))
    }
    return only
  }

  struct CriterionCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "criterion", abstract: tr("exit.cli.criterion.abstract"), subcommands: [Add.self, Agree.self])
    }

    struct Add: ParsableCommand {
      static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("exit.cli.add.abstract")) }
      @OptionGroup var board: BoardOptions
      @Argument(help: .text("cli.help.code"), completion: Completions.ideaCodes) var code: String
      @Argument(help: .text("exit.cli.help.text")) var text: String

      func run() throws {
        try Failure.guarded {
          let store = try board.open()
          try store.commit { (b: Board) throws(BoardError) -> Change in
            let idea = try resolveIdea(code, on: b)
            return Change(.exit(idea.id, .addCriterion(ExitCriterion(text: text))), by: board.who)
          }
        }
      }
    }

    /// The board's template for the idea's value model as its checklist.
    struct Agree: ParsableCommand {
      static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("exit.cli.agree.abstract")) }
      @OptionGroup var board: BoardOptions
      @Argument(help: .text("cli.help.code"), completion: Completions.ideaCodes) var code: String

      func run() throws {
        try Failure.guarded {
          let store = try board.open()
          try store.commit { (b: Board) throws(BoardError) -> Change in
            let idea = try resolveIdea(code, on: b)
            if let existing = idea.exitPlan?.criteria, !existing.isEmpty {
              throw BoardError.conflict(tr("exit.cli.agreedAlready", ["code": idea.code]))
            }
            let list = b.exitTemplate(for: idea.valueModel).map { ExitCriterion(text: $0) }
            return Change(.exit(idea.id, .setCriteria(list)), by: board.who)
          }
        }
      }
    }
  }
}
