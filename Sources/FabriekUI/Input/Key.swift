/// One input event from the keyboard or the mouse, independent of any terminal library.
///
/// Normal forms, so that equal keys compare equal: a shifted character is its upper-case
/// character (`K`, not Shift-k); Ctrl-letter is the lower-case letter with `.control`; Shift-Tab
/// is `.tab` with `.shift`. `Key(name:)` parses the names `name` produces ("Ctrl-R", "Shift-→").
public struct Key: Hashable, Sendable {
  public enum Code: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown, insert, delete
    case backspace, enter, tab, escape
    case function(Int)
    case resize
    case mouse(MouseEvent)
    /// Text pasted in one go (a bracketed paste): one event however long it is, so that it
    /// is inserted as one edit and drawn once. Line breaks arrive as "\n".
    case paste(String)
  }

  public struct Modifiers: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let control = Modifiers(rawValue: 1)
    public static let alt = Modifiers(rawValue: 2)
    public static let shift = Modifiers(rawValue: 4)
  }

  public var code: Code
  public var modifiers: Modifiers

  public init(_ code: Code, modifiers: Modifiers = []) {
    var code = code
    var modifiers = modifiers
    if case .character(let character) = code, character.isLetter {
      if modifiers.contains(.control) {
        code = .character(Self.single(character.lowercased()) ?? character)
      } else if modifiers.contains(.shift) {
        code = .character(Self.single(character.uppercased()) ?? character)
        modifiers.remove(.shift)
      }
    }
    self.code = code
    self.modifiers = modifiers
  }

  /// The only grapheme of `text`, or nil ("ß".uppercased() is "SS").
  static func single(_ text: String) -> Character? {
    text.count == 1 ? text.first : nil
  }

  public static func char(_ character: Character) -> Key { Key(.character(character)) }
  public static func ctrl(_ character: Character) -> Key { Key(.character(character), modifiers: .control) }
  public static func alt(_ character: Character) -> Key { Key(.character(character), modifiers: .alt) }
  public static func shift(_ code: Code) -> Key { Key(code, modifiers: .shift) }
  public static func function(_ number: Int) -> Key { Key(.function(number)) }
  public static func mouse(_ kind: MouseEvent.Kind, x: Int, y: Int) -> Key {
    Key(.mouse(MouseEvent(kind, x: x, y: y)))
  }
  public static func paste(_ text: String) -> Key { Key(.paste(text)) }

  public static let up = Key(.up)
  public static let down = Key(.down)
  public static let left = Key(.left)
  public static let right = Key(.right)
  public static let home = Key(.home)
  public static let end = Key(.end)
  public static let pageUp = Key(.pageUp)
  public static let pageDown = Key(.pageDown)
  public static let insert = Key(.insert)
  public static let delete = Key(.delete)
  public static let backspace = Key(.backspace)
  public static let enter = Key(.enter)
  public static let tab = Key(.tab)
  public static let backTab = Key(.tab, modifiers: .shift)
  public static let escape = Key(.escape)
  public static let resize = Key(.resize)

  /// The character typed, for text fields: set only for a plain (or shifted) character.
  public var typedCharacter: Character? {
    guard case .character(let character) = code, modifiers.isDisjoint(with: [.control, .alt]) else { return nil }
    return character
  }

  /// The pasted text, if this is a paste.
  public var pastedText: String? {
    guard case .paste(let text) = code else { return nil }
    return text
  }

  /// The mouse event, if this is one.
  public var mouseEvent: MouseEvent? {
    guard case .mouse(let event) = code else { return nil }
    return event
  }
}
