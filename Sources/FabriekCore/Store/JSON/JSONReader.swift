/// A fast, strict JSON reader over bytes that were already checksummed. It reads straight
/// into the board's records (see `*+JSON.swift`) instead of building a tree or going
/// through `Codable`, which is what makes a 100,000-idea board load in about a second.
struct JSONReader {
  /// Where and how the bytes break JSON or the board's shape, in the current language. Its text
  /// is looked up only when reading fails: the reading itself passes catalogue keys
  /// (`in: "json.record.idea"`), never made sentences.
  struct Failure: Error, CustomStringConvertible {
    var offset: Int
    var what: String
    var description: String { tr("json.atByte", ["what": what, "byte": String(offset)]) }
  }

  let bytes: UnsafeBufferPointer<UInt8>
  var i: Int
  /// When reading a mapped file: pages behind `windowStart` are handed back every few
  /// megabytes (see `releaseBehind`).
  var releaser: FileBytes?
  var windowStart = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int = 0) {
    self.bytes = bytes
    i = offset
    windowStart = offset
  }

  /// Hands back the pages read since `windowStart` once there are four megabytes of them.
  @inline(__always) mutating func releaseBehind() {
    guard let releaser, i - windowStart >= 1 << 22 else { return }
    releaser.release(windowStart..<i)
    windowStart = i
  }

  /// Continues reading at `offset`, in another part of the file.
  mutating func jump(to offset: Int) {
    releaseBehind()
    i = offset
    windowStart = offset
  }

  func failure(_ what: String) -> Failure { Failure(offset: i, what: what) }

  @inline(__always) mutating func skipSpace() {
    while i < bytes.count {
      switch bytes[i] {
      case 0x20, 0x0A, 0x0D, 0x09: i += 1
      default: return
      }
    }
  }

  @inline(__always) mutating func peek() -> UInt8 {
    skipSpace()
    return i < bytes.count ? bytes[i] : 0
  }

  @inline(__always) mutating func expect(_ c: UInt8) throws {
    guard peek() == c else { throw failure(tr("json.expected", ["c": String(Character(Unicode.Scalar(c)))])) }
    i += 1
  }

  private func matches(_ word: StaticString) -> Bool {
    guard i + word.utf8CodeUnitCount <= bytes.count else { return false }
    for k in 0..<word.utf8CodeUnitCount where bytes[i + k] != word.utf8Start[k] { return false }
    return true
  }

  /// Consumes `null` when it is next.
  mutating func isNull() -> Bool {
    guard peek() == UInt8(ascii: "n"), matches("null") else { return false }
    i += 4
    return true
  }

  mutating func bool() throws -> Bool {
    let c = peek()
    if c == UInt8(ascii: "t"), matches("true") {
      i += 4
      return true
    }
    if c == UInt8(ascii: "f"), matches("false") {
      i += 5
      return false
    }
    throw failure(tr("json.expectedBool"))
  }

  /// A whole number in the whole range of Int (Int64 on the platforms fabriek runs on),
  /// `-9223372036854775808` included; more digits than fit are refused, never wrapped.
  mutating func int() throws -> Int {
    _ = peek()
    var negative = false
    if i < bytes.count, bytes[i] == UInt8(ascii: "-") {
      negative = true
      i += 1
    }
    let start = i
    var magnitude: UInt64 = 0
    while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 {
      let (times10, o1) = magnitude.multipliedReportingOverflow(by: 10)
      let (sum, o2) = times10.addingReportingOverflow(UInt64(bytes[i] &- 48))
      if o1 || o2 { throw failure(tr("json.numberTooLarge")) }
      magnitude = sum
      i += 1
    }
    if i == start { throw failure(tr("json.expectedInteger")) }
    if i - start > 1, bytes[start] == 48 { throw failure(tr("json.leadingZero")) }
    if i < bytes.count, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")
    {
      throw failure(tr("json.expectedInteger"))
    }
    if negative {
      guard magnitude <= UInt64(Int.max) + 1 else { throw failure(tr("json.numberTooLarge")) }
      return magnitude == UInt64(Int.max) + 1 ? Int.min : -Int(magnitude)
    }
    guard magnitude <= UInt64(Int.max) else { throw failure(tr("json.numberTooLarge")) }
    return Int(magnitude)
  }

  /// A number as JSON writes it: `-`, then `0` or digits not starting with `0`, then
  /// optionally a fraction and an exponent, each with at least one digit. No `+` in front, no
  /// `.5` or `5.`, and nothing too large for a Double (it would come back as infinity).
  mutating func double() throws -> Double {
    _ = peek()
    let start = i
    func digits(_ r: inout JSONReader) -> Int {
      let from = r.i
      while r.i < r.bytes.count, r.bytes[r.i] >= 48, r.bytes[r.i] <= 57 { r.i += 1 }
      return r.i - from
    }
    if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
    let intStart = i
    let whole = digits(&self)
    if whole == 0 { throw Failure(offset: start, what: tr("json.expectedNumber")) }
    if whole > 1, bytes[intStart] == 48 { throw Failure(offset: start, what: tr("json.leadingZero")) }
    if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
      i += 1
      if digits(&self) == 0 { throw failure(tr("json.expectedDecimal")) }
    }
    if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
      i += 1
      if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
      if digits(&self) == 0 { throw failure(tr("json.expectedExponent")) }
    }
    guard let d = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)),
      d.isFinite
    else { throw Failure(offset: start, what: tr("json.numberTooLarge")) }
    return d
  }

  /// A text. JSON's rules are kept: no raw control characters (below U+0020), only the
  /// escapes JSON defines, and `\u` surrogates only as a high half followed by a low half.
  mutating func string() throws -> String {
    try expect(UInt8(ascii: "\""))
    let start = i
    while i < bytes.count {
      let c = bytes[i]
      if c == UInt8(ascii: "\"") {
        let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        i += 1
        return s
      }
      if c == UInt8(ascii: "\\") { return try escapedString(from: start) }
      if c < 0x20 { throw controlCharacter(c) }
      i += 1
    }
    throw failure(tr("json.textNotClosed"))
  }

  /// A raw control character where the reader stands.
  func controlCharacter(_ c: UInt8) -> Failure {
    let hex = Array("0123456789ABCDEF")
    return failure(tr("json.controlCharacter", ["code": "U+00\(hex[Int(c >> 4)])\(hex[Int(c & 0xF)])"]))
  }

  private mutating func escapedString(from start: Int) throws -> String {
    var out = Array(UnsafeBufferPointer(rebasing: bytes[start..<i]))
    while i < bytes.count {
      let c = bytes[i]
      if c < 0x20 { throw controlCharacter(c) }
      let at = i
      i += 1
      switch c {
      case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
      case UInt8(ascii: "\\"):
        guard i < bytes.count else { break }
        let e = bytes[i]
        i += 1
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "u"): out.append(contentsOf: Array(String(Character(try unicodeEscape(at: at))).utf8))
        default:
          let what =
            e >= 0x20 && e < 0x7F
            ? tr("json.unknownEscape", ["escape": "\\" + String(Character(Unicode.Scalar(e)))])
            : tr("json.backslashByte", ["byte": String(e)])
          throw Failure(offset: at, what: what)
        }
      default: out.append(c)
      }
    }
    throw failure(tr("json.textNotClosed"))
  }

  /// The scalar of a `\u` escape whose backslash is at `at` (the reader stands after the
  /// `u`), with the low half of a surrogate pair when it is one.
  private mutating func unicodeEscape(at: Int) throws -> Unicode.Scalar {
    let unit = try hex4()
    if (0xDC00..<0xE000).contains(unit) {
      throw Failure(offset: at, what: tr("json.lowSurrogate"))
    }
    var value = unit
    if (0xD800..<0xDC00).contains(unit) {
      let lowAt = i
      guard i + 2 <= bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
        throw Failure(offset: at, what: tr("json.highSurrogate"))
      }
      i += 2
      let low = try hex4()
      guard (0xDC00..<0xE000).contains(low) else {
        throw Failure(offset: lowAt, what: tr("json.notLowSurrogate"))
      }
      value = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
    }
    guard let scalar = Unicode.Scalar(value) else { throw Failure(offset: at, what: tr("json.notACharacter")) }
    return scalar
  }

  private mutating func hex4() throws -> UInt32 {
    guard i + 4 <= bytes.count else { throw failure(tr("json.escapeCutShort")) }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let c = bytes[i]
      i += 1
      switch c {
      case 48...57: v = v << 4 | UInt32(c - 48)
      case 65...70: v = v << 4 | UInt32(c - 55)
      case 97...102: v = v << 4 | UInt32(c - 87)
      default: throw failure(tr("json.escapeNotHex"))
      }
    }
    return v
  }

  /// Reads an object, calling `field` with each key; the reader stands at the value.
  mutating func object(_ field: (inout JSONReader, String) throws -> Void) throws {
    try elements(UInt8(ascii: "{"), UInt8(ascii: "}"), "json.expectedCommaBrace") { r in
      let key = try r.string()
      try r.expect(UInt8(ascii: ":"))
      try field(&r, key)
    }
  }

  mutating func array(_ element: (inout JSONReader) throws -> Void) throws {
    try elements(UInt8(ascii: "["), UInt8(ascii: "]"), "json.expectedCommaBracket") { r in
      try element(&r)
      r.releaseBehind()
    }
  }

  /// The elements of an object or an array between `open` and `close`, separated by commas;
  /// `what` is the catalogue key of the failure when neither a comma nor `close` follows one.
  @inline(__always) private mutating func elements(
    _ open: UInt8, _ close: UInt8, _ what: String, _ element: (inout JSONReader) throws -> Void
  ) throws {
    try expect(open)
    if peek() == close {
      i += 1
      return
    }
    while true {
      try element(&self)
      switch peek() {
      case UInt8(ascii: ","): i += 1
      case close:
        i += 1
        return
      default: throw failure(tr(what))
      }
    }
  }

  /// How deep values of unknown fields may nest: deeper is refused rather than followed, so
  /// that no file can exhaust the stack.
  static let maxSkipDepth = 64

  /// Skips a value of any kind (a field this version does not know).
  mutating func skip() throws { try skip(depth: 1) }

  private mutating func skip(depth: Int) throws {
    switch peek() {
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      if depth > Self.maxSkipDepth { throw failure(tr("json.tooDeep", ["depth": String(Self.maxSkipDepth)])) }
      if bytes[i] == UInt8(ascii: "{") {
        try object { r, _ in try r.skip(depth: depth + 1) }
      } else {
        try array { r in try r.skip(depth: depth + 1) }
      }
    case UInt8(ascii: "\""): _ = try string()
    case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
    case UInt8(ascii: "n"): if !isNull() { throw failure(tr("json.expectedNull")) }
    default: _ = try double()
    }
  }
}
