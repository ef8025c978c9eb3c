/// A run of text ready to draw: either text that is safe to send to the terminal as it is, or
/// a visible marker standing for a character that is not (drawn in the `marker` style).
public struct TextSegment: Hashable, Sendable {
  public var text: String
  public var isMarker: Bool

  public init(_ text: String, isMarker: Bool = false) { self.text = text; self.isMarker = isMarker }

  public static func marker(_ text: String) -> TextSegment {
    TextSegment(text, isMarker: true)
  }
}

extension Array where Element == TextSegment {
  /// The segments' text joined, markers included: what the line reads like on screen.
  public var plainText: String { map(\.text).joined() }

  /// The display width of all segments together.
  public var displayWidth: Int { reduce(0) { $0 + DisplayWidth.of($1.text) } }
}
