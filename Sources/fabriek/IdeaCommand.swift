import ArgumentParser
import FabriekCore
import Foundation

struct IdeaCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "idea", abstract: tr("cli.idea.abstract"),
      subcommands: [Add.self, Move.self, NoteCommand.self, Show.self, List.self, Reopen.self])
  }

  struct Reopen: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("cli.reopen.abstract")) }
    @OptionGroup var board: BoardOptions
    @Argument(help: .text("cli.help.code"), completion: Completions.ideaCodes) var code: String
    @Option(help: .text("cli.help.reopenTo"), completion: Completions.stages) var to: String?

    func run() throws {
      try Failure.guarded {
        let store = try board.open()
        try store.commit { (b: Board) throws(BoardError) -> Change in
          let idea = try resolveIdea(code, on: b)
          let stage = try resolveStage(to, on: b, field: "--to") ?? idea.stage
          return Change(.reopen(idea.id, stage: stage, at: .now()), by: board.who)
        }
        let idea = try resolveIdea(code, on: store.board)
        print(IdeaCommand.isIn(idea, on: store.board))
      }
    }
  }

  struct Add: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("cli.add.abstract")) }
    @OptionGroup var board: BoardOptions
    @Option(help: .text("cli.help.title")) var title: String
    @Option(help: .text("cli.help.addStage"), completion: Completions.stages) var stage: String?
    @Option(help: .text("cli.help.pitch")) var pitch: String = ""
    @Option(name: .customLong("tag"), help: .text("cli.help.tag")) var tags: [String] = []

    func run() throws {
      try Failure.guarded {
        let store = try board.open()
        let (change, _) = try store.commit { (b: Board) throws(BoardError) -> Change in
          let stageID = try resolveStage(stage, on: b) ?? Stage.incoming
          let idea = Idea(
            id: IdeaID(b.nextIdea), title: title, stage: stageID, created: .now(), pitch: pitch, tags: tags)
          return Change(.addIdea(idea), by: board.who)
        }
        if case .addIdea(let idea) = change.op { print(idea.code) }
      }
    }
  }

  struct Move: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("cli.move.abstract")) }
    @OptionGroup var board: BoardOptions
    @Argument(help: .text("cli.help.code"), completion: Completions.ideaCodes) var code: String
    @Option(help: .text("cli.help.moveTo"), completion: Completions.stages) var to: String
    @Option(help: .text("exit.cli.help.outcome")) var outcome: String?

    func run() throws {
      try Failure.guarded {
        let store = try board.open()
        try store.commit { (b: Board) throws(BoardError) -> Change in
          let idea = try resolveIdea(code, on: b)
          guard let stageID = try resolveStage(to, on: b, field: "--to") else {
            throw BoardError.invalid(field: "--to", reason: tr("cli.move.giveStage"))
          }
          // Out of Incoming is a triage decision, into a stage a candidate may skip to.
          if idea.isActive, idea.stage == b.stages.first?.id, stageID != idea.stage {
            guard Stage.acceptTargets.contains(stageID) else {
              let allowed = Stage.acceptTargets.compactMap { b.stage($0)?.displayName }
              throw BoardError.invalid(
                field: "--to",
                reason: tr(
                  "cli.move.candidate",
                  [
                    "code": idea.code, "incoming": b.stages.first?.displayName ?? idea.stage,
                    "stages": allowed.joined(separator: tr("cli.list.or")),
                  ]))
            }
            let decision = Decision(kind: .accept(stage: stageID), by: board.who, at: .now())
            return Change(.decide(idea.id, decision), by: board.who)
          }
          if let exit = try ExitCommand.exitMove(idea, to: stageID, outcome: outcome, on: b) {
            return Change(exit, by: board.who)
          }
          return Change(.moveIdea(idea.id, stage: stageID, index: nil, enteredAt: .now()), by: board.who)
        }
        let idea = try resolveIdea(code, on: store.board)
        print(IdeaCommand.isIn(idea, on: store.board))
      }
    }
  }

  struct NoteCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(commandName: "note", abstract: tr("cli.note.abstract"))
    }
    @OptionGroup var board: BoardOptions
    @Argument(help: .text("cli.help.code"), completion: Completions.ideaCodes) var code: String
    @Option(help: .text("cli.help.noteText")) var text: String
    @Flag(help: .text("cli.help.private")) var `private` = false

    func run() throws {
      try Failure.guarded {
        let store = try board.open()
        try store.commit { (b: Board) throws(BoardError) -> Change in
          let idea = try resolveIdea(code, on: b)
          let note = Note(
            id: numberAfter(idea.notes.map(\.id)), at: .now(), author: board.who, text: text, isPrivate: `private`)
          return Change(.addNote(idea.id, note), by: board.who)
        }
      }
    }
  }

  struct Show: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("cli.show.abstract")) }
    @OptionGroup var board: BoardOptions
    @Argument(help: .text("cli.help.code"), completion: Completions.ideaCodes) var code: String
    @Flag(help: .text("cli.help.showJSON")) var json = false

    func run() throws {
      try Failure.guarded {
        let store = try board.openForReading()
        let idea = try resolveIdea(code, on: store.board)
        if json {
          print(try JSONOutput.encode(CodedIdea(idea)))
        } else {
          print(IdeaReport(idea: idea, board: store.board).text)
        }
      }
    }
  }

  struct List: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("cli.list.abstract")) }
    @OptionGroup var board: BoardOptions
    @Option(help: .text("cli.help.place"), completion: Completions.places) var stage: String?
    @OptionGroup var filtering: FilterOptions
    @Flag(help: .text("cli.help.listJSON")) var json = false

    func run() throws {
      try Failure.guarded {
        let store = try board.openForReading()
        let b = store.board
        var ideas: [Idea]
        let place = try stage.map { s throws(BoardError) in
          try b.place(named: s, field: "--stage", includingOutcomes: true)
        }
        switch place {
        case .declined: ideas = b.declined
        case .parked: ideas = b.parked
        case nil: ideas = b.stages.flatMap { b.column($0.id) }
        case .stage(let id): ideas = b.column(id)
        }
        if let query = try filtering.query(on: b) {
          ideas = FilterOptions.ideas(query, on: b, among: place == nil ? nil : ideas, user: board.who)
        }
        if json {
          print(try JSONOutput.encode(ideas.map(CodedIdea.init)))
          return
        }
        for i in ideas {
          let stageName = b.stage(i.stage)?.displayName ?? i.stage
          // Off the board an idea is listed by what happened to it, with the stage it left.
          let place: String
          switch i.outcome {
          case .declined?: place = tr("cli.list.declinedFrom", ["stage": stageName])
          case .parked(let day)?: place = tr("cli.list.parkedFrom", ["day": day, "stage": stageName])
          case nil: place = stageName
          }
          print("\(i.code)  \(Text.clean(place))  \(Text.clean(i.title))")
        }
      }
    }
  }
}

