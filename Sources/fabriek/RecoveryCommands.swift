import ArgumentParser
import FabriekCore
import Foundation

struct RestoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "restore",
    abstract: "Put a damaged board back from a backup and replay the journals' changes on top of it.",
    discussion: """
      The current snapshot and journal are kept aside first. A healthy board is refused unless \
      --force. When changes cannot be brought back, they are listed and fabriek asks first \
      (--yes answers for you).
      """)
  @OptionGroup var board: BoardOptions
  @Option(help: "The backup to restore (default: the newest good one).") var from: String?
  @Flag(help: "Restore even though the board is healthy (a roll-back).") var force = false
  @Flag(help: "Do not ask when some changes cannot be brought back.") var yes = false

  func run() throws {
    try Failure.guarded {
      let path = try board.resolvedPath()
      let backup = from.map(BoardLocation.absolute)
      let plan = try BoardRecovery.plan(path, from: backup)
      if plan.healthy && !force {
        _ = try BoardRecovery.restore(path, from: backup, force: false)  // refuses with the reason
      }
      print(
        Text.clean(
          "Restoring \(plan.board) from \(plan.backup) (change \(plan.backupSeq)) with \(plan.replayed) changes of the journals replayed on top."
        ))
      if !plan.lost.isEmpty {
        print(Text.clean("\(plan.lost.count) changes will not be in the result:"))
        for change in plan.lost.prefix(50) { print("  " + Text.clean(change.description)) }
        if plan.lost.count > 50 { print("  … and \(plan.lost.count - 50) more") }
        if !yes {
          guard isatty(0) == 1 else {
            throw UsageError(message: "Some changes cannot be brought back; run again with --yes to restore without them.")
          }
          FileHandle.standardOutput.write(Data("Restore anyway? [y/N] ".utf8))
          guard let answer = readLine(), answer.lowercased().hasPrefix("y") else {
            print("Nothing was changed.")
            return
          }
        }
      }
      let done = try BoardRecovery.restore(path, from: backup, force: force)
      print(
        Text.clean(
          "\(path): restored from \(done.plan.backup) up to change \(done.plan.restoredSeq); the previous files are kept as \(done.keptAside.joined(separator: ", "))."
        ))
    }
  }
}

/// `fabriek check --repair`: what was kept and what was set aside, then the usual check.
enum RepairReport {
  static func run(_ path: String) throws {
    let result = try BoardRecovery.repair(path)
    if result.nothingToRepair {
      print(Text.clean("\(path): the journal needs no repair."))
      return
    }
    let copy = result.copy.map { " in \($0)" } ?? ""
    if result.setAside > 0 {
      print(
        Text.clean(
          "\(path): kept \(result.kept) changes; set aside \(result.setAside) lines from the damage on (the damaged change and \(result.setAside - 1) after it)\(copy)."
        ))
    } else {
      print(
        Text.clean(
          "\(path): kept \(result.kept) changes; set aside an unfinished write of \(result.unfinishedBytes) bytes (never reported saved)\(copy)."
        ))
    }
  }
}
