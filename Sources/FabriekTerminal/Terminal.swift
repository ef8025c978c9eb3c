import CNcursesw
import FabriekUI
import Foundation

/// The ncurses screen: the only place fabriek talks to the terminal.
///
/// `start()` checks the terminal first and throws a `TerminalError` rather than letting ncurses
/// exit; `stop()` gives the terminal back as it was. Input is raw: Ctrl-C, Ctrl-Z, Ctrl-S and
/// Ctrl-Q arrive as keys (the key map decides what they do), while SIGINT, SIGTERM and SIGHUP
/// sent from outside only set a flag that `takeSignal()` reports. Bracketed paste is on while
/// fabriek has the screen (off whenever the terminal is given back, to `$EDITOR` too), so that
/// a paste arrives as one `.paste` key. One terminal at a time, used from one thread (the run
/// loop); it is a class because it owns the ncurses screen.
public final class Terminal {
  /// Settings for `start()`.
  public struct Options: Sendable {
    /// How long to wait after Esc for the rest of an escape sequence.
    public var escapeDelayMilliseconds = 25
    /// Longest time between two presses on one cell that makes them a double click.
    public var doubleClickMilliseconds = 400
    public var environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
      self.environment = environment
    }
  }

  var session: OpaquePointer?
  let term: String
  public let colorDepth: ColorDepth
  var styleTable = StyleTable()
  var extraKeys: [Int32: Key] = [:]
  /// The codes ncurses gives the start and the end of a bracketed paste.
  var pasteMarkers: (start: Int32?, end: Int32?) = (nil, nil)
  var pendingSignals: [TerminalSignal] = []
  var pendingKeys: [Key] = []
  var doubleClicks = DoubleClickDetector(window: .milliseconds(400))
  var resizePending = false
  var cursorVisible = false
  /// The frame last drawn, to send only what changed (see `Terminal+Drawing.swift`).
  var lastFrame: Grid?
  var lastScreen: TerminalSize?
  var lastGeneration = -1
  var repaintAll = false
  let handlesSignals: Bool

  init(session: OpaquePointer, term: String, environment: [String: String], handlesSignals: Bool) {
    self.session = session
    self.term = term
    self.handlesSignals = handlesSignals
    let colors = Self.setUpColors(environment: environment)
    self.colorDepth = colors.depth
    styleTable.defaultColorsAvailable = colors.defaultColors
  }

  deinit { stop() }

  /// Checks the terminal, then takes over the screen.
  public static func start(options: Options = Options()) throws(TerminalError) -> Terminal {
    let term = try preflight(environment: options.environment)
    guard cnc_setup_utf8_locale() == 1 else { throw TerminalError.noUTF8Locale }
    guard cnc_install_signal_handlers() == 0 else { throw TerminalError.startFailed(term) }
    guard let session = cnc_open_tty(term) else {
      cnc_restore_signal_handlers()
      throw TerminalError.startFailed(term)
    }
    let terminal = Terminal(session: session, term: term, environment: options.environment, handlesSignals: true)
    terminal.configure(options: options)
    return terminal
  }

  /// Checks that fabriek can run full screen here, without touching the screen: standard input
  /// and output are terminals, and TERM names a type terminfo knows that can address the cursor.
  /// Returns the terminal type.
  public static func preflight(environment: [String: String]) throws(TerminalError) -> String {
    guard cnc_isatty(STDIN_FILENO) == 1 else { throw TerminalError.inputNotTerminal }
    guard cnc_isatty(STDOUT_FILENO) == 1 else { throw TerminalError.outputNotTerminal }
    return try checkTermType(environment["TERM"])
  }

  /// The terminfo part of `preflight`, usable without a terminal.
  public static func checkTermType(_ term: String?) throws(TerminalError) -> String {
    guard let term, !term.isEmpty else { throw TerminalError.termNotSet }
    switch cnc_preflight_term(term) {
    case Int32(CNC_TERM_OK): return term
    case Int32(CNC_TERM_NO_DATABASE): throw TerminalError.noTerminfoDatabase(term)
    case Int32(CNC_TERM_HARDCOPY): throw TerminalError.hardcopyTerm(term)
    case Int32(CNC_TERM_NO_CURSOR_ADDRESSING): throw TerminalError.noCursorAddressing(term)
    default: throw TerminalError.unknownTerm(term)
    }
  }

  func configure(options: Options) {
    cnc_configure_input(Int32(options.escapeDelayMilliseconds))
    doubleClicks = DoubleClickDetector(window: .milliseconds(options.doubleClickMilliseconds))
    cnc_cursor_visible(0)
    extraKeys = ExtraKeys.install()
    pasteMarkers = ExtraKeys.installPasteMarkers()
    setBracketedPaste(true)
  }

  func setBracketedPaste(_ on: Bool) {
    guard let session else { return }
    cnc_set_bracketed_paste(session, on ? 1 : 0)
  }

  /// Gives the terminal back: the normal screen, cursor, echo and line editing, bracketed
  /// paste off. Safe to call twice.
  public func stop() {
    guard let session else { return }
    cnc_cursor_visible(1)
    setBracketedPaste(false)
    cnc_close(session)
    self.session = nil
    if handlesSignals { cnc_restore_signal_handlers() }
  }

  /// Hands the terminal to another program (such as $EDITOR) until `resume()`.
  public func suspend() {
    guard session != nil else { return }
    setBracketedPaste(false)
    cnc_suspend()
  }

  /// Takes the screen back after `suspend()` and redraws everything on the next `draw`. An
  /// interrupt that arrived meanwhile was meant for the other program and is dropped; the
  /// next `readKey` reports `.resize` so the caller re-lays out for the current size.
  public func resume() {
    guard session != nil else { return }
    setBracketedPaste(true)
    cnc_resume()
    repaintAll = true
    collectSignals()
    pendingSignals.removeAll { $0 == .interrupt }
    resizePending = handlesSignals
  }

  /// The screen size now.
  public var size: TerminalSize {
    TerminalSize(width: Int(cnc_cols()), height: Int(cnc_rows()))
  }
}
