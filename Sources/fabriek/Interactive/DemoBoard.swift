import FabriekCore
import Foundation

/// `--demo`: a scratch copy of the 400-idea sample board in a private temporary folder, so
/// that the sample itself is never changed. When the sample file is not found (fabriek run
/// outside its source tree) the same board is generated: it is deterministic per seed.
enum DemoBoard {
  static let sampleName = "sample-data/demo-board.json"

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
    if let sample = locateSample(), let bytes = try? fs.readFile(sample) {
      do {
        try fs.replaceFile(path, with: bytes, tempTag: "demo")
      } catch {
        throw .io(error, nothingLost: true)
      }
    } else {
      try BoardStore.create(at: path, board: DemoData.board(count: 400, seed: 1, now: DemoData.referenceTime))
    }
    return (path, folder)
  }

  static func locateSample() -> String? {
    var candidates = [FileManager.default.currentDirectoryPath + "/" + sampleName]
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    for _ in 0..<5 {
      candidates.append(folder.appendingPathComponent(sampleName).path)
      folder = folder.deletingLastPathComponent()
    }
    return candidates.first { FileManager.default.fileExists(atPath: $0) }
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