extension IdeaCommand {
  /// "I-0042 is in Enrichment": where an idea is after a command moved it.
  static func isIn(_ idea: Idea, on board: Board) -> String {
    tr("cli.idea.isIn", ["code": idea.code, "stage": Text.clean(board.stage(idea.stage)?.displayName ?? idea.stage)])
  }
}

func resolveIdea(_ code: String, on board: Board) throws(BoardError) -> Idea {
  guard let id = IdeaID(code: code) else {
    throw .invalid(field: "code", reason: tr("cli.idea.notACode", ["code": Text.clean(code)]))
  }
  guard let idea = board.idea(id) else { throw .notFound(tr("cli.idea.thing", ["code": id.code])) }
  return idea
}

/// A stage by id, name, its Dutch or French name, or any unambiguous beginning of those.
func resolveStage(_ text: String?, on board: Board, field: String = "--stage") throws(BoardError) -> String? {
  guard let text else { return nil }
  guard case .stage(let id) = try board.place(named: text, field: field, includingOutcomes: false) else { return nil }
  return id
}

/// An idea as JSON with its code (`"code": "I-0042"`) beside its numeric id, as scripts name ideas.
struct CodedIdea: Encodable {
  let idea: Idea
  init(_ idea: Idea) { self.idea = idea }
  enum Key: String, CodingKey { case code }
  func encode(to encoder: Encoder) throws {
    try idea.encode(to: encoder)
    var c = encoder.container(keyedBy: Key.self)
    try c.encode(idea.code, forKey: .code)
  }
}

enum JSONOutput {
  static func encode<T: Encodable>(_ value: T) throws -> String {
    let e = JSONEncoder()
    e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return UnsafeCharacters.escapingJSON(String(decoding: try e.encode(value), as: UTF8.self))
  }
}
