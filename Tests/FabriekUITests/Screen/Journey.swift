import FabriekCore
import FabriekRunner
import FabriekUI
import Foundation
import XCTest

/// Drives the app's own runner (`AppRunner`) with a `HeadlessHost` and the board in a real
/// store in a temporary folder: keys go in by name, commits go through the store and come
/// back in the order the app sees them, and the screen is `render`'s grid. Changes are
/// recorded by `ScreenFixtures.author` at the state's clock, so that they read the same every
/// run; the runner keeps every effect `update` returned.
struct Journey {
  let runner: AppRunner
  private let folder: TemporaryBoard

  init(_ state: AppState) {
    do {
      folder = try TemporaryBoard(state.board)
      let store = try BoardStore.open(folder.path, policy: .never)
      runner = AppRunner(
        state: state, store: store, host: HeadlessHost(), clock: .state, author: ScreenFixtures.author,
        recordsEffects: true)
    } catch {
      fatalError("a journey needs a board in a temporary folder: \(error)")
    }
    runner.start()
  }

  var state: AppState { runner.state }
  /// Every effect `update` returned, in order.
  var effects: [Effect] { runner.effects }
  /// The operations sent to the store, whether it took them or not.
  var commits: [BoardOperation] {
    effects.compactMap { effect in
      guard case .commit(let op, _) = effect else { return nil }
      return op
    }
  }

  /// While set, the board file is read-only (its write permission off), so that every commit
  /// is refused by the store and nothing changes, as on a board nobody may write.
  var boardIsReadOnly: Bool {
    get { folder.isReadOnly }
    nonmutating set { folder.isReadOnly = newValue }
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

  /// An event for the runner. A board sent as changed is what another fabriek saved: it is
  /// written to the board file, and the runner picks it up from there as the app does.
  mutating func send(_ event: AppEvent, file: StaticString = #filePath, line: UInt = #line) {
    guard case .boardChanged(let board) = event else {
      runner.send(event)
      return
    }
    do {
      try folder.save(board)
    } catch {
      XCTFail("could not save the other fabriek's board: \(error)", file: file, line: line)
    }
    runner.catchUp()
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

/// A board file in a folder of its own, removed with the last journey that uses it.
final class TemporaryBoard {
  let folder: String
  var path: String { folder + "/board.json" }

  init(_ board: Board) throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("fabriek-journey-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try BoardStore.create(at: path, board: board)
  }

  deinit { try? FileManager.default.removeItem(atPath: folder) }

  /// Writes `board` over the file, as another fabriek that compacted would.
  func save(_ board: Board) throws {
    let wasReadOnly = isReadOnly
    isReadOnly = false
    defer { isReadOnly = wasReadOnly }
    try BoardStore.create(at: path, board: board, replacing: true)
  }

  var isReadOnly: Bool {
    get {
      let mode = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int
      return mode.map { $0 & 0o200 == 0 } ?? false
    }
    set { try? FileManager.default.setAttributes([.posixPermissions: newValue ? 0o400 : 0o600], ofItemAtPath: path) }
  }
}
