import FabriekCore
import FabriekRunner
import FabriekTerminal
import FabriekUI
import Foundation

/// The run loop of the full-screen board: a key from the terminal becomes an event for the
/// `AppRunner`, which runs `update` and performs its effects (commits through the store;
/// themes and the editor through the `TerminalHost`); then the state is rendered into a grid
/// and the terminal draws it (ncurses sends only what changed). Changes other processes make
/// to the board file are picked up between keys. One thread; the terminal is always given
/// back, whatever happens.
final class InteractiveSession {
  let runner: AppRunner
  let host: TerminalHost
  private var lastRefresh = DispatchTime.now()
  private var lastTick = Timestamp.now()
  /// Watches the board's files while presenting (see `InteractiveSession+Present.swift`).
  var watcher: BoardWatcher?

  init(
    store: BoardStore, terminal: Terminal, catalog: ThemeCatalog, theme: Theme, user: String, file: String,
    startInTriage: Bool = false
  ) {
    host = TerminalHost(terminal: terminal, catalog: catalog, theme: theme)
    let size = terminal.size
    let state = AppState(
      board: store.board, file: file, width: size.width, height: size.height, now: .now(), themeName: theme.name,
      user: user, startInTriage: startInTriage)
    runner = AppRunner(state: state, store: store, host: host)
  }

  /// Runs until the user quits or a signal arrives; returns the signal, if any.
  func run() -> TerminalSignal? {
    runner.start()
    host.draw(runner.state)
    while true {
      if let signal = host.terminal.takeSignal() { return signal }
      guard let key = host.terminal.readKey(timeoutMs: keyTimeout) else {
        idle()
        continue
      }
      let event: AppEvent
      // Ctrl-L repaints the whole terminal, as in every curses program.
      if key == .ctrl("l") { host.terminal.invalidate() }
      if key == .resize {
        let size = host.terminal.size
        event = .resize(width: size.width, height: size.height)
      } else {
        event = .key(key)
      }
      // Keys typed without a pause leave no idle time: the board is caught up before the key
      // too, so that what a key acts on (a form saved over a field another fabriek changed)
      // is at most a refresh interval old.
      refreshIfDue()
      if runner.send(event) { return nil }
      host.draw(runner.state)
    }
  }

  /// Between keys: pick up other processes' changes (at most five times a second) and move
  /// the clock on (days in stage).
  private func idle() {
    var changed = refreshIfDue()
    let now = Timestamp.now()
    if now.seconds / 60 != lastTick.seconds / 60 || (runner.state.needsSecondTicks && now.seconds != lastTick.seconds) {
      lastTick = now
      runner.send(.tick(now: now))
      changed = true
    }
    if changed { host.draw(runner.state) }
  }

  /// Picks up other processes' changes when the board's files changed (while presenting) or
  /// the last look is more than 200 ms old; true when the state changed.
  @discardableResult
  private func refreshIfDue() -> Bool {
    guard boardFilesChanged() || DispatchTime.now().uptimeNanoseconds - lastRefresh.uptimeNanoseconds > 200_000_000
    else { return false }
    lastRefresh = DispatchTime.now()
    return runner.catchUp()
  }
}
