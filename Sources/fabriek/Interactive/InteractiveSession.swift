import FabriekCore
import FabriekTerminal
import FabriekUI
import Foundation

/// The run loop of the full-screen board: a key becomes an event, `update` changes the
/// state and returns effects as values, this loop performs them (commit through the store,
/// switch theme, import a CSV file, quit), the state is rendered into a grid and the terminal draws it (ncurses
/// sends only what changed). Changes other processes make to the board file are picked up
/// between keys. One thread; the terminal is always given back, whatever happens.
final class InteractiveSession {
  let store: BoardStore
  let terminal: Terminal
  let catalog: ThemeCatalog
  let user: String
  var theme: Theme
  var state: AppState
  private var lastRefresh = DispatchTime.now()
  private var lastTick = Timestamp.now()
  /// Watches the board's files while presenting (see `InteractiveSession+Present.swift`).
  var watcher: BoardWatcher?

  init(
    store: BoardStore, terminal: Terminal, catalog: ThemeCatalog, theme: Theme, user: String, file: String,
    startInTriage: Bool = false
  ) {
    self.store = store
    self.terminal = terminal
    self.catalog = catalog
    self.theme = theme
    self.user = user
    let size = terminal.size
    state = AppState(
      board: store.board, file: file, width: size.width, height: size.height, now: .now(), themeName: theme.name,
      user: user, startInTriage: startInTriage)
    state.themeNames = catalog.names()
  }

  /// Runs until the user quits or a signal arrives; returns the signal, if any.
  func run() -> TerminalSignal? {
    if store.announceInteractiveSession() {
      send(
        .notice("Another fabriek has this board open; its changes will appear here as they are saved.", isError: false))
    }
    draw()
    while true {
      if let signal = terminal.takeSignal() { return signal }
      guard let key = terminal.readKey(timeoutMs: keyTimeout) else {
        idle()
        continue
      }
      let event: AppEvent
      // Ctrl-L repaints the whole terminal, as in every curses program.
      if key == .ctrl("l") { terminal.invalidate() }
      if key == .resize {
        let size = terminal.size
        event = .resize(width: size.width, height: size.height)
      } else {
        event = .key(key)
      }
      // Keys typed without a pause leave no idle time: the board is caught up before the key
      // too, so that what a key acts on (a form saved over a field another fabriek changed)
      // is at most a refresh interval old.
      refreshIfDue()
      if send(event) { return nil }
      draw()
    }
  }

  /// Between keys: pick up other processes' changes (at most five times a second) and move
  /// the clock on (days in stage).
  private func idle() {
    var changed = refreshIfDue()
    let now = Timestamp.now()
    if now.seconds / 60 != lastTick.seconds / 60 || (state.needsSecondTicks && now.seconds != lastTick.seconds) {
      lastTick = now
      _ = send(.tick(now: now))
      changed = true
    }
    if changed { draw() }
  }

  /// Picks up other processes' changes when the board's files changed (while presenting) or
  /// the last look is more than 200 ms old; true when the state changed.
  @discardableResult
  private func refreshIfDue() -> Bool {
    guard boardFilesChanged() || DispatchTime.now().uptimeNanoseconds - lastRefresh.uptimeNanoseconds > 200_000_000
    else { return false }
    lastRefresh = DispatchTime.now()
    do throws(StoreError) {
      guard try store.refresh() else { return false }
      send(.boardChanged(store.board))
    } catch {
      send(.notice(error.message, isError: true))
    }
    return true
  }

  /// Shows a sentence in the status line (a theme that could not be loaded, …).
  func notify(_ message: String) {
    send(.notice(message, isError: true))
  }

  /// Feeds an event to the app and performs the effects; true when the app asked to quit.
  @discardableResult
  func send(_ event: AppEvent) -> Bool {
    var pending = [event]
    var quit = false
    while !pending.isEmpty {
      let next = pending.removeFirst()
      for effect in update(&state, next) {
        switch effect {
        case .quit: quit = true
        case .commit(let op, let purpose): pending += commit(op, purpose: purpose)
        case .cycleTheme: pending += switchTheme(to: catalog.name(after: theme.name))
        case .setTheme(let name): pending += switchTheme(to: name)
        case .importCSV(let path): pending += importCSV(path)
        case .editExternally(let text): pending += editExternally(text)
        }
      }
    }
    return quit
  }

  private func commit(_ op: BoardOperation, purpose: CommitPurpose) -> [AppEvent] {
    let change = Change(op, by: user, at: .now())
    // The state lends its board for the commit and gets it back at once, before anything
    // else is handled or drawn, so the store changes its records in place.
    state.lendBoard()
    do throws(StoreError) {
      // The change as recorded: a new record numbered from a board that another process has
      // since added to gets the next free id under the lock.
      let (recorded, inverse) = try store.commit { _ in change }
      _ = update(&state, .boardChanged(store.board))
      let notices = store.takeNotices().map { AppEvent.notice($0, isError: true) }
      return [.committed(recorded, inverse: inverse, purpose: purpose)] + notices
    } catch {
      _ = update(&state, .boardChanged(store.board))
      return [.commitFailed(error.message, purpose: purpose)]
    }
  }

  private func switchTheme(to name: String) -> [AppEvent] {
    do throws(ThemeError) {
      theme = try catalog.load(named: name)
      return [.themeChanged(name: theme.name)]
    } catch {
      return [.notice(error.message, isError: true)]
    }
  }

  private func draw() {
    terminal.draw(render(state), theme: theme)
  }
}
