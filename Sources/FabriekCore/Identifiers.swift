/// Stable numeric identifiers. The short human code (`I-0042`) is derived from the number,
/// so it can never drift from the id it names. One definition serves every kind of record;
/// the kind is a type parameter only, so an idea's id can never be passed where a person's
/// is expected, and each is stored as a plain integer.
public struct RecordID<Kind: RecordKind>: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
  public var rawValue: Int
  public init(_ rawValue: Int) { self.rawValue = rawValue }
  public init(from decoder: Decoder) throws { rawValue = try decoder.singleValueContainer().decode(Int.self) }
  public func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(rawValue)
  }
  public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
  /// The code shown on cards and lists, e.g. `I-0042`.
  public var code: String { Code.format(prefix: Kind.codePrefix, rawValue) }
  public var description: String { code }
  /// Parses `I-0042`, `i-42` or `42` (with the kind's letter).
  public init?(code: String) {
    guard let n = Code.parse(prefix: Kind.codePrefix, code) else { return nil }
    rawValue = n
  }
}

/// A kind of record with its own numbering: the letter its codes start with.
public protocol RecordKind: Sendable {
  static var codePrefix: String { get }
}

public enum IdeaNumbering: RecordKind { public static var codePrefix: String { "I" } }
public enum PersonNumbering: RecordKind { public static var codePrefix: String { "P" } }
public enum SessionNumbering: RecordKind { public static var codePrefix: String { "S" } }
public enum MatchNumbering: RecordKind { public static var codePrefix: String { "M" } }

public typealias IdeaID = RecordID<IdeaNumbering>
public typealias PersonID = RecordID<PersonNumbering>
public typealias SessionID = RecordID<SessionNumbering>
/// A mentor or partner match (`Mentoring/Match.swift`), shown as `M-0012`.
public typealias MatchID = RecordID<MatchNumbering>

/// Notes, financing applications and the like are identified within their idea.
public typealias LocalID = Int

/// The number after the largest of `numbers` (1 when there are none), for numbering a new
/// record. It never overflows: after `Int.max` comes `Int.max` again, so a record numbered
/// from it collides with the one that has it and is refused, instead of the program trapping
/// on a board file that holds the largest id.
public func numberAfter<S: Sequence<Int>>(_ numbers: S) -> Int {
  let largest = numbers.max() ?? 0
  return largest == .max ? .max : largest + 1
}

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
