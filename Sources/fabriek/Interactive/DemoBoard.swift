import FabriekCore
import Foundation

/// `--demo`: the 400-idea sample board (seed 1, the board in sample-data) in a private
/// temporary folder, generated with today as its newest day, so the sample itself is never
/// changed and the demo never looks years old.
enum DemoBoard {

  static let folderPrefix = "fabriek-demo-"

  static func scratchCopy() throws(StoreError) -> (path: String, folder: String) {
    sweepStaleCopies()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(folderPrefix)\(getpid())").path
    let fs = PosixFileSystem()
    do {
      try fs.makeDirectory(folder)
    } catch {
      throw .io(error, nothingLost: true)
    }
    let path = folder + "/demo-board.json"
    // The sample board generated again with today as its last day, so that cards show
    // realistic days in stage (the file in sample-data keeps its fixed reference day).
    try BoardStore.create(at: path, board: DemoData.board(count: 400, seed: 1, now: .now()))
    return (path, folder)
  }

  /// Scratch copies of demo runs whose process is gone (killed, or the machine restarted)
  /// are removed, so that `$TMPDIR` does not fill up with them.
  static func sweepStaleCopies() {
    let tmp = FileManager.default.temporaryDirectory.path
    for name in (try? FileManager.default.contentsOfDirectory(atPath: tmp)) ?? [] where name.hasPrefix(folderPrefix) {
      guard let pid = Int32(name.dropFirst(folderPrefix.count)), pid > 0, pid != getpid() else { continue }
      if kill(pid, 0) != 0 && errno == ESRCH { remove(tmp + "/" + name) }
    }
  }

  static func remove(_ folder: String) {
    try? FileManager.default.removeItem(atPath: folder)
  }
}
