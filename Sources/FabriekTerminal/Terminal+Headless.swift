import CNcursesw
import FabriekUI

/// A cell of the ncurses screen as read back: its text, attributes and colour pair.
public struct ScreenCell: Hashable, Sendable {
  public var text: String
  public var attributes: TextAttributes
  public var pair: Int
}

extension Terminal {
  /// A screen that writes to a temporary file instead of a terminal, for tests: the real
  /// ncurses, the real drawing code, and `readCell`/`readLine` to see what it holds. `input` is
  /// what the keyboard "sends" (bytes such as "\u{1B}[A"). Installs no signal handlers.
  public static func headless(
    width: Int, height: Int, term: String = "xterm-256color", input: [UInt8] = [],
    environment: [String: String] = [:]
  ) throws(TerminalError) -> Terminal {
    guard cnc_setup_utf8_locale() == 1 else { throw TerminalError.noUTF8Locale }
    let opened = input.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        cnc_open_headless(term, Int32(height), Int32(width), chars.baseAddress, chars.count)
      }
    }
    guard let session = opened else { throw TerminalError.startFailed(term) }
    let terminal = Terminal(session: session, term: term, environment: environment, handlesSignals: false)
    terminal.configure(options: Options(environment: environment))
    return terminal
  }

  /// How many bytes ncurses has sent to a headless screen's output so far: what a real
  /// terminal would have received.
  public var bytesWritten: Int {
    guard let session else { return 0 }
    return max(0, cnc_output_bytes(session))
  }

  /// Changes ncurses' idea of the screen size (headless screens have no window to ask).
  public func resize(width: Int, height: Int) {
    guard session != nil else { return }
    cnc_resize(Int32(height), Int32(width))
  }

  /// The cell at a position as ncurses holds it; nil outside the screen.
  public func readCell(x: Int, y: Int) -> ScreenCell? {
    guard session != nil else { return nil }
    var scalars = [Int32](repeating: 0, count: 8)
    var attributes: attr_t = 0
    var pair: Int32 = 0
    let count = cnc_read_cell(Int32(y), Int32(x), &scalars, Int32(scalars.count), &attributes, &pair)
    guard count >= 0 else { return nil }
    let flags = cnc_attribute_flags(attributes)
    return ScreenCell(
      text: Self.string(scalars.prefix(Int(count))), attributes: TextAttributes(rawValue: Int(flags)), pair: Int(pair))
  }

  /// A screen row as text (mvwinnwstr: the second half of a wide character is skipped).
  public func readLine(y: Int) -> String {
    guard session != nil else { return "" }
    var scalars = [Int32](repeating: 0, count: 1024)
    let count = cnc_read_line(Int32(y), &scalars, Int32(scalars.count))
    return count > 0 ? Self.string(scalars.prefix(Int(count))) : ""
  }

  /// Writes one grapheme at the top left the way `draw` does and returns the column ncurses'
  /// cursor ends on: the width ncurses gave it. The pin between `DisplayWidth` and ncursesw.
  public func measuredWidth(of grapheme: Character) -> Int {
    guard session != nil else { return 0 }
    cnc_erase()
    var column: Int32 = 0
    cnc_move(0, 0)
    for glyph in DisplayWidth.glyphs(of: grapheme) {
      let scalars = glyph.scalars.map { Int32(bitPattern: $0.value) }
      scalars.withUnsafeBufferPointer { buffer in
        _ = cnc_put_cell(0, column, buffer.baseAddress, Int32(buffer.count), 0, 0)
      }
      column = cnc_cursor_x()
    }
    return Int(column)
  }

  /// Where ncurses' cursor is now, and whether `draw` made it visible.
  public var cursor: (position: Point, isVisible: Bool) {
    (Point(x: Int(cnc_cursor_x()), y: Int(cnc_cursor_y())), cursorVisible)
  }

  /// The colour pair `draw` uses for a style slot (0 without colour).
  public func colorPair(for style: Style) -> Int {
    Int(styleTable[style].pair)
  }

  static func string<S: Sequence>(_ values: S) -> String where S.Element == Int32 {
    var text = String.UnicodeScalarView()
    for value in values {
      if let scalar = Unicode.Scalar(UInt32(bitPattern: value)) { text.append(scalar) }
    }
    return String(text)
  }
}
