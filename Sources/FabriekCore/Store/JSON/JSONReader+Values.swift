/// Readers for the board's value types, straight from the bytes.
extension JSONReader {
  mutating func strings() throws -> [String] {
    var out: [String] = []
    try array { r in out.append(try r.string()) }
    return out
  }

  mutating func ints() throws -> [Int] {
    var out: [Int] = []
    try array { r in out.append(try r.int()) }
    return out
  }

  mutating func optionalInt() throws -> Int? { isNull() ? nil : try int() }
  mutating func optionalDouble() throws -> Double? { isNull() ? nil : try double() }

  mutating func timestamp() throws -> Timestamp {
    let at = i
    try expect(UInt8(ascii: "\""))
    guard i + 21 <= bytes.count, bytes[i + 20] == UInt8(ascii: "\""),
      let t = Timestamp(isoBytes: UnsafeBufferPointer(rebasing: bytes[i..<(i + 20)]))
    else { throw Failure(offset: at, what: "expected a UTC timestamp like 2026-11-29T09:30:00Z") }
    i += 21
    return t
  }

  mutating func day() throws -> Day {
    let at = i
    try expect(UInt8(ascii: "\""))
    guard i + 11 <= bytes.count, bytes[i + 10] == UInt8(ascii: "\""),
      let d = Day(isoBytes: UnsafeBufferPointer(rebasing: bytes[i..<(i + 10)]))
    else { throw Failure(offset: at, what: "expected a date like 2026-11-29") }
    i += 11
    return d
  }

  mutating func optionalDay() throws -> Day? { isNull() ? nil : try day() }

  mutating func choice<T: RawRepresentable>(_ type: T.Type) throws -> T where T.RawValue == String {
    let at = i
    let text = try string()
    guard let v = T(rawValue: text) else { throw Failure(offset: at, what: "“\(text)” is not a known \(T.self)") }
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
      if seen { throw r.failure("a choice holds two cases") }
      seen = true
      try body(&r, tag)
    }
    if !seen { throw failure("a choice holds no case") }
  }
}
