/// A record of the snapshot described once by a table of its keys: the same table writes it
/// (in the table's order, absent and empty values left out as each field says) and reads it
/// back (unknown keys skipped, a key left out keeps the value it has in `blank`). Adding a
/// field to such a record is one line of its table.
protocol JSONTable: JSONValue {
  /// What a key left out of the file reads as.
  static var blank: Self { get }
  static var fields: JSONFields<Self> { get }
}

extension JSONTable {
  func write(to w: inout JSONWriter) {
    w.object { w in for f in Self.fields.list { f.write(self, &w) } }
  }

  init(json r: inout JSONReader) throws {
    var value = Self.blank
    let fields = Self.fields
    try r.object(fields.keys, required: fields.required) { r, k in
      guard let k else { return try r.skip() }
      try fields.list[k].read(&value, &r)
    } lacking: { r, k in
      r.failure(fields.lacks?() ?? tr("json.lacks", ["what": tr(fields.what), "key": fields.keys.names[k]]))
    }
    self = value
  }
}

/// The table of a `JSONTable` record: its fields, the keys a file must hold and what is said
/// when one is missing.
struct JSONFields<Record>: ExpressibleByArrayLiteral, Sendable {
  let list: [JSONField<Record>]
  let keys: KeyTable
  let required: [Int]
  /// The catalogue key naming the record in the message for a missing key (`json.lacks`).
  let what: String
  /// The message for a missing key, instead of `json.lacks`.
  let lacks: (@Sendable () -> String)?

  /// Fields of which `required` must be in the file; `what` names the record when one is not.
  init(
    _ what: String, required: [StaticString], lacks: (@Sendable () -> String)? = nil, _ list: [JSONField<Record>]
  ) {
    self.list = list
    keys = KeyTable(names: list.map(\.name))
    self.required = required.compactMap { key in list.firstIndex { $0.name == key.description } }
    self.what = what
    self.lacks = lacks
  }

  init(arrayLiteral list: JSONField<Record>...) { self.init("", required: [], list) }
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

  /// A list of enums by their raw values, left out when empty.
  init<V: RawRepresentable>(_ key: StaticString, nonEmpty path: WritableKeyPath<Record, [V]>)
  where V.RawValue == String {
    self.init(
      key,
      write: { r, w in
        if !r[keyPath: path].isEmpty {
          w.entry(key, r[keyPath: path]) { w, l in w.array { w in for v in l { w.choice(v) } } }
        }
      },
      read: { $0[keyPath: path] = try $1.list { try $0.choice(V.self) } })
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
