import ArgumentParser
import FabriekCore

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Verify a board file (checksum, journal, rules) and count its ideas per stage.")

  @OptionGroup var board: BoardOptions

  func run() throws {
    try Failure.guarded {
      let store = try board.openForReading()
      let counts = StageCounts(store.board)
      let width = max(12, counts.perStage.map { $0.0.name.count }.max() ?? 0)
      print("\(Text.clean(store.files.snapshot)): OK, \(counts.total) ideas (\(store.lastSeq) changes)")
      for (stage, n) in counts.perStage {
        let limit = stage.wipLimit.map { n > $0 ? "  over its limit of \($0)" : "" } ?? ""
        print(
          "  " + Text.clean(stage.name).padding(toLength: width, withPad: " ", startingAt: 0) + "  " + String(n) + limit
        )
      }
      print("  " + "Declined".padding(toLength: width, withPad: " ", startingAt: 0) + "  \(counts.declined)")
      print("  " + "Parked".padding(toLength: width, withPad: " ", startingAt: 0) + "  \(counts.parked)")
      print("  people \(store.board.people.count), sessions \(store.board.sessions.count)")
    }
  }
}

struct CompactCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compact", abstract: "Fold the journal into a new snapshot (keeps rotating backups).")
  @OptionGroup var board: BoardOptions
  func run() throws {
    try Failure.guarded {
      let store = try board.open()
      try store.compact()
      print("\(Text.clean(store.files.snapshot)): compacted at change \(store.lastSeq)")
    }
  }
}

struct RestoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "restore",
    abstract: "Replace a damaged board with its newest good backup; the damaged files are kept aside.")
  @OptionGroup var board: BoardOptions
  @Option(help: "The backup to restore (default: the newest good one).") var from: String?
  func run() throws {
    try Failure.guarded {
      let path = try board.resolvedPath()
      let restored = try BoardRecovery.restore(path, from: from.map(BoardLocation.absolute))
      print(
        Text.clean(
          "\(path): restored from \(restored.backup); the damaged files are kept as \(restored.keptAside.joined(separator: ", "))"
        )
      )
    }
  }
}
