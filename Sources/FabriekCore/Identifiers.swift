/// Stable numeric identifiers. The short human code (`I-0042`) is derived from the number,
/// so it can never drift from the id it names.
public struct IdeaID: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
  public var rawValue: Int
  public init(_ rawValue: Int) { self.rawValue = rawValue }
  public init(from decoder: Decoder) throws { rawValue = try decoder.singleValueContainer().decode(Int.self) }
  public func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(rawValue)
  }
  public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
  /// The code shown on cards, e.g. `I-0042`.
  public var code: String { Code.format(prefix: "I", rawValue) }
  public var description: String { code }
  /// Parses `I-0042`, `i-42` or `42`.
  public init?(code: String) {
    guard let n = Code.parse(prefix: "I", code) else { return nil }
    rawValue = n
  }
}

public struct PersonID: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
  public var rawValue: Int
  public init(_ rawValue: Int) { self.rawValue = rawValue }
  public init(from decoder: Decoder) throws { rawValue = try decoder.singleValueContainer().decode(Int.self) }
  public func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(rawValue)
  }
  public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
  public var code: String { Code.format(prefix: "P", rawValue) }
  public var description: String { code }
  public init?(code: String) {
    guard let n = Code.parse(prefix: "P", code) else { return nil }
    rawValue = n
  }
}

public struct SessionID: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
  public var rawValue: Int
  public init(_ rawValue: Int) { self.rawValue = rawValue }
  public init(from decoder: Decoder) throws { rawValue = try decoder.singleValueContainer().decode(Int.self) }
  public func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(rawValue)
  }
  public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
  public var code: String { Code.format(prefix: "S", rawValue) }
  public var description: String { code }
  public init?(code: String) {
    guard let n = Code.parse(prefix: "S", code) else { return nil }
    rawValue = n
  }
}

/// Notes, financing applications and the like are identified within their idea.
public typealias LocalID = Int

enum Code {
  static func format(prefix: String, _ n: Int) -> String {
    let digits = String(n)
    let padded = digits.count >= 4 ? digits : String(repeating: "0", count: 4 - digits.count) + digits
    return prefix + "-" + padded
  }

  static func parse(prefix: String, _ text: String) -> Int? {
    var s = Substring(text.trimmingCharactersInWhitespace())
    if s.uppercased().hasPrefix(prefix + "-") { s = s.dropFirst(prefix.count + 1) }
    guard !s.isEmpty, s.count <= 9, s.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(s), n > 0 else {
      return nil
    }
    return n
  }
}

extension String {
  public func trimmingCharactersInWhitespace() -> String {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s.removeFirst() }
    while let l = s.last, l.isWhitespace { s.removeLast() }
    return String(s)
  }
}
