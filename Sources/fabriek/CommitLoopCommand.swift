import ArgumentParser
import FabriekCore
import Foundation

/// Commits changes in a loop and reports each one once it is durable. The crash test kills
/// it at random moments and checks that every reported change survived.
struct CommitLoopCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "commit-loop", shouldDisplay: false)
  }
  @OptionGroup var board: BoardOptions
  @Option var count: Int = 1_000
  @Option var prefix: String = "crash"
  @Option(help: .text("cli.help.compactEvery")) var compactEvery: Int = 50

  func run() throws {
    try Failure.guarded {
      let store = try BoardStore.open(try board.resolvedPath(), create: "crash test")
      store.policy = CompactionPolicy(maxEntries: compactEvery)
      for k in 1...max(1, count) {
        try store.commit { (b: Board) throws(BoardError) -> Change in
          Change(.addIdea(Idea(id: IdeaID(b.nextIdea), title: "\(prefix) \(k)", created: .now())), by: board.who)
        }
        print("committed \(k)")  // read by the crash test: the same in every language
        fflush(nil)
      }
    }
  }
}
