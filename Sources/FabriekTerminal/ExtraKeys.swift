import CNcursesw
import FabriekUI

/// The xterm sequences for arrows, Home and End in both cursor modes ("\e[A" and "\eOA"), the
/// vt220 forms of Home, End, Ins, Del, PgUp and PgDn ("\e[1~"), and all of them with Shift, Alt
/// and Ctrl ("\e[1;2D" is Shift-←), so they arrive as one key on every terminal type that sends
/// them, whether or not its terminfo entry lists them.
enum ExtraKeys {
  /// Codes for sequences that terminfo does not define; far above ncurses' own KEY_MAX.
  static let firstCode: Int32 = 0x2000

  static let modifierParameters: [(Int, Key.Modifiers)] = [
    (2, .shift), (3, .alt), (4, [.alt, .shift]), (5, .control), (6, [.control, .shift]), (7, [.control, .alt]),
  ]

  /// Every sequence with its key.
  static var sequences: [(String, Key)] {
    let letterKeys: [(Character, Key.Code)] = [
      ("A", .up), ("B", .down), ("C", .right), ("D", .left), ("H", .home), ("F", .end),
    ]
    let tildeKeys: [(Int, Key.Code)] = [(5, .pageUp), (6, .pageDown), (3, .delete)]
    var result: [(String, Key)] = []
    for (letter, code) in letterKeys {
      result.append(("\u{1B}[\(letter)", Key(code)))
      result.append(("\u{1B}O\(letter)", Key(code)))
    }
    for (number, code) in [(1, Key.Code.home), (4, .end), (7, .home), (8, .end)] + tildeKeys + [(2, .insert)] {
      result.append(("\u{1B}[\(number)~", Key(code)))
    }
    for (parameter, modifiers) in modifierParameters {
      for (letter, code) in letterKeys {
        result.append(("\u{1B}[1;\(parameter)\(letter)", Key(code, modifiers: modifiers)))
      }
      for (number, code) in tildeKeys {
        result.append(("\u{1B}[\(number);\(parameter)~", Key(code, modifiers: modifiers)))
      }
    }
    return result
  }

  /// The codes ncurses returns for the start and the end of a bracketed paste (see
  /// `PasteDecoder`), defined like the keys so that ncurses waits for the whole marker.
  static func installPasteMarkers() -> (start: Int32?, end: Int32?) {
    func define(_ sequence: String, _ code: Int32) -> Int32? {
      let existing = cnc_key_defined(sequence)
      if existing > 0 { return existing }
      return existing == 0 && cnc_define_key(sequence, code) == OK ? code : nil
    }
    return (define(PasteDecoder.start, pasteStartCode), define(PasteDecoder.end, pasteStartCode + 1))
  }

  /// Above the codes `install` hands out.
  static let pasteStartCode: Int32 = firstCode + 0x100

  /// Defines the sequences ncurses does not know yet and returns the code → key table for all
  /// of them (known ones keep the code terminfo gave them).
  static func install() -> [Int32: Key] {
    var table: [Int32: Key] = [:]
    var nextCode = firstCode
    for (sequence, key) in sequences {
      let existing = cnc_key_defined(sequence)
      if existing > 0 {
        table[existing] = key
      } else if existing == 0, cnc_define_key(sequence, nextCode) == OK {
        table[nextCode] = key
        nextCode += 1
      }
    }
    return table
  }
}
