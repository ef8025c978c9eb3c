import FabriekCore
import Foundation

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

/// Resident set size now and at its peak, in KiB, from /proc/self/status.
func memoryKiB() -> (now: Int, peak: Int) {
  guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return (0, 0) }
  func field(_ name: String) -> Int {
    guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(name) }) else { return 0 }
    return Int(line.split(separator: " ").dropFirst().first { !$0.isEmpty }.map(String.init) ?? "") ?? 0
  }
  return (field("VmRSS:"), field("VmHWM:"))
}

func median(_ xs: [Double]) -> Double {
  let s = xs.sorted()
  guard !s.isEmpty else { return .nan }
  return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

enum GenerateProbe {
  static func run(count: Int, out: String) -> String {
    var board = Board(name: "")
    let generate = milliseconds { board = DemoData.board(count: count, seed: 1, now: DemoData.referenceTime) }
    let write = milliseconds { try? BoardStore.create(at: out, board: board, replacing: true) }
    return "\(generate) \(write)"
  }
}

/// Opens a board, commits edits one at a time, compacts; reports times and memory.
enum LoadProbe {
  struct Result {
    var load: Double
    var edit: Double
    var compact: Double
    var baseKiB: Int
    var peakKiB: Int
    var line: String { "\(load) \(edit) \(compact) \(baseKiB) \(peakKiB)" }
  }

  static func run(path: String, edits: Int) -> Result {
    let base = memoryKiB().now
    var store: BoardStore?
    let load = milliseconds { store = try? BoardStore.open(path, policy: .never) }
    guard let store else { return Result(load: .nan, edit: .nan, compact: .nan, baseKiB: base, peakKiB: 0) }
    let ids = store.board.columns.values.flatMap { $0 }.prefix(edits)
    var times: [Double] = []
    for (k, id) in ids.enumerated() {
      times.append(
        milliseconds {
          _ = try? store.commit(Change(.editIdea(id, [.pitch("Bijgewerkte pitch \(k) — é社")]), by: "bench"))
        })
    }
    let compact = milliseconds { try? store.compact() }
    return Result(load: load, edit: median(times), compact: compact, baseKiB: base, peakKiB: memoryKiB().peak)
  }
}
