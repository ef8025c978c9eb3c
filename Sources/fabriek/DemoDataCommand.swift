import ArgumentParser
import FabriekCore
import Foundation

struct DemoDataCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo-data",
    abstract: "Generate a realistic board (Dutch, French and English records), the same for the same seed.")

  @Option(help: "How many ideas.") var count: Int = 400
  @Option(help: "Seed for the generator.") var seed: UInt64 = 1
  @Option(help: "Where to write the board; must not exist yet.") var out: String
  @Flag(help: "Replace the file when it exists.") var force = false

  func validate() throws {
    guard (0...1_000_000).contains(count) else { throw ValidationError("--count must be between 0 and 1000000.") }
  }

  func run() throws {
    try Failure.guarded {
      let board = DemoData.board(count: count, seed: seed, now: DemoData.referenceTime)
      let path = BoardLocation.absolute(out)
      try BoardStore.create(at: path, board: board, replacing: force)
      print("\(path): \(board.ideas.count) ideas, \(board.people.count) people, \(board.sessions.count) sessions")
    }
  }
}

/// Commits changes in a loop and reports each one once it is durable. The crash test kills
/// it at random moments and checks that every reported change survived.
struct CommitLoopCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "commit-loop", shouldDisplay: false)
  @OptionGroup var board: BoardOptions
  @Option var count: Int = 1_000
  @Option var prefix: String = "crash"
  @Option(help: "Compact after this many journal entries.") var compactEvery: Int = 50

  func run() throws {
    try Failure.guarded {
      let store = try BoardStore.open(try board.resolvedPath(), create: "crash test")
      store.policy = CompactionPolicy(maxEntries: compactEvery)
      for k in 1...max(1, count) {
        try store.commit { (b: Board) throws(BoardError) -> Change in
          Change(.addIdea(Idea(id: IdeaID(b.nextIdea), title: "\(prefix) \(k)", created: .now())), by: board.who)
        }
        print("committed \(k)")
        fflush(nil)
      }
    }
  }
}
