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
      print(
        "\(Text.clean(path)): \(board.ideas.count) ideas, \(board.people.count) people, "
          + "\(board.sessions.count) sessions")
    }
  }
}
