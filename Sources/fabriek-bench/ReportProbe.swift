import FabriekCore
import FabriekRunner
import FabriekUI
import Foundation

/// The report (FabriekCore/Reports): every figure of the whole board's history with its
/// document written as HTML and JSON, as `fabriek report` does (target: 1 s at 100,000
/// ideas); and `r` on the board, the reports screen computed and drawn through the app's
/// runner (target: 50 ms at 10,000 ideas), then a page turned (nothing computed again).
enum ReportProbe {
  struct Result {
    var full: Double
    var open: Double
    var turn: Double
    var line: String { "\(full) \(open) \(turn)" }
  }

  static func run(path: String) -> Result? {
    guard let store = try? BoardStore.open(path, readOnly: true) else { return nil }
    let board = store.board
    let today = DemoData.referenceTime.day
    let first = board.history.first?.at.day ?? today
    let full = milliseconds {
      let report = BoardReport(board: board, from: first, to: today)
      let document = ReportDocument(report: report, board: board, period: nil, filter: nil)
      _ = document.html()
      let encoder = JSONEncoder()
      _ = try? encoder.encode(report.coded(on: board, period: nil, filter: nil))
    }
    let state = AppState(board: board, file: path, width: 160, height: 48, now: DemoData.referenceTime, user: "bench")
    let runner = AppRunner(state: state, store: store, host: HeadlessHost())
    _ = render(runner.state)
    let open = milliseconds {
      runner.send(.key(.char("r")))
      _ = render(runner.state)
    }
    let turn = milliseconds {
      runner.send(.key(.tab))
      _ = render(runner.state)
    }
    guard runner.state.mode == .reports else { return nil }
    return Result(full: full, open: open, turn: turn)
  }

  /// The report table: one row per size, each figure the median of that size's runs.
  static func report(_ boards: [(Int, String)], runs: Int) {
    print("")
    print("| ideas | full report: figures, HTML, JSON (≤ 1 s at 100,000) | `r`: reports screen open (≤ 50 ms at 10,000) | next page |")
    print("|---:|---:|---:|---:|")
    for (n, board) in boards {
      let results = (0..<runs).map { _ in Bench.child(["--child-report", board]) }.filter { $0.count == 3 }
      func m(_ i: Int) -> Double { median(results.map { $0[i] }) }
      print("| \(n) | \(Bench.ms(m(0))) | \(Bench.ms(m(1))) | \(Bench.ms(m(2))) |")
    }
  }
}
