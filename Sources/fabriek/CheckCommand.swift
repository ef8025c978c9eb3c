import ArgumentParser
import FabriekCore

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Verify a board file (checksum, journal, rules) and count its ideas per stage.")

  @OptionGroup var board: BoardOptions
  @Flag(
    help:
      "Repair a damaged journal: keep every change before the damage, set the rest aside in a copy beside it.")
  var repair = false

  func run() throws {
    try Failure.guarded {
      if repair { try RepairReport.run(try board.resolvedPath()) }
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
