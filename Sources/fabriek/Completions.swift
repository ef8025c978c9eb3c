import ArgumentParser
import FabriekCore
import Foundation

/// Shell completion of the words that name things on a board: stages (with declined and
/// parked where a command takes them) and idea codes, read from the board that `--file` (or
/// the default board) names on the command line being completed. Nothing is created.
enum Completions {
  static func board(in words: [String]) -> Board? {
    var path: String?
    for (i, w) in words.enumerated() {
      if w == "--file", i + 1 < words.count { path = words[i + 1] }
      if w.hasPrefix("--file=") { path = String(w.dropFirst("--file=".count)) }
    }
    let env = ProcessInfo.processInfo.environment
    let file =
      path.map(BoardLocation.absolute)
      ?? ((env["XDG_DATA_HOME"] ?? (env["HOME"] ?? NSHomeDirectory()) + "/.local/share") + "/fabriek/board.json")
    return (try? BoardStore.open(file, readOnly: true))?.board
  }

  static let stages: CompletionKind = .custom { words, _, prefix in
    (board(in: words)?.stages.map(\.id) ?? Stage.defaults.map(\.id)).filter { $0.hasPrefix(prefix) }
  }

  static let places: CompletionKind = .custom { words, _, prefix in
    ((board(in: words)?.stages.map(\.id) ?? Stage.defaults.map(\.id)) + ["declined", "parked"]).filter {
      $0.hasPrefix(prefix)
    }
  }

  static let ideaCodes: CompletionKind = .custom { words, _, prefix in
    (board(in: words)?.ideasInOrder.map(\.code) ?? []).filter { $0.lowercased().hasPrefix(prefix.lowercased()) }
  }

  static let formats: CompletionKind = .list(["csv", "json", "md"])
}
