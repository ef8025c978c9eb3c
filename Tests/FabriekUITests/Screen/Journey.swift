import FabriekCore
import FabriekUI
import XCTest

/// Drives the real key map and `update` like the run loop will: keys go in by name, commit
/// effects are applied to the board with `Board.apply` and answered with `.committed` and
/// `.boardChanged`, other effects are collected.
struct Journey {
  var state: AppState
  var effects: [Effect] = []
  var commits: [BoardOperation] = []
  /// The run loop may answer a commit with `.boardChanged` before `.committed` or after it.
  var boardChangedFirst = false
  /// While set, every commit fails with this sentence, as the store's do on a read-only
  /// folder or a full disk (the board stays as it was).
  var failingCommits: String?

  init(_ state: AppState) {
    self.state = state
  }

  /// Presses keys by name: `press("j", "j", "Shift-→")`.
  mutating func press(_ names: String..., file: StaticString = #filePath, line: UInt = #line) {
    for name in names {
      guard let key = Key(name: name) else {
        XCTFail("“\(name)” is not a key name", file: file, line: line)
        return
      }
      send(.key(key))
    }
  }

  /// Types text into the search field or the palette, one key per character.
  mutating func type(_ text: String) {
    for character in text { send(.key(.char(character))) }
  }

  mutating func click(_ kind: MouseEvent.Kind, x: Int, y: Int) {
    send(.key(.mouse(kind, x: x, y: y)))
  }

  mutating func send(_ event: AppEvent) {
    for effect in update(&state, event) { perform(effect) }
  }

  private mutating func perform(_ effect: Effect) {
    effects.append(effect)
    guard case .commit(let op, let purpose) = effect else { return }
    commits.append(op)
    if let failure = failingCommits {
      send(.boardChanged(state.board))
      send(.commitFailed(failure, purpose: purpose))
      return
    }
    var board = state.board
    do {
      let inverse = try board.apply(op, by: ScreenFixtures.author, at: state.now)
      let committed = AppEvent.committed(
        Change(op, by: ScreenFixtures.author, at: state.now), inverse: inverse, purpose: purpose)
      for event in boardChangedFirst ? [.boardChanged(board), committed] : [committed, .boardChanged(board)] {
        send(event)
      }
    } catch {
      send(.commitFailed(error.message, purpose: purpose))
    }
  }

  var screen: Grid { render(state) }

  /// The index of the open form's field with this key.
  func fieldIndex(_ key: String, file: StaticString = #filePath, line: UInt = #line) throws -> Int {
    try XCTUnwrap(state.form?.fields.firstIndex { $0.key == key }, "no field “\(key)”", file: file, line: line)
  }

  /// From the first field of a form just opened, Tab to the field with this key.
  mutating func tab(to key: String, file: StaticString = #filePath, line: UInt = #line) throws {
    for _ in 0..<(try fieldIndex(key, file: file, line: line)) { press("Tab") }
  }
  var focusedCode: String? { state.focusedID?.code }
  func stage(of code: String) -> String? { IdeaID(code: code).flatMap { state.board.ideas[$0]?.stage } }
}
