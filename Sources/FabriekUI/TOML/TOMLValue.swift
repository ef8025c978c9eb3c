/// A value of the TOML subset fabriek's data files use: strings, integers, booleans and tables.
/// Every value remembers the line it was written on, for error messages.
public enum TOMLValue: Hashable, Sendable {
  case string(String)
  case integer(Int)
  case boolean(Bool)
  case table(TOMLTable)

  /// What the value is, for messages ("a string", "a table").
  public var kindDescription: String {
    switch self {
    case .string: "a string"
    case .integer: "an integer"
    case .boolean: "a boolean"
    case .table: "a table"
    }
  }
}

/// A TOML table: keys in the order they were written, each with its value and line.
public struct TOMLTable: Hashable, Sendable {
  public struct Entry: Hashable, Sendable {
    public var value: TOMLValue
    public var line: Int
  }

  public private(set) var keys: [String] = []
  private var entries: [String: Entry] = [:]
  /// Whether a `[header]` declared this table (a second header for it is an error).
  var isDeclared = false

  public init() {}

  public subscript(key: String) -> Entry? {
    entries[key]
  }

  mutating func set(_ key: String, _ entry: Entry) {
    if entries[key] == nil { keys.append(key) }
    entries[key] = entry
  }
}
