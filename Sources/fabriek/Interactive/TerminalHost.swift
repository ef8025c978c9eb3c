import FabriekRunner
import FabriekTerminal
import FabriekUI

/// The app's side of `AppHost`: the real terminal, drawn in a theme from the user's and the
/// bundled theme folders, and handed to `$EDITOR` for Ctrl-O (`TerminalHost+Editor.swift`).
final class TerminalHost: AppHost {
  let terminal: Terminal
  let catalog: ThemeCatalog
  /// The theme the screen is drawn in.
  private(set) var theme: Theme

  init(terminal: Terminal, catalog: ThemeCatalog, theme: Theme) {
    self.terminal = terminal; self.catalog = catalog; self.theme = theme
  }

  func themeNames() -> [String] { catalog.names() }

  func themeName(after name: String) -> String { catalog.name(after: name) }

  func switchTheme(to name: String) -> [AppEvent] {
    do throws(ThemeError) {
      theme = try catalog.load(named: name)
      return [.themeChanged(name: theme.name)]
    } catch {
      return [.notice(error.message, isError: true)]
    }
  }

  func draw(_ state: AppState) {
    terminal.draw(render(state), theme: theme)
  }
}
