import CNcursesw
import FabriekUI

extension Terminal {
  /// Waits up to `timeoutMs` milliseconds (0: do not wait, negative: wait until something
  /// arrives) for a key, a mouse event or a resize; nil when nothing did (or only an escape
  /// sequence fabriek does not know, which is swallowed whole). Esc followed at once by a key
  /// is Alt plus that key; a bracketed paste is one `.paste` key with all its text. Use a
  /// finite timeout in the run loop (a few hundred milliseconds) so signals and changes to the
  /// board file are noticed even when no key is pressed.
  public func readKey(timeoutMs: Int) -> Key? {
    guard session != nil else { return nil }
    if !pendingKeys.isEmpty { return pendingKeys.removeFirst() }
    if let resize = takeResize() { return resize }
    let first = read(timeoutMs: Int32(clamping: timeoutMs))
    collectSignals()
    switch first {
    case .none:
      return takeResize()
    case .character(KeyDecoder.escape):
      return readAfterEscape()
    case .character(let value):
      return KeyDecoder.key(forCharacter: value)
    case .code(let code):
      return decode(code: code)
    }
  }

  /// The next signal sent from outside (SIGINT, SIGTERM, SIGHUP), oldest first.
  public func takeSignal() -> TerminalSignal? {
    collectSignals()
    return pendingSignals.isEmpty ? nil : pendingSignals.removeFirst()
  }

  enum RawInput: Equatable {
    case none
    case character(Int32)
    case code(Int32)
  }

  func read(timeoutMs: Int32) -> RawInput {
    var value: Int32 = 0
    switch cnc_read_key(timeoutMs, &value) {
    case 1: return .character(value)
    case 2: return .code(value)
    default: return .none
    }
  }

  func readAfterEscape() -> Key? {
    switch read(timeoutMs: 0) {
    case .none:
      return .escape
    case .character(KeyDecoder.escape):
      pendingKeys.append(.escape)
      return .escape
    case .character(let value) where (value == 0x5B || value == 0x4F) && swallowSequence():
      return nil
    case .character(let value):
      return KeyDecoder.key(forCharacter: value).map(withAlt)
    case .code(let code) where code == pasteMarkers.start:
      // Esc, then a paste at once: the two, not Alt-paste.
      if let paste = readPaste() { pendingKeys.append(paste) }
      return .escape
    case .code(let code):
      guard let key = decode(code: code) else { return nil }
      return key.mouseEvent != nil || key == .resize ? key : withAlt(key)
    }
  }

  func withAlt(_ key: Key) -> Key {
    Key(key.code, modifiers: key.modifiers.union(.alt))
  }

  /// Reads the rest of an unknown CSI or SS3 sequence, up to its final byte; false when nothing
  /// followed (then it was Alt-[ or Alt-O).
  func swallowSequence() -> Bool {
    var readAny = false
    for _ in 0..<32 {
      guard case .character(let value) = read(timeoutMs: 0) else { return readAny }
      readAny = true
      if (0x40...0x7E).contains(value) { return true }
    }
    return true
  }

  func decode(code: Int32) -> Key? {
    if code == KEY_MOUSE {
      pendingKeys += readMouseEvents()
      return pendingKeys.isEmpty ? nil : pendingKeys.removeFirst()
    }
    if code == KEY_RESIZE { resizePending = false }
    if code == pasteMarkers.start { return readPaste() }
    if code == pasteMarkers.end { return nil }
    return KeyDecoder.key(forCode: code, extra: extraKeys)
  }

  /// How long a paste may pause before fabriek stops waiting for its end marker.
  static let pasteSilence = Duration.milliseconds(1000)

  /// After the start of a bracketed paste: its text up to the end marker, as one `.paste`
  /// key (nil for an empty paste). The keypad is off meanwhile, so that ncurses hands over
  /// every byte as it is and an ESC in the paste is text, not a key. A paste whose end does
  /// not come within `pasteSilence` of its last character, or that a signal interrupts,
  /// ends there with what came.
  func readPaste() -> Key? {
    cnc_keypad(0)
    defer { cnc_keypad(1) }
    var decoder = PasteDecoder()
    let clock = ContinuousClock()
    var deadline = clock.now + Self.pasteSilence
    reading: while !decoder.isComplete {
      let left = clock.now.duration(to: deadline)
      guard left > .zero else { break }
      let milliseconds = left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000
      switch read(timeoutMs: Int32(clamping: max(1, milliseconds))) {
      case .character(let value):
        if let scalar = Unicode.Scalar(UInt32(bitPattern: value)) { decoder.feed(scalar) }
        deadline = clock.now + Self.pasteSilence
      case .code(let code):
        if code == KEY_RESIZE { pendingKeys.append(.resize) }
      case .none:
        collectSignals()
        if !pendingSignals.isEmpty { break reading }
      }
    }
    let text = decoder.text
    return text.isEmpty ? nil : .paste(text)
  }

  /// Every mouse event ncurses holds, oldest first, with a quick second press made a double click.
  func readMouseEvents() -> [Key] {
    let capacity = 16
    var xs = [Int32](repeating: 0, count: capacity)
    var ys = [Int32](repeating: 0, count: capacity)
    var kinds = [Int32](repeating: 0, count: capacity)
    let count = Int(cnc_read_mouse_events(&xs, &ys, &kinds, Int32(capacity)))
    let now = ContinuousClock.now
    return (0..<max(0, count)).compactMap { index in
      guard let kind = KeyDecoder.mouseKind(kinds[index]) else { return nil }
      let event = doubleClicks.classify(MouseEvent(kind, x: Int(xs[index]), y: Int(ys[index])), at: now)
      return Key(.mouse(event))
    }
  }

  func collectSignals() {
    let bits = cnc_take_signals()
    if bits & Int32(CNC_SIGNAL_INTERRUPT) != 0 { pendingSignals.append(.interrupt) }
    if bits & Int32(CNC_SIGNAL_TERMINATE) != 0 { pendingSignals.append(.terminate) }
    if bits & Int32(CNC_SIGNAL_HANGUP) != 0 { pendingSignals.append(.hangup) }
    if bits & Int32(CNC_SIGNAL_RESIZE) != 0 { resizePending = true }
  }

  /// `.resize` once after SIGWINCH, with ncurses' idea of the size updated from the terminal.
  func takeResize() -> Key? {
    collectSignals()
    guard resizePending else { return nil }
    resizePending = false
    cnc_resize_from_tty()
    return .resize
  }
}
