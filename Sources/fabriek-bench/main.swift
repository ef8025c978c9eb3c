import FabriekCore
import Foundation

// `swift run -c release fabriek-bench [--runs N] [--sizes 400,10000] [--pty-only | --report-only]`
//
// Prints one table: for each board size, generating it, loading it (checksum, decode,
// journal), one committed edit, compaction and peak memory. Each measurement runs in a
// child process of its own so that peak memory belongs to that board alone; figures are
// medians over the runs.

let args = CommandLine.arguments
func option(_ name: String) -> String? {
  guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
  return args[i + 1]
}

let started = DispatchTime.now().uptimeNanoseconds
if args.contains("--child-import") {
  print(ImportProbe.run())
} else if let path = option("--child-screen") {
  print(ScreenProbe.run(path: path, keys: 200, started: started)?.line ?? "")
} else if let path = option("--child-report") {
  print(ReportProbe.run(path: path)?.line ?? "")
} else if let path = option("--child-filter") {
  print(FilterProbe.run(path: path)?.line ?? "")
} else if let path = option("--child-load-only") {
  let base = memoryKiB().now
  var store: BoardStore?
  let ms = milliseconds { store = try? BoardStore.open(path, policy: .never) }
  print("\(ms) ms, \(store?.board.ideas.count ?? -1) ideas, RSS growth \((memoryKiB().peak - base) / 1024) MB")
} else if let path = option("--child-load") {
  print(LoadProbe.run(path: path, edits: Int(option("--edits") ?? "") ?? 30).line)
} else if let n = option("--child-generate"), let out = option("--out") {
  print(GenerateProbe.run(count: Int(n) ?? 400, out: out))
} else {
  let sizes = (option("--sizes") ?? "400,10000,100000").split(separator: ",").compactMap { Int($0) }
  let runs = Int(option("--runs") ?? "") ?? 5
  if args.contains("--suggest-only") {
    MentorSuggestionBench.only(sizes: sizes, runs: runs)
  } else if args.contains("--pty-only") {
    Bench.ptyOnly(sizes: sizes, runs: runs)
  } else if args.contains("--report-only") {
    Bench.reportOnly(sizes: sizes, runs: runs)
  } else {
    Bench.main(sizes: sizes, runs: runs)
  }
}
