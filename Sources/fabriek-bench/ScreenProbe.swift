import FabriekCore
import FabriekRunner
import FabriekTerminal
import FabriekUI
import Foundation

/// Opens a board into the app's runner (`AppRunner`, with a `HeadlessHost`) and draws on a
/// headless ncurses screen (120×40): time to the first frame, then navigation keystrokes
/// (runner, render, draw), and the bytes ncurses sends to the terminal for each of them; then
/// the same for characters typed into the edit form, which is drawn over the board.
enum ScreenProbe {
  struct Result {
    var firstFrame: Double
    var keystroke: Double
    var bytesPerKey: Double
    var move: Double
    var typing: Double
    var bytesPerTypedKey: Double
    var openForm: Double
    var reopenForm: Double
    var formAfterChange: Double
    var openPeople: Double
    var listKey: Double
    var pickerKey: Double
    var line: String {
      "\(firstFrame) \(keystroke) \(bytesPerKey) \(move) \(typing) \(bytesPerTypedKey) \(openForm) \(reopenForm) \(formAfterChange) "
        + "\(openPeople) \(listKey) \(pickerKey)"
    }
  }

  /// A key handled by the runner and the frame drawn, in milliseconds.
  static func frame(_ key: Key, on runner: AppRunner, terminal: Terminal, theme: Theme) -> Double {
    milliseconds {
      runner.send(.key(key))
      terminal.draw(render(runner.state), theme: theme)
    }
  }

  static let navigation: [Key] = [
    .char("j"), .char("j"), .char("l"), .char("j"), .char("k"), .char("h"), .char("l"), .char("l"),
  ]

  /// Typed in a cycle: accents, CJK (two cells each) and an emoji with a skin-tone
  /// modifier, so the field's width measuring and ncurses' wide cells are both on the path.
  static let typed: [Key] = "Café 社会 👍🏽 ".map { .char($0) }

  static func run(path: String, keys: Int, started: UInt64) -> Result? {
    guard let store = try? BoardStore.open(path, readOnly: true),
      let terminal = try? Terminal.headless(width: 120, height: 40)
    else { return nil }
    let state = AppState(
      board: store.board, file: path, width: 120, height: 40, now: DemoData.referenceTime, themeName: "default",
      user: "bench")
    let runner = AppRunner(state: state, store: store, host: HeadlessHost())
    let theme = Theme.builtInDefault
    terminal.draw(render(runner.state), theme: theme)
    let firstFrame = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
    var times: [Double] = []
    let before = terminal.bytesWritten
    for k in 0..<keys {
      let key = navigation[k % navigation.count]
      times.append(frame(key, on: runner, terminal: terminal, theme: theme))
    }
    let bytes = Double(terminal.bytesWritten - before) / Double(max(1, keys))
    let move = moves(path: path, terminal: terminal, theme: theme)
    // Each probe runs on a runner of its own, from the state the navigation left.
    func fresh() -> AppRunner { AppRunner(state: runner.state, store: store, host: HeadlessHost()) }
    let form = typing(on: fresh(), keys: keys, terminal: terminal, theme: theme)
    let open = opening(on: fresh(), terminal: terminal, theme: theme)
    let people = peopleList(on: fresh(), keys: keys, terminal: terminal, theme: theme)
    let picker = pickerTyping(on: fresh(), keys: keys, terminal: terminal, theme: theme)
    terminal.stop()
    return Result(
      firstFrame: firstFrame, keystroke: median(times), bytesPerKey: bytes, move: move, typing: form.ms,
      bytesPerTypedKey: form.bytes, openForm: open.first, reopenForm: open.again, formAfterChange: open.afterChange,
      openPeople: people.open,
      listKey: people.key, pickerKey: picker)
  }

  /// `:people` opened from the palette (every person with the ideas they are linked to,
  /// sorted, drawn), median of 5; then `j`/`k` in the list, handled and drawn, median of `keys`.
  static func peopleList(on runner: AppRunner, keys: Int, terminal: Terminal, theme: Theme) -> (
    open: Double, key: Double
  ) {
    var opens: [Double] = []
    for _ in 0..<5 {
      runner.send(.key(.char(":")))
      for c in "people" { runner.send(.key(.char(c))) }
      opens.append(frame(.enter, on: runner, terminal: terminal, theme: theme))
      guard runner.state.mode == .list else { return (.nan, .nan) }
      runner.send(.key(.escape))
    }
    runner.send(.key(.char(":")))
    for c in "people" { runner.send(.key(.char(c))) }
    runner.send(.key(.enter))
    var times: [Double] = []
    for k in 0..<keys {
      let key = Key.char(k % 40 < 20 ? "j" : "k")
      times.append(frame(key, on: runner, terminal: terminal, theme: theme))
    }
    return (median(opens), median(times))
  }

