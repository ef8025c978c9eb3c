import FabriekCore
import FabriekUI

/// The one runner of the interactive app: it owns the state and the board's store, feeds
/// each event to `update`, performs the effects `update` returns — commits through the store,
/// themes, the editor and imports through the host — and feeds their answers back, one
/// after the other, before the next event. The app (with the real terminal), the benchmark
/// and the journey tests (with `HeadlessHost` and a store in a temporary folder) all drive
/// this same type; nothing else changes the state. See docs/ARCHITECTURE.md.
public final class AppRunner {
  public private(set) var state: AppState
  public let store: BoardStore
  public let host: any AppHost
  let clock: CommitClock
  /// Who the store records as making the changes: the state's user unless given.
  let author: String?
  /// Every effect `update` returned, in order, when recording (the tests read them).
  public private(set) var effects: [Effect] = []
  private let recordsEffects: Bool

  public init(
    state: AppState, store: BoardStore, host: any AppHost, clock: CommitClock = .wall, author: String? = nil,
    recordsEffects: Bool = false
  ) {
    self.state = state
    self.store = store
    self.host = host
    self.clock = clock
    self.author = author
    self.recordsEffects = recordsEffects
  }

  /// The first events of a session: the themes the host has and, when another fabriek has
  /// the board open, a sentence saying that its changes will appear.
  public func start() {
    let names = host.themeNames()
    if !names.isEmpty { send(.themesAvailable(names)) }
    if store.announceInteractiveSession() {
      send(
        .notice(Language.$current.withValue(state.language) { tr("runner.otherSession") }, isError: false))
    }
  }

  /// Feeds an event to `update` and performs what it asks for, answers included; true when
  /// the app asked to quit.
  @discardableResult
  public func send(_ event: AppEvent) -> Bool {
    var quit = false
    deliver(event, quit: &quit)
    return quit
  }

  /// Picks up what other processes saved to the board; true when the state changed (the
  /// board, or a sentence saying it could not be read).
  @discardableResult
  public func catchUp() -> Bool {
    do throws(StoreError) {
      guard try store.refresh() else { return false }
      send(.boardChanged(store.board))
    } catch {
      send(.notice(error.message, isError: true))
    }
    return true
  }

  /// An event, then each effect it asks for followed at once by the events that answer it.
  private func deliver(_ event: AppEvent, quit: inout Bool) {
    for effect in update(&state, event) {
      if recordsEffects { effects.append(effect) }
      // The effect's sentences (a notice, an import's dry run) speak the state's language.
      let answers = Language.$current.withValue(state.language) { perform(effect, quit: &quit) }
      for answer in answers { deliver(answer, quit: &quit) }
    }
  }

  private func perform(_ effect: Effect, quit: inout Bool) -> [AppEvent] {
    switch effect {
    case .quit:
      quit = true
      return []
    case .commit(let op, let purpose): return commit(op, purpose: purpose)
    case .cycleTheme: return host.switchTheme(to: host.themeName(after: state.themeName))
    case .setTheme(let name): return host.switchTheme(to: name)
    case .importCSV(let path): return importCSV(path)
    case .previewImport(let path): return previewImport(path)
    case .editExternally(let text): return host.editExternally(text)
    case .rememberLanguage(let language): return host.rememberLanguage(language)
    case .exportPerson(let id, let path): return exportPerson(id, path: path)
    case .erasePeople(let ids, let reason): return erasePeople(ids, reason: reason)
    }
  }

  /// Validates, applies and saves the operation through the store. The state lends its board
  /// meanwhile, so the store changes its records in place, and gets it back first thing in
  /// the answer.
  private func commit(_ op: BoardOperation, purpose: CommitPurpose) -> [AppEvent] {
    let change = Change(op, by: recordedAuthor, at: clock.now(state))
    var quit = false
    deliver(.committing, quit: &quit)
    do throws(StoreError) {
      // The change as recorded: a new record numbered from a board that another process has
      // since added to gets the next free id under the lock.
      let (recorded, inverse) = try store.commit { _ in change }
      return [.boardChanged(store.board), .committed(recorded, inverse: inverse, purpose: purpose)] + notices()
    } catch {
      return [.boardChanged(store.board), .commitFailed(error.message, purpose: purpose)]
    }
  }

  var recordedAuthor: String { author ?? state.user }

  /// What the store did on its own meanwhile (an unfinished write set aside), as sentences.
  func notices() -> [AppEvent] {
    store.takeNotices().map { AppEvent.notice($0, isError: true) }
  }
}

/// The time a commit is recorded at.
public enum CommitClock: Sendable {
  /// The wall clock, as the app records changes.
  case wall
  /// The state's `now` (the last `.tick`): tests, whose recorded changes are the same every run.
  case state

  func now(_ state: AppState) -> Timestamp {
    switch self {
    case .wall: .now()
    case .state: state.now
    }
  }
}
