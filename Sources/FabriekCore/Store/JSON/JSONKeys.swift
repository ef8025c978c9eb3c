/// The keys of one kind of record, as an enum whose case names are the JSON keys. Reading
/// matches key bytes against this table without making a String for each key; since the
/// snapshot writes keys in the table's (sorted) order, the next key is almost always the
/// one after the last match.
protocol JSONKeys: CaseIterable, RawRepresentable where RawValue == Int {
  static var table: KeyTable { get }
}

struct KeyTable: @unchecked Sendable {
  /// All names back to back, allocated once for the life of the program (tables are
  /// static), so matching a key touches no reference counts.
  private let flat: UnsafeMutableBufferPointer<UInt8>
  private let starts: UnsafeMutableBufferPointer<Int>
  let count: Int
  /// The keys, for a message naming one.
  let names: [String]

  init<K: CaseIterable & RawRepresentable>(_ type: K.Type) where K.RawValue == Int {
    var names = [String](repeating: "", count: K.allCases.count)
    for c in K.allCases { names[c.rawValue] = String(describing: c) }
    self.init(names: names)
  }

  /// A table of `keys`, each matched as its place in the list.
  init(names keys: [String]) {
    names = keys
    let names = keys.map { Array($0.utf8) }
    count = names.count
    flat = .allocate(capacity: max(1, names.reduce(0) { $0 + $1.count }))
    starts = .allocate(capacity: names.count + 1)
    var at = 0
    for (k, name) in names.enumerated() {
      starts[k] = at
      for b in name {
        flat[at] = b
        at += 1
      }
    }
    starts[names.count] = at
  }

  @inline(__always) func index(of key: UnsafeBufferPointer<UInt8>, after hint: Int) -> Int? {
    var k = hint
    for _ in 0..<count {
      k = k + 1 == count ? 0 : k + 1
      let start = starts[k]
      guard starts[k + 1] - start == key.count else { continue }
      var same = true
      for j in 0..<key.count where flat[start + j] != key[j] {
        same = false
        break
      }
      if same { return k }
    }
    return nil
  }
}

extension JSONReader {
  /// Reads an object of known keys; `field` gets nil for a key this version does not know
  /// (and must skip its value). Throws when a key in `required` is missing.
  mutating func object<K: JSONKeys>(
    _ type: K.Type, required: [K] = [], in what: String, _ field: (inout JSONReader, K?) throws -> Void
  ) throws {
    try object(K.table, required: required.lazy.map(\.rawValue)) { r, k in
      try field(&r, k.flatMap(K.init(rawValue:)))
    } lacking: { r, k in
      r.failure(tr("json.lacks", ["what": tr(what), "key": K.table.names[k]]))
    }
  }

  /// Reads an object of the keys in `table`; `field` gets the key's place in the table, or nil
  /// for a key this version does not know (and must skip its value). Throws what `lacking` makes
  /// of the first key in `required` that is missing.
  @inline(__always) mutating func object(
    _ table: KeyTable, required: some Sequence<Int>, _ field: (inout JSONReader, Int?) throws -> Void,
    lacking: (JSONReader, Int) -> Failure
  ) throws {
    try expect(UInt8(ascii: "{"))
    var seen: UInt64 = 0
    var hint = -1
    if peek() != UInt8(ascii: "}") {
      while true {
        let key = try keyBytes()
        try expect(UInt8(ascii: ":"))
        if let k = table.index(of: key, after: hint) {
          hint = k
          seen |= 1 << UInt64(k & 63)
          try field(&self, k)
        } else {
          try field(&self, nil)
        }
        if peek() == UInt8(ascii: ",") {
          i += 1
          continue
        }
        break
      }
    }
    try expect(UInt8(ascii: "}"))
    for k in required where seen & (1 << UInt64(k & 63)) == 0 { throw lacking(self, k) }
  }

  /// A key's bytes, without escapes (our keys never have any).
  private mutating func keyBytes() throws -> UnsafeBufferPointer<UInt8> {
    try expect(UInt8(ascii: "\""))
    let start = i
    while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
      if bytes[i] == UInt8(ascii: "\\") { throw failure(tr("json.keyEscape")) }
      if bytes[i] < 0x20 { throw controlCharacter(bytes[i]) }
      i += 1
    }
    guard i < bytes.count else { throw failure(tr("json.keyNotClosed")) }
    i += 1
    return UnsafeBufferPointer(rebasing: bytes[start..<(i - 1)])
  }
}
