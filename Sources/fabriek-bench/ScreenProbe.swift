import FabriekCore
import FabriekTerminal
import FabriekUI
import Foundation

/// Opens a board into the real run-loop pieces on a headless ncurses screen (120×40):
/// time to the first frame, then navigation keystrokes (update, render, draw), and the
/// bytes ncurses sends to the terminal for each of them.
enum ScreenProbe {
  struct Result {
    var firstFrame: Double
    var keystroke: Double
    var bytesPerKey: Double
    var line: String { "\(firstFrame) \(keystroke) \(bytesPerKey)" }
  }

  static let navigation: [Key] = [
    .char("j"), .char("j"), .char("l"), .char("j"), .char("k"), .char("h"), .char("l"), .char("l"),
  ]

  static func run(path: String, keys: Int, started: UInt64) -> Result? {
    guard let store = try? BoardStore.open(path, readOnly: true),
      let terminal = try? Terminal.headless(width: 120, height: 40)
    else { return nil }
    var state = AppState(
      board: store.board, file: path, width: 120, height: 40, now: DemoData.referenceTime, themeName: "default",
      user: "bench")
    let theme = Theme.builtInDefault
    terminal.draw(render(state), theme: theme)
    let firstFrame = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
    var times: [Double] = []
    let before = terminal.bytesWritten
    for k in 0..<keys {
      let key = navigation[k % navigation.count]
      times.append(
        milliseconds {
          _ = update(&state, .key(key))
          terminal.draw(render(state), theme: theme)
        })
    }
    let bytes = Double(terminal.bytesWritten - before) / Double(max(1, keys))
    terminal.stop()
    return Result(firstFrame: firstFrame, keystroke: median(times), bytesPerKey: bytes)
  }
}
