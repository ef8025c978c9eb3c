import CNcursesw
import FabriekUI

/// Turns what `get_wch` returns into `Key`s: characters (control characters as Ctrl-letter)
/// and ncurses KEY_* codes.
///
/// Some control characters are the same byte as a named key, and the named key wins: Ctrl-I is
/// Tab, Ctrl-M and Ctrl-J are Enter, Ctrl-H is Backspace, Ctrl-[ is Esc.
enum KeyDecoder {
  static let escape: Int32 = 27

  /// The key for a character `get_wch` returned (not a KEY_* code); nil for C1 controls and
  /// invalid scalars. Esc (27) is returned as `.escape`; Alt handling is the caller's.
  static func key(forCharacter value: Int32) -> Key? {
    switch value {
    case 0: return .ctrl(" ")
    case 9: return .tab
    case 10, 13: return .enter
    case 8, 127: return .backspace
    case 27: return .escape
    case 1...26:
      guard let letter = Unicode.Scalar(UInt32(value) + 0x60) else { return nil }
      return .ctrl(Character(letter))
    case 28: return .ctrl("\\")
    case 29: return .ctrl("]")
    case 30: return .ctrl("^")
    case 31: return .ctrl("_")
    case 0x80..<0xA0: return nil
    default:
      guard value > 0, let scalar = Unicode.Scalar(UInt32(value)) else { return nil }
      return .char(Character(scalar))
    }
  }

  /// The key for an ncurses KEY_* code; `extra` holds the codes of sequences fabriek defined
  /// itself (see `ExtraKeys`). Nil for codes fabriek has no use for (and for KEY_MOUSE, which
  /// the caller reads with getmouse).
  static func key(forCode code: Int32, extra: [Int32: Key]) -> Key? {
    if let key = extra[code] { return key }
    if code > KEY_F0 && code <= KEY_F0 + 63 { return .function(Int(code - KEY_F0)) }
    return named[code]
  }

  static let named: [Int32: Key] = [
    KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
    KEY_SR: .shift(.up), KEY_SF: .shift(.down), KEY_SLEFT: .shift(.left), KEY_SRIGHT: .shift(.right),
    KEY_HOME: .home, KEY_END: .end, KEY_SHOME: .shift(.home), KEY_SEND: .shift(.end),
    KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown, KEY_SPREVIOUS: .shift(.pageUp), KEY_SNEXT: .shift(.pageDown),
    KEY_IC: .insert, KEY_DC: .delete, KEY_SDC: .shift(.delete), KEY_BACKSPACE: .backspace,
    KEY_ENTER: .enter, KEY_BTAB: .backTab, KEY_RESIZE: .resize,
  ]

  /// A mouse event kind from the shim's codes.
  static func mouseKind(_ code: Int32) -> MouseEvent.Kind? {
    switch code {
    case Int32(CNC_MOUSE_PRESS), Int32(CNC_MOUSE_CLICK): .press
    case Int32(CNC_MOUSE_RELEASE): .release
    case Int32(CNC_MOUSE_DOUBLE_CLICK): .doubleClick
    case Int32(CNC_MOUSE_WHEEL_UP): .wheelUp
    case Int32(CNC_MOUSE_WHEEL_DOWN): .wheelDown
    default: nil
    }
  }
}
