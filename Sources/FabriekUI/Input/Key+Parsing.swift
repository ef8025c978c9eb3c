extension Key {
  /// Parses a key name as written in key maps, tests and help text.
  ///
  /// Modifier prefixes: "Ctrl-", "C-", "^" (control), "Alt-", "M-", "Meta-" (alt), "Shift-", "S-",
  /// also with "+" instead of "-", in any case. Key names, in any case: "↑"/"Up", "↓"/"Down",
  /// "←"/"Left", "→"/"Right", "Home", "End", "PgUp"/"PageUp", "PgDn"/"PageDown", "Ins"/"Insert",
  /// "Del"/"Delete", "Backspace"/"BS", "Enter"/"Return", "Tab", "BackTab", "Esc"/"Escape",
  /// "Space", "F1"…"F63", "Resize", "Mouse-click@3,4". Any other single grapheme is that
  /// character ("q", "K", "?", "é", "-"). Returns nil for anything else.
  public init?(name: String) {
    var rest = Substring(name)
    var modifiers: Modifiers = []
    while rest.count > 1, let (modifier, length) = Self.modifierPrefix(of: rest) {
      modifiers.insert(modifier)
      rest = rest.dropFirst(length)
    }
    guard let code = Self.code(named: rest) else { return nil }
    if case .tab = code, rest.lowercased() == "backtab" { modifiers.insert(.shift) }
    self.init(code, modifiers: modifiers)
  }

  static func modifierPrefix(of text: Substring) -> (Modifiers, Int)? {
    let lowered = text.lowercased()
    if text.first == "^", text.count == 2 { return (.control, 1) }
    let prefixes: [(String, Modifiers)] = [
      ("control", .control), ("ctrl", .control), ("c", .control),
      ("meta", .alt), ("alt", .alt), ("m", .alt),
      ("shift", .shift), ("s", .shift),
    ]
    for (word, modifier) in prefixes {
      for separator in ["-", "+"] where lowered.hasPrefix(word + separator) {
        let length = word.count + 1
        if text.count > length { return (modifier, length) }
      }
    }
    return nil
  }

  static func code(named text: Substring) -> Code? {
    let lowered = text.lowercased()
    if let code = namedCodes[lowered] { return code }
    if text.count == 1, let character = text.first { return .character(character) }
    if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...63).contains(number) {
      return .function(number)
    }
    if lowered.hasPrefix("mouse-") { return mouseCode(lowered.dropFirst(6)) }
    return nil
  }

  static let namedCodes: [String: Code] = [
    "↑": .up, "up": .up, "↓": .down, "down": .down, "←": .left, "left": .left, "→": .right, "right": .right,
    "home": .home, "end": .end, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
    "ins": .insert, "insert": .insert, "del": .delete, "delete": .delete, "backspace": .backspace,
    "bs": .backspace, "enter": .enter, "return": .enter, "tab": .tab, "backtab": .tab, "esc": .escape,
    "escape": .escape, "space": .character(" "), "resize": .resize,
  ]

  /// "click@3,4" → a mouse event.
  static func mouseCode(_ text: Substring) -> Code? {
    let parts = text.split(separator: "@")
    guard parts.count == 2 else { return nil }
    let kind = MouseEvent.Kind.allCases.first { $0.rawValue.lowercased() == parts[0] }
    let position = parts[1].split(separator: ",").compactMap { Int($0) }
    guard let kind, position.count == 2 else { return nil }
    return .mouse(MouseEvent(kind, x: position[0], y: position[1]))
  }
}
