/// A value of the snapshot that says once how it is written and read: a text, a number, a day,
/// a list, a record… so that every record writes its fields with `entry` and reads them back
/// the same way.
protocol JSONValue {
  func write(to w: inout JSONWriter)
  init(json r: inout JSONReader) throws
}

/// The writer's and the reader's call for a value that each handles in one call.
struct JSONCalls<Value>: Sendable {
  let write: @Sendable (inout JSONWriter, Value) -> Void
  let read: @Sendable (inout JSONReader) throws -> Value
}

/// A value of one call each way, named once in the table below.
protocol JSONScalar: JSONValue {
  static var json: JSONCalls<Self> { get }
}

extension JSONScalar {
  func write(to w: inout JSONWriter) { Self.json.write(&w, self) }
  init(json r: inout JSONReader) throws { self = try Self.json.read(&r) }
}

extension String: JSONScalar { static let json = JSONCalls<Self>(write: { $0.string($1) }, read: { try $0.string() }) }
extension Int: JSONScalar { static let json = JSONCalls<Self>(write: { $0.int($1) }, read: { try $0.int() }) }
extension Double: JSONScalar { static let json = JSONCalls<Self>(write: { $0.double($1) }, read: { try $0.double() }) }
extension Bool: JSONScalar { static let json = JSONCalls<Self>(write: { $0.bool($1) }, read: { try $0.bool() }) }
extension Day: JSONScalar { static let json = JSONCalls<Self>(write: { $0.day($1) }, read: { try $0.day() }) }
extension Timestamp: JSONScalar {
  static let json = JSONCalls<Self>(write: { $0.timestamp($1) }, read: { try $0.timestamp() })
}
/// Amounts are written in cents.
extension Euro: JSONScalar { static let json = JSONCalls<Self>(write: { $0.int($1.cents) }, read: { try $0.euro() }) }
/// A generic type holds no stored static property, so its calls are made when asked for.
extension RecordID: JSONScalar {
  static var json: JSONCalls<Self> { JSONCalls(write: { $0.int($1.rawValue) }, read: { Self(try $0.int()) }) }
}

extension Array: JSONValue where Element: JSONValue {
  func write(to w: inout JSONWriter) { w.array { w in for e in self { e.write(to: &w) } } }
  init(json r: inout JSONReader) throws { self = try r.list { try Element(json: &$0) } }
}

extension JSONWriter {
  /// `"key":value`.
  @inline(__always) mutating func entry<T: JSONValue>(_ k: StaticString, _ value: T) {
    key(k)
    value.write(to: &self)
  }

  /// `"key":value`, left out when there is none.
  @inline(__always) mutating func entry<T: JSONValue>(_ k: StaticString, _ value: T?) {
    if let value { entry(k, value) }
  }

  /// `"key":[…]`, left out for an empty list.
  mutating func entry<T: JSONValue>(_ k: StaticString, nonEmpty list: [T]) {
    if !list.isEmpty { entry(k, list) }
  }

  /// `"key":"case"`: an enum by its raw value.
  @inline(__always) mutating func entry<T: RawRepresentable>(_ k: StaticString, _ value: T) where T.RawValue == String {
    key(k)
    choice(value)
  }

  /// `"key":"case"`, left out when there is none.
  @inline(__always) mutating func entry<T: RawRepresentable>(_ k: StaticString, _ value: T?)
  where T.RawValue == String {
    if let value { entry(k, value) }
  }
}

extension JSONReader {
  /// A list of records.
  mutating func records<T: JSONValue>() throws -> [T] { try [T](json: &self) }

  /// A record, or nil for `null`.
  mutating func optionalRecord<T: JSONValue>() throws -> T? { isNull() ? nil : try T(json: &self) }
}
