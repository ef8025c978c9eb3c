/// A small record of the snapshot described once by a table of its keys: the same table writes
/// it (in the table's order, absent and empty values left out as each field says) and reads it
/// back (unknown keys skipped, a key left out keeps the value it has in `blank`). Adding a
/// field to such a record is one line of its table.
protocol JSONTable: JSONValue {
  /// What a key left out of the file reads as.
  static var blank: Self { get }
  static var fields: [JSONField<Self>] { get }
}

extension JSONTable {
  func write(to w: inout JSONWriter) {
    w.object { w in for f in Self.fields { f.write(self, &w) } }
  }

  init(json r: inout JSONReader) throws {
    var value = Self.blank
    let fields = Self.fields
    try r.object { r, k in
      guard let f = fields.first(where: { $0.name == k }) else { return try r.skip() }
      try f.read(&value, &r)
    }
    self = value
  }
}

/// One key of a `JSONTable` record: how its value is written and read. It holds only the key,
/// a key path and closures made from them, never changed once made.
struct JSONField<Record>: @unchecked Sendable {
  let name: String
  let write: (Record, inout JSONWriter) -> Void
  let read: (inout Record, inout JSONReader) throws -> Void

  private init(
    _ key: StaticString, write: @escaping (Record, inout JSONWriter) -> Void,
    read: @escaping (inout Record, inout JSONReader) throws -> Void
  ) {
    name = key.description
    self.write = write
    self.read = read
  }

  /// Always written.
  init<V: JSONValue>(_ key: StaticString, _ path: WritableKeyPath<Record, V>) {
    self.init(key, write: { $1.entry(key, $0[keyPath: path]) }, read: { $0[keyPath: path] = try V(json: &$1) })
  }

  /// Left out when absent; `null` reads as absent.
  init<V: JSONValue>(_ key: StaticString, _ path: WritableKeyPath<Record, V?>) {
    self.init(
      key, write: { $1.entry(key, $0[keyPath: path]) },
      read: { $0[keyPath: path] = $1.isNull() ? nil : try V(json: &$1) })
  }

  /// Left out when empty.
  init<V: JSONValue & Collection>(_ key: StaticString, nonEmpty path: WritableKeyPath<Record, V>) {
    self.init(
      key, write: { if !$0[keyPath: path].isEmpty { $1.entry(key, $0[keyPath: path]) } },
      read: { $0[keyPath: path] = try V(json: &$1) })
  }

  /// Left out when false.
  init(_ key: StaticString, whenTrue path: WritableKeyPath<Record, Bool>) {
    self.init(key, write: { if $0[keyPath: path] { $1.entry(key, true) } }, read: { $0[keyPath: path] = try $1.bool() })
  }

  /// An enum by its raw value, always written.
  init<V: RawRepresentable>(_ key: StaticString, _ path: WritableKeyPath<Record, V>) where V.RawValue == String {
    self.init(key, write: { $1.entry(key, $0[keyPath: path]) }, read: { $0[keyPath: path] = try $1.choice(V.self) })
  }

  /// An enum by its raw value, left out when absent; `null` reads as absent.
  init<V: RawRepresentable>(_ key: StaticString, _ path: WritableKeyPath<Record, V?>) where V.RawValue == String {
    self.init(
      key, write: { $1.entry(key, $0[keyPath: path]) }, read: { $0[keyPath: path] = try $1.optionalChoice(V.self) })
  }
}
