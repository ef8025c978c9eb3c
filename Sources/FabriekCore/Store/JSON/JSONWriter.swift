/// Writes JSON bytes directly, the counterpart of `JSONReader`. The output is what
/// `JSONEncoder` with sorted keys would write for the same records, so either side can read
/// the other's.
struct JSONWriter {
  var bytes: [UInt8] = []
  private var needsComma = false
  /// Where full buffers go when the output is streamed to a file; nil keeps everything in `bytes`.
  private var sink: ((UnsafeBufferPointer<UInt8>) throws -> Void)?
  private var flushed = 0
  private(set) var failure: Error?
  private static let flushSize = 1 << 20

  init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  /// A writer that hands its bytes to `sink` a megabyte at a time, so that writing a large
  /// board never holds the whole file in memory.
  init(streamingTo sink: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void, startingAt offset: Int = 0) {
    self.sink = sink
    flushed = offset
    bytes.reserveCapacity(Self.flushSize + (1 << 16))
  }

  /// The offset of the next byte in the whole output.
  var offset: Int { flushed + bytes.count }

  /// Hands what is buffered to the sink (for a streaming writer).
  mutating func flush() {
    guard let sink, !bytes.isEmpty else { return }
    if failure == nil {
      do {
        try bytes.withUnsafeBufferPointer { try sink($0) }
      } catch {
        failure = error
      }
    }
    flushed += bytes.count
    bytes.removeAll(keepingCapacity: true)
  }

  @inline(__always) private mutating func flushIfFull() {
    if sink != nil && bytes.count >= Self.flushSize { flush() }
  }

  mutating func raw(_ s: StaticString) {
    s.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  private mutating func separate() {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
  }

  mutating func object(_ body: (inout JSONWriter) -> Void) {
    container(UInt8(ascii: "{"), body, UInt8(ascii: "}"))
    flushIfFull()
  }

  mutating func array(_ body: (inout JSONWriter) -> Void) { container(UInt8(ascii: "["), body, UInt8(ascii: "]")) }

  private mutating func container(_ open: UInt8, _ body: (inout JSONWriter) -> Void, _ close: UInt8) {
    separate()
    bytes.append(open)
    needsComma = false
    body(&self)
    bytes.append(close)
    needsComma = true
  }

  /// Writes `"key":` ready for its value.
  mutating func key(_ k: StaticString) {
    separate()
    bytes.append(UInt8(ascii: "\""))
    raw(k)
    bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    needsComma = false
  }

  /// `"key":` and the value, left out when there is none (how the snapshot writes an absent
  /// optional).
  @inline(__always) mutating func entry<T>(_ k: StaticString, _ value: T?, _ write: (inout JSONWriter, T) -> Void) {
    guard let value else { return }
    key(k)
    write(&self, value)
  }

  /// `"key":"text"`, left out for an empty text.
  mutating func entry(_ k: StaticString, nonEmpty text: String) {
    if !text.isEmpty {
      key(k)
      string(text)
    }
  }

  mutating func key(_ k: String) {
    string(k)
    bytes.append(UInt8(ascii: ":"))
    needsComma = false
  }

  mutating func string(_ s: String) {
    separate()
    bytes.append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { utf8 in
      var runStart = 0
      for (k, c) in utf8.enumerated() where c < 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<k]))
        switch c {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        default:
          let hex: [UInt8] = Array("0123456789abcdef".utf8)
          bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]])
        }
        runStart = k + 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
    bytes.append(UInt8(ascii: "\""))
    needsComma = true
  }

  /// Any whole number the records hold, `Int64.min` included (its magnitude does not fit an
  /// Int64, so the digits come from the UInt64 magnitude).
  mutating func int<I: BinaryInteger>(_ n: I) {
    separate()
    if n == 0 {
      bytes.append(0x30)
    } else {
      if n < 0 { bytes.append(UInt8(ascii: "-")) }
      var v = UInt64(n.magnitude)
      var digits:
        (
          UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
          UInt8, UInt8, UInt8, UInt8, UInt8
        ) =
          (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
      var count = 0
      withUnsafeMutableBytes(of: &digits) { d in
        while v > 0 {
          d[count] = UInt8(v % 10) + 0x30
          v /= 10
          count += 1
        }
        for k in stride(from: count - 1, through: 0, by: -1) { bytes.append(d[k]) }
      }
    }
    needsComma = true
  }

  mutating func double(_ d: Double) {
    if d.isFinite, d == d.rounded(), abs(d) < 1e15 {
      int(Int64(d))
    } else {
      separate()
      bytes.append(contentsOf: Array((d.isFinite ? "\(d)" : "0").utf8))
      needsComma = true
    }
  }

  mutating func bool(_ b: Bool) {
    separate()
    if b { raw("true") } else { raw("false") }
    needsComma = true
  }

  mutating func timestamp(_ t: Timestamp) { string(t.description) }
  mutating func day(_ d: Day) { string(d.description) }
  mutating func strings(_ list: [String]) { array { w in for s in list { w.string(s) } } }
  mutating func ints(_ list: [Int]) { array { w in for n in list { w.int(n) } } }
  mutating func choice<T: RawRepresentable>(_ v: T) where T.RawValue == String { string(v.rawValue) }
}
