import FabriekUI

/// Text from a board printed by the command line goes through the same sanitiser as the
/// screen: control, format and bidi characters become visible markers so that nothing in a
/// record can drive the terminal. The stored data is unchanged. JSON goes through
/// `UnsafeCharacters.escapingJSON(_:)` instead, which keeps it the same JSON.
enum Text {
  static func clean(_ s: String) -> String { Sanitizer.segments(s).plainText }
}