  /// The edit form opened on the focused card (`e`: the people to pick and the tags in use
  /// gathered from the board, the form drawn) and closed again with Esc: the first time,
  /// and the median of 9 more (what was gathered is reused while the board is unchanged).
  static func opening(on runner: AppRunner, terminal: Terminal, theme: Theme) -> (
    first: Double, again: Double, afterChange: Double
  ) {
    var times: [Double] = []
    func open() -> Double {
      let ms = frame(.char("e"), on: runner, terminal: terminal, theme: theme)
      guard runner.state.mode == .form else { return .nan }
      runner.send(.key(.escape))
      return ms
    }
    for _ in 0..<10 { times.append(open()) }
    // A change that touches no person (a card reordered in its column, as if from another
    // terminal), then the form again: the people are kept, the tags gathered again.
    var afterChange: [Double] = []
    for k in 0..<5 {
      var changed = runner.state.board
      guard let id = runner.state.focusedID,
        (try? changed.apply(.reorderIdea(id, index: k % 2), by: "bench", at: DemoData.referenceTime)) != nil
      else { return (times[0], median(Array(times.dropFirst())), .nan) }
      runner.send(.boardChanged(changed))
      afterChange.append(open())
    }
    return (times[0], median(Array(times.dropFirst())), median(afterChange))
  }

  /// Characters typed into the focused card's edit form (`e`), each handled, rendered and
  /// drawn: the form is drawn over the board, so every frame still renders the board
  /// beneath it. Opening the form is drawn first and not counted. Median milliseconds and
  /// mean bytes to the terminal per key.
  static func typing(on runner: AppRunner, keys: Int, terminal: Terminal, theme: Theme) -> (ms: Double, bytes: Double) {
    runner.send(.key(.char("e")))
    guard runner.state.mode == .form else { return (.nan, .nan) }
    terminal.draw(render(runner.state), theme: theme)
    var times: [Double] = []
    let before = terminal.bytesWritten
    for k in 0..<keys {
      let key = typed[k % typed.count]
      times.append(frame(key, on: runner, terminal: terminal, theme: theme))
    }
    return (median(times), Double(terminal.bytesWritten - before) / Double(max(1, keys)))
  }

  /// A name typed into the edit form's mentors picker and taken back (`anne`, four
  /// Backspaces, again): each key searches every person on the board for the list under the
  /// field. Median milliseconds per key, handled and drawn.
  static func pickerTyping(on runner: AppRunner, keys: Int, terminal: Terminal, theme: Theme) -> Double {
    runner.send(.key(.char("e")))
    guard let mentors = runner.state.form?.fields.firstIndex(where: { $0.key == "mentors" }) else { return .nan }
    for _ in 0..<mentors { runner.send(.key(.tab)) }
    terminal.draw(render(runner.state), theme: theme)
    let cycle: [Key] = "anne".map { .char($0) } + Array(repeating: .backspace, count: 4)
    var times: [Double] = []
    for k in 0..<keys {
      times.append(frame(cycle[k % cycle.count], on: runner, terminal: terminal, theme: theme))
    }
    return median(times)
  }

  /// A card moved to the next stage and back, as the app does it: the key, the commit through
  /// the store by the runner (the state lends its board meanwhile), and the frame. On a copy.
  static func moves(path: String, terminal: Terminal, theme: Theme) -> Double {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fabriek-move-\(getpid())").path
    defer { try? FileManager.default.removeItem(atPath: dir) }
    guard (try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)) != nil,
      (try? FileManager.default.copyItem(atPath: path, toPath: dir + "/b.json")) != nil,
      let store = try? BoardStore.open(dir + "/b.json", policy: .never)
    else { return .nan }
    let state = AppState(
      board: store.board, file: path, width: 120, height: 40, now: DemoData.referenceTime, user: "bench")
    let runner = AppRunner(state: state, store: store, host: HeadlessHost())
    var times: [Double] = []
    for k in 0..<20 {
      times.append(frame(.char(k % 2 == 0 ? "L" : "H"), on: runner, terminal: terminal, theme: theme))
    }
    return median(times)
  }
}
