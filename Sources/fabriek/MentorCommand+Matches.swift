import ArgumentParser
import FabriekCore
import Foundation

/// `fabriek mentor propose`, `move` and `log`: a match's life from the command line, each one
/// operation through the store (undoable in the board, in the history of the idea and person).
extension MentorCommand {
  struct Propose: ParsableCommand {
    static var configuration: CommandConfiguration { .text("match.cli.propose") }
    @OptionGroup var board: BoardOptions
    @Argument(help: .text("mentor.cli.code"), completion: Completions.ideaCodes) var code: String
    @Argument(help: .text("match.cli.person")) var person: String
    @Flag(help: .text("match.cli.proposePartner")) var partner = false
    @Option(help: .text("match.cli.override")) var overrideReason: String?

    func run() throws {
      try MentorCommand.guardedMatchCommand {
        let store = try board.open()
        let who = try PersonCommand.find(person, on: store.board).id
        let (change, _) = try store.commit { (b: Board) throws(BoardError) -> Change in
          let idea = try resolveIdea(code, on: b)
          var m = Match(
            id: MatchID(b.nextMatch), idea: idea.id, person: who, kind: partner ? .partner : .mentor,
            proposedBy: board.who, proposedAt: .now())
          m.overrideReason = overrideReason
          return Change(.proposeMatch(m), by: board.who)
        }
        if case .proposeMatch(let m) = change.op { print(m.code) }
      }
    }
  }

  struct Move: ParsableCommand {
    static var configuration: CommandConfiguration { .text("match.cli.move") }
    @OptionGroup var board: BoardOptions
    @Argument(help: .text("match.cli.match")) var match: String
    @Option(help: .text("match.cli.to")) var to: String
    @Option(help: .text("match.cli.reason")) var reason: String?
    @Option(help: .text("match.cli.override")) var overrideReason: String?

    func run() throws {
      try MentorCommand.guardedMatchCommand {
        guard let state = MatchState(typed: to) else {
          throw UsageError(message: tr("match.cli.notAState", ["text": to]))
        }
        try MentorCommand.change(match, on: board) { id in
          let t = MatchTransition(state, at: .now(), by: board.who)
          return .moveMatch(id, t, reason: reason.map(MatchEndReason.init(typed:)), override: overrideReason)
        }
      }
    }
  }

  struct Log: ParsableCommand {
    static var configuration: CommandConfiguration { .text("match.cli.log") }
    @OptionGroup var board: BoardOptions
    @Argument(help: .text("match.cli.match")) var match: String
    @Option(help: .text("match.cli.hours")) var hours: String
    @Option(help: .text("match.cli.date")) var date: String?
    @Option(help: .text("match.cli.note")) var note: String = ""
    @Option(help: .text("match.cli.override")) var overrideReason: String?

    func run() throws {
      try MentorCommand.guardedMatchCommand {
        guard let minutes = HoursEntry.minutes(typed: hours) else {
          throw UsageError(message: tr("match.cli.notHours", ["text": hours]))
        }
        let day: Day
        if let date {
          guard let d = Day(typed: date) else {
            throw UsageError(message: tr("match.cli.notADate", ["text": date]))
          }
          day = d
        } else {
          day = Timestamp.now().day
        }
        try MentorCommand.change(match, on: board) { id in
          .logHours(id, HoursEntry(day: day, minutes: minutes, note: note), override: overrideReason)
        }
      }
    }
  }

  /// A match command's run: the rules name --override-reason where a reason lets the change through.
  static func guardedMatchCommand(_ body: () throws -> Void) throws {
    try MatchRule.$isCommandLine.withValue(true) { try Failure.guarded(body) }
  }

  /// Commits the operation `make` gives for the match `code` names, then prints the match as it is.
  static func change(_ code: String, on board: BoardOptions, _ make: (MatchID) -> BoardOperation) throws {
    let store = try board.open()
    let id = try resolveMatch(code, on: store.board).id
    try store.commit { (_: Board) throws(BoardError) -> Change in Change(make(id), by: board.who) }
    print(MentorCommand.describe(id, on: store.board))
  }

  /// "M-0003  I-0012  P-0042 Els Maes  mentor  active  4.5 h": one match on one line.
  static func describe(_ id: MatchID, on b: Board) -> String {
    guard let m = b.match(id) else { return id.code }
    let name = Text.clean(b.people[m.person]?.fullName ?? "")
    let hours = Language.current.decimal(Double(m.minutes) / 60, places: 2)
    return tr(
      "match.cli.line",
      ["match": m.code, "code": m.idea.code, "person": m.person.code, "name": name, "kind": tr("match.kind." + m.kind.rawValue), "state": m.state.label, "hours": hours])
  }
}

/// The match a code names (`M-0012`, `m-12`, `12`).
func resolveMatch(_ code: String, on board: Board) throws -> Match {
  guard let id = MatchID(code: code) else { throw UsageError(message: tr("match.cli.notACode", ["code": code])) }
  guard let m = board.match(id) else { throw UsageError(message: tr("match.none", ["code": id.code])) }
  return m
}
