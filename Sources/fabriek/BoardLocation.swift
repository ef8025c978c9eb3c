import FabriekCore
import Foundation

/// Where the board lives when no `--file` is given: `$XDG_DATA_HOME/fabriek/board.json`,
/// `~/.local/share/fabriek/board.json` by default, in folders only the user can read.
enum BoardLocation {
  static func resolve(_ file: String?) throws(StoreError) -> String {
    if let file { return absolute(file) }
    let env = ProcessInfo.processInfo.environment
    let home = env["HOME"] ?? NSHomeDirectory()
    let dataHome = env["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.local/share"
    let dir = dataHome + "/fabriek"
    let fs = PosixFileSystem()
    var partial = ""
    for part in dir.split(separator: "/") {
      partial += "/" + part
      if fs.status(partial) == nil {
        do {
          try fs.makeDirectory(partial)
        } catch {
          throw .io(error, nothingLost: true)
        }
      }
    }
    return dir + "/board.json"
  }

  static func absolute(_ path: String) -> String {
    path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
  }
}

/// Ideas on the board, in total and per stage, with the outcomes off the board.
struct StageCounts {
  var total: Int
  var perStage: [(Stage, Int)]
  var declined: Int
  var parked: Int

  init(_ board: Board) {
    total = board.ideas.count
    perStage = board.stages.map { ($0, board.columns[$0.id]?.count ?? 0) }
    declined = board.declined.count
    parked = board.parked.count
  }
}
