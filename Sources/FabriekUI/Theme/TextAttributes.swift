/// Text attributes a theme slot can switch on.
public struct TextAttributes: OptionSet, Hashable, Sendable {
  public let rawValue: Int
  public init(rawValue: Int) { self.rawValue = rawValue }

  public static let bold = TextAttributes(rawValue: 1)
  public static let underline = TextAttributes(rawValue: 2)
  public static let reverse = TextAttributes(rawValue: 4)
  public static let dim = TextAttributes(rawValue: 8)

  /// The names used in theme files, in a fixed order.
  public static let named: [(name: String, attribute: TextAttributes)] = [
    ("bold", .bold), ("underline", .underline), ("reverse", .reverse), ("dim", .dim),
  ]

  /// "bold reverse"; "none" when empty.
  public var names: String {
    let words = Self.named.filter { contains($0.attribute) }.map(\.name)
    return words.isEmpty ? "none" : words.joined(separator: " ")
  }

  /// Parses "bold reverse", "bold, underline" or "none"; nil if a word is not an attribute.
  public init?(names: String) {
    self = []
    let words = names.split { $0 == " " || $0 == "," }
    for word in words where word != "none" {
      guard let match = Self.named.first(where: { $0.name == word }) else { return nil }
      insert(match.attribute)
    }
  }
}
