import FabriekUI

/// Text from a board printed by the command line goes through the same sanitiser as the
/// screen: control, format and bidi characters become visible markers so that nothing in a
/// record can drive the terminal. The stored data is unchanged.
enum Text {
  static func clean(_ s: String) -> String { Sanitizer.segments(s).plainText }

  /// JSON whose strings keep C1, bidi and separator characters escaped, so that it is safe
  /// to show in a terminal and still the same JSON.
  static func safeJSON(_ json: String) -> String {
    var out = ""
    out.reserveCapacity(json.utf8.count)
    for u in json.unicodeScalars {
      switch u.value {
      case 0x7F...0x9F, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0x061C, 0xFEFF, 0x2028, 0x2029:
        let hex = String(u.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(u)
      }
    }
    return out
  }
}
