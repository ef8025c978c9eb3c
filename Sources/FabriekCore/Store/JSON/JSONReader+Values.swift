/// Readers for the board's value types, straight from the bytes.
extension JSONReader {
  /// An array, each element read by `element`.
  mutating func list<T>(_ element: (inout JSONReader) throws -> T) throws -> [T] {
    var out: [T] = []
    try array { r in out.append(try element(&r)) }
    return out
  }

  mutating func strings() throws -> [String] { try list { try $0.string() } }
  mutating func ints() throws -> [Int] { try list { try $0.int() } }

  mutating func optionalInt() throws -> Int? { isNull() ? nil : try int() }
  mutating func optionalDouble() throws -> Double? { isNull() ? nil : try double() }

  mutating func timestamp() throws -> Timestamp {
    try quoted(width: 20, "json.expectedTimestamp", Timestamp.init(isoBytes:))
  }

  mutating func day() throws -> Day { try quoted(width: 10, "json.expectedDate", Day.init(isoBytes:)) }

  /// A value written as a text of exactly `width` bytes, read from those bytes as they are;
  /// `what` is the catalogue key of the failure, looked up only when it fails.
  private mutating func quoted<T>(width: Int, _ what: String, _ parse: (UnsafeBufferPointer<UInt8>) -> T?) throws -> T {
    let at = i
    try expect(UInt8(ascii: "\""))
    guard i + width + 1 <= bytes.count, bytes[i + width] == UInt8(ascii: "\""),
      let value = parse(UnsafeBufferPointer(rebasing: bytes[i..<(i + width)]))
    else { throw Failure(offset: at, what: tr(what)) }
    i += width + 1
    return value
  }

  mutating func optionalDay() throws -> Day? { isNull() ? nil : try day() }

  mutating func choice<T: RawRepresentable>(_ type: T.Type) throws -> T where T.RawValue == String {
    let at = i
    let text = try string()
    guard let v = T(rawValue: text) else {
      throw Failure(offset: at, what: tr("json.unknownCase", ["text": text, "type": "\(T.self)"]))
    }
    return v
  }

  mutating func optionalChoice<T: RawRepresentable>(_ type: T.Type) throws -> T? where T.RawValue == String {
    isNull() ? nil : try choice(type)
  }

  mutating func euro() throws -> Euro { Euro(cents: Int64(try int())) }

  /// An enum case written as `{"case":{…}}`, the way `Codable` writes enums with values.
  mutating func tagged(_ body: (inout JSONReader, String) throws -> Void) throws {
    var seen = false
    try object { r, tag in
      if seen { throw r.failure(tr("json.choiceTwo")) }
      seen = true
      try body(&r, tag)
    }
    if !seen { throw failure(tr("json.choiceNone")) }
  }
}
