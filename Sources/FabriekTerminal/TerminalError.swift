/// Why the terminal cannot be used. `message` is one sentence for the user (this file holds all
/// of FabriekTerminal's user-facing text).
public enum TerminalError: Error, Hashable, Sendable {
  case inputNotTerminal
  case outputNotTerminal
  case termNotSet
  case unknownTerm(String)
  case noTerminfoDatabase(String)
  case hardcopyTerm(String)
  case noCursorAddressing(String)
  case noUTF8Locale
  case startFailed(String)

  public var message: String {
    switch self {
    case .inputNotTerminal: return Self.notATerminal("standard input")
    case .outputNotTerminal: return Self.notATerminal("standard output")
    case .termNotSet:
      return "fabriek needs a terminal, but TERM is not set; set it to your terminal's type, "
        + "for example TERM=xterm-256color."
    case .unknownTerm(let term):
      return "The terminal type “\(term)” (from TERM) is not in the terminfo database; "
        + "set TERM to a type your system knows, such as xterm-256color."
    case .noTerminfoDatabase(let term):
      return "No terminfo database was found to look up the terminal type “\(term)”; "
        + "install the ncurses terminfo files or set TERMINFO."
    case .hardcopyTerm(let term):
      return "The terminal type “\(term)” is a printing terminal; fabriek needs a screen, "
        + "such as xterm-256color."
    case .noCursorAddressing(let term):
      return "The terminal type “\(term)” cannot move the cursor, which a full-screen program needs; "
        + "use a terminal such as xterm-256color."
    case .noUTF8Locale:
      return "fabriek needs a UTF-8 locale and this system has none, not even C.UTF-8; "
        + "set LANG to a UTF-8 locale such as en_US.UTF-8."
    case .startFailed(let term):
      return "ncurses could not start on the terminal “\(term)”."
    }
  }

  /// Standard input or output is not a terminal.
  private static func notATerminal(_ stream: String) -> String {
    "fabriek needs a terminal: \(stream) is not one; run it in a terminal, "
      + "or use a subcommand such as `fabriek idea list` or `fabriek export`."
  }
}

extension TerminalError: CustomStringConvertible {
  public var description: String { message }
}

/// A signal the run loop should act on (resizes arrive as `Key.resize` instead).
public enum TerminalSignal: Hashable, Sendable {
  /// SIGINT from outside (Ctrl-C itself arrives as the key Ctrl-C).
  case interrupt
  case terminate
  case hangup
}
