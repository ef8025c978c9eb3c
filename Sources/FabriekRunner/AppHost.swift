import FabriekCore
import FabriekUI
import Foundation

/// What the runner needs from outside the program: the terminal's colours, the user's editor
/// and the files an `:import` names. The app implements it on the real terminal
/// (`TerminalHost`, Sources/fabriek/Interactive/); the journey tests and the benchmark use
/// `HeadlessHost`. Each answer is the events the runner feeds back to `update`.
public protocol AppHost: AnyObject {
  /// The themes `:theme` completes and accepts; empty when the state's own list should stay.
  func themeNames() -> [String]

  /// The theme `T` switches to after `name`.
  func themeName(after name: String) -> String

  /// Draws in the theme called `name` from now on: `.themeChanged`, or a `.notice` saying why
  /// it could not be loaded; nothing when this host draws no colours.
  func switchTheme(to name: String) -> [AppEvent]

  /// Hands the screen to `$VISUAL` / `$EDITOR` on `text`: `.editedExternally` with the text
  /// that came back, or a `.notice` when the editor failed; nothing when there is no editor.
  func editExternally(_ text: String) -> [AppEvent]

  /// The bytes of the file an import names, as typed (`~/` is the home folder, other
  /// relative paths start in the current one); nil when it cannot be read.
  func readFile(_ path: String) -> [UInt8]?

  /// Keeps `:lang`'s choice for the next run (the user's settings file): a `.notice` saying
  /// where, or why it could not; nothing when this host keeps no settings.
  func rememberLanguage(_ language: Language) -> [AppEvent]

  /// Draws the state now, before an effect that takes a while (an erasure of many people)
  /// answers; nothing when this host has no screen.
  func draw(_ state: AppState)
}

extension AppHost {
  /// Reads the file from disk: both hosts read imports the same way.
  public func readFile(_ path: String) -> [UInt8]? {
    guard let data = FileManager.default.contents(atPath: Self.expand(path)) else { return nil }
    return [UInt8](data)
  }

  /// A path as typed in the palette: `~/` is the home folder, others start in the current one.
  static func expand(_ path: String) -> String {
    if path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
      return home + path.dropFirst()
    }
    return path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
  }
}

/// A host without a terminal, for the journey tests (which look at `render`'s grid) and the
/// benchmark (which draws on a headless ncurses screen itself). It has no colours to switch
/// and no editor: those effects are answered with nothing, as a terminal that has not answered
/// yet; a journey that wants the answer sends it (`.themeChanged`, `.editedExternally`).
public final class HeadlessHost: AppHost {
  public init() {}

  public func themeNames() -> [String] { [] }
  public func themeName(after name: String) -> String { name }
  public func switchTheme(to name: String) -> [AppEvent] { [] }
  public func editExternally(_ text: String) -> [AppEvent] { [] }
  /// The languages `:lang` asked to remember, in order (a journey reads them).
  public private(set) var rememberedLanguages: [Language] = []
  public func rememberLanguage(_ language: Language) -> [AppEvent] {
    rememberedLanguages.append(language)
    return []
  }
  public func draw(_ state: AppState) {}
}
