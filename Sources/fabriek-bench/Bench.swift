import FabriekCore
import Foundation

enum Bench {
  static func child(_ arguments: [String]) -> [Double] {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    p.arguments = arguments
    let out = Pipe()
    p.standardOutput = out
    do {
      try p.run()
    } catch {
      return []
    }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return String(decoding: data, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap {
      Double($0)
    }
  }

  /// The folder of this run's boards.
  static var folder: String {
    FileManager.default.temporaryDirectory.appendingPathComponent("fabriek-bench-\(getpid())").path
  }

  static func main(sizes: [Int], runs: Int) {
    let dir = folder
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    print(
      "fabriek-bench: medians of \(runs) runs, each in a fresh process (release build, \(ProcessInfo.processInfo.activeProcessorCount) cores)"
    )
    print("")
    print(
      "| ideas | file | generate | load | one committed edit | compaction | peak RSS | RSS growth | growth / file |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    var screens: [(Int, [ScreenProbe.Result])] = []
    for n in sizes {
      let master = dir + "/board-\(n).json"
      var generate: [Double] = []
      for _ in 0..<max(1, runs / 2) {
        let g = child(["--child-generate", String(n), "--out", master])
        if let first = g.first { generate.append(first) }
      }
      let fileBytes = (try? FileManager.default.attributesOfItem(atPath: master)[.size] as? Int) ?? 0
      var load: [Double] = []
      var edit: [Double] = []
      var compact: [Double] = []
      var peak: [Double] = []
      var growth: [Double] = []
      for r in 0..<runs {
        let copy = dir + "/run-\(n)-\(r).json"
        try? FileManager.default.removeItem(atPath: copy)
        try? FileManager.default.copyItem(atPath: master, toPath: copy)
        let v = child(["--child-load", copy])
        guard v.count == 5 else { continue }
        load.append(v[0])
        edit.append(v[1])
        compact.append(v[2])
        peak.append(v[4])
        growth.append(v[4] - v[3])
        for suffix in ["", ".journal", ".lock", ".bak.1"] { try? FileManager.default.removeItem(atPath: copy + suffix) }
      }
      var results: [ScreenProbe.Result] = []
      for _ in 0..<runs {
        let v = child(["--child-screen", master])
        guard v.count == 12 else { continue }
        results.append(
          ScreenProbe.Result(
            firstFrame: v[0], keystroke: v[1], bytesPerKey: v[2], move: v[3], typing: v[4], bytesPerTypedKey: v[5],
            openForm: v[6], reopenForm: v[7], formAfterChange: v[8], openPeople: v[9], listKey: v[10],
            pickerKey: v[11]))
      }
      screens.append((n, results))
      let mb = Double(fileBytes) / 1_048_576
      let growthMB = median(growth) / 1024
      print(
        "| \(n) | \(f(mb)) MB | \(ms(median(generate))) | \(ms(median(load))) | \(ms(median(edit))) | \(ms(median(compact))) "
          + "| \(f(median(peak) / 1024)) MB | \(f(growthMB)) MB | \(f(growthMB / max(mb, 1e-9)))× |")
    }
    printScreens(screens)
    FilterProbe.report(sizes.map { ($0, dir + "/board-\($0).json") }, runs: runs)
    ReportProbe.report(sizes.map { ($0, dir + "/board-\($0).json") }, runs: runs)
    printPty(sizes.map { ($0, dir + "/board-\($0).json") }, runs: runs)
    let imports = (0..<max(1, runs / 2)).compactMap { _ in child(["--child-import"]).first }
    print("")
    print("| import 10,000 CSV rows (read, plan, commit) |")
    print("|---:|")
    print("| \(ms(median(imports))) |")
    XLSXImportBench.report(runs: max(1, runs / 2))
    MentorAssignmentBench.report(runs: max(1, runs / 2))
    MentorSuggestionBench.report(sizes.filter { $0 <= 10_000 }.map { ($0, dir + "/board-\($0).json") }, runs: runs)
  }

  /// The report table alone (`--report-only`), on boards generated as the main run does.
  static func reportOnly(sizes: [Int], runs: Int) {
    withGeneratedBoards(sizes) { ReportProbe.report($0, runs: runs) }
  }

  /// Boards for the pty table alone (`--pty-only`), generated as the main run does.
  static func ptyOnly(sizes: [Int], runs: Int) {
    withGeneratedBoards(sizes) { printPty($0, runs: runs) }
  }

  /// Boards of each size generated as the main run does, as (size, path), in `folder`, which is
  /// removed afterwards.
  static func withGeneratedBoards(_ sizes: [Int], _ body: ([(Int, String)]) -> Void) {
    let dir = folder
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for n in sizes { _ = child(["--child-generate", String(n), "--out", dir + "/board-\(n).json"]) }
    body(sizes.map { ($0, dir + "/board-\($0).json") })
  }

  /// Through a pseudo-terminal: the real binary, 160×48, each figure the median over the runs
  /// of each run's median of 25 presses.
  static func printPty(_ boards: [(Int, String)], runs: Int) {
    print("")
    guard FileManager.default.isExecutableFile(atPath: PtyProbe.binary) else {
      print("(no \(PtyProbe.binary): `swift build -c release` builds it, then the pty table is measured)")
      return
    }
    print(
      "| ideas (pty, 160×48) | first screen | peak RSS | navigation key → screen | bytes per navigation key "
        + "| move a card (key, commit, screen) | typed character in a form | open / close the detail |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for (n, board) in boards {
      let firsts = (0..<runs).compactMap { _ in PtyProbe.firstScreen(board: board) }
      let sessions = (0..<runs).compactMap { _ in PtyProbe.run(board: board, presses: 25) }
      func m(_ figure: KeyPath<PtyProbe.Result, Double>) -> Double { median(sessions.map { $0[keyPath: figure] }) }
      print(
        "| \(n) | \(ms(median(firsts.map(\.ms)))) | \(f(median(firsts.map(\.peakMiB)))) MiB | \(ms(m(\.navigation))) "
          + "| \(bytes(m(\.bytesPerNavigation))) | \(ms(m(\.move))) | \(ms(m(\.typing))) | \(ms(m(\.detail))) |")
    }
  }

  /// The screen tables: one row per size, each figure the median of that size's runs.
  static func printScreens(_ screens: [(Int, [ScreenProbe.Result])]) {
    printScreenTable(
      screens,
      header: "| ideas | start to first frame | keystroke to frame | bytes to the terminal per navigation key "
        + "| move a card (key, commit, frame) |", columns: 5
    ) { n, m in
      "| \(n) | \(ms(m(\.firstFrame))) | \(ms(m(\.keystroke))) | \(bytes(m(\.bytesPerKey))) | \(ms(m(\.move))) |"
    }
    printScreenTable(
      screens,
      header: "| ideas | open the edit form (first, again, after a change) | typing into a form "
        + "| bytes to the terminal per typed key | typing a name into a people picker "
        + "| open :people | key in the people list |", columns: 7
    ) { n, m in
      "| \(n) | \(ms(m(\.openForm))), \(ms(m(\.reopenForm))), \(ms(m(\.formAfterChange))) | \(ms(m(\.typing))) "
        + "| \(bytes(m(\.bytesPerTypedKey))) | \(ms(m(\.pickerKey))) | \(ms(m(\.openPeople))) "
        + "| \(ms(m(\.listKey))) |"
    }
  }

  /// One table of the screen figures after a blank line: a row per size, where `m` is the median
  /// of a figure over that size's runs.
  static func printScreenTable(
    _ screens: [(Int, [ScreenProbe.Result])], header: String, columns: Int,
    row: (Int, (KeyPath<ScreenProbe.Result, Double>) -> Double) -> String
  ) {
    print("")
    print(header)
    print("|" + String(repeating: "---:|", count: columns))
    for (n, results) in screens {
      print(row(n) { figure in median(results.map { $0[keyPath: figure] }) })
    }
  }

  static func f(_ x: Double) -> String { String(format: x < 10 ? "%.2f" : "%.1f", x) }
  /// Whole bytes; a probe that could not measure (no runs, the form did not open) reports
  /// NaN, which `Int` would trap on.
  static func bytes(_ x: Double) -> String { x.isFinite ? "\(Int(x.rounded())) B" : "n/a" }
  static func ms(_ x: Double) -> String { x < 10 ? String(format: "%.2f ms", x) : String(format: "%.0f ms", x) }
}
