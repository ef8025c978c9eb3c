import FabriekCore

extension Key {
  /// The key as the help overlay and the footer show it to the user: `name`, but with the
  /// one key whose name is a word of the language in that language ("Spatie", "Espace").
  /// Enter, Esc, Tab, Home, PgUp, Ctrl… stay as Belgian AZERTY keyboards print them.
  public var label: String {
    guard case .character(" ") = code else { return name }
    return name.dropLast(codeName.count) + tr("keys.name.space")
  }

  /// The key as help text shows it: "q", "K", "Ctrl-R", "Alt-b", "Shift-→", "Shift-Tab",
  /// "Enter", "Esc", "Space", "PgDn", "F5". `Key(name:)` reads it back (all but a paste,
  /// named by its length: "Paste(12 characters)").
  public var name: String {
    var prefix = ""
    if modifiers.contains(.control) { prefix += "Ctrl-" }
    if modifiers.contains(.alt) { prefix += "Alt-" }
    if modifiers.contains(.shift) { prefix += "Shift-" }
    return prefix + codeName
  }

  var codeName: String {
    switch code {
    case .character(" "): return "Space"
    case .character(let character):
      return modifiers.contains(.control)
        ? (Self.single(character.uppercased()).map(String.init) ?? String(character)) : String(character)
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .home: return "Home"
    case .end: return "End"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .insert: return "Ins"
    case .delete: return "Del"
    case .backspace: return "Backspace"
    case .enter: return "Enter"
    case .tab: return "Tab"
    case .escape: return "Esc"
    case .function(let number): return "F\(number)"
    case .resize: return "Resize"
    case .mouse(let event): return "Mouse-\(event.kind.rawValue)@\(event.x),\(event.y)"
    case .paste(let text): return "Paste(\(text.count) characters)"
    }
  }
}

extension Key: CustomStringConvertible {
  public var description: String { name }
}
