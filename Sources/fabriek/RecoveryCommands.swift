import ArgumentParser
import FabriekCore
import Foundation

struct RestoreCommand: ParsableCommand {
  static var configuration: CommandConfiguration { .text("cli.restore", commandName: "restore") }
  @OptionGroup var board: BoardOptions
  @Option(help: .text("cli.help.restoreFrom")) var from: String?
  @Flag(help: .text("cli.help.restoreForce")) var force = false
  @Flag(help: .text("cli.help.restoreYes")) var yes = false

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
          tr(
            "cli.restore.plan",
            [
              "board": plan.board, "backup": plan.backup, "change": String(plan.backupSeq),
              "replayed": tr("cli.count.changes", ["n": plan.replayed]),
            ])))
      if !plan.lost.isEmpty {
        print(Text.clean(tr("cli.restore.lost", ["n": plan.lost.count])))
        for change in plan.lost.prefix(50) { print("  " + Text.clean(change.description)) }
        if plan.lost.count > 50 { print("  " + tr("cli.more", ["n": plan.lost.count - 50])) }
        if !yes {
          guard isatty(0) == 1 else { throw UsageError(message: tr("cli.restore.needsYes")) }
          FileHandle.standardOutput.write(Data((tr("cli.restore.ask") + " ").utf8))
          guard let answer = readLine(), Self.isYes(answer) else {
            print(tr("cli.restore.nothingChanged"))
            return
          }
        }
      }
      let done = try BoardRecovery.restore(path, from: backup, force: force)
      print(
        Text.clean(
          tr(
            "cli.restore.done",
            [
              "board": path, "backup": done.plan.backup, "change": String(done.plan.restoredSeq),
              "kept": done.keptAside.joined(separator: ", "),
            ])))
    }
  }
}

extension RestoreCommand {
  /// "y", "yes", "j", "ja", "o", "oui": the answer to the question, in any of our languages.
  static func isYes(_ answer: String) -> Bool {
    let a = answer.trimmingCharacters(in: .whitespaces).lowercased()
    return a.hasPrefix("y") || a.hasPrefix("j") || a.hasPrefix("o")
  }
}

/// `fabriek check --repair`: what was kept and what was set aside, then the usual check.
enum RepairReport {
  static func run(_ path: String) throws {
    let result = try BoardRecovery.repair(path)
    if result.nothingToRepair {
      print(Text.clean(tr("cli.repair.nothing", ["board": path])))
      return
    }
    let copy = result.copy.map { tr("cli.repair.inCopy", ["copy": $0]) } ?? ""
    let kept = tr("cli.count.changes", ["n": result.kept])
    if result.setAside > 0 {
      print(
        Text.clean(
          tr(
            "cli.repair.setAside",
            [
              "board": path, "kept": kept, "lines": tr("cli.count.lines", ["n": result.setAside]),
              "after": result.setAside - 1, "copy": copy,
            ])))
    } else {
      print(
        Text.clean(
          tr("cli.repair.unfinished", ["board": path, "kept": kept, "bytes": result.unfinishedBytes, "copy": copy])))
    }
  }
}
