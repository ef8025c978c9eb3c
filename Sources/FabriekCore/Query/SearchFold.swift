import Foundation

/// Folds text for search the way `String.searchKey` does (no case, no accents: `Café` → `cafe`),
/// into UTF-8 bytes, fast: ASCII is lower-cased in place and every other scalar is folded once
/// and remembered. Combining marks fold to nothing, so `e` + U+0301 matches `e` too.
public struct SearchFold: Sendable {
  private var scalars: [UInt32: [UInt8]] = [:]

  public init() {}

  public mutating func fold(_ text: String, into bytes: inout [UInt8]) {
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      let start = bytes.count
      bytes.append(contentsOf: text.utf8)
      for i in start..<bytes.count where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] += 0x20 }
      return
    }
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        let byte = UInt8(value)
        bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
      } else if let folded = scalars[value] {
        bytes.append(contentsOf: folded)
      } else {
        let folded = Array(String(scalar).searchKey.utf8)
        scalars[value] = folded
        bytes.append(contentsOf: folded)
      }
    }
  }

  public mutating func fold(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    fold(text, into: &bytes)
    return bytes
  }

  /// Whether `needle` occurs in `hay`: `memchr` finds each candidate first byte, `memcmp` checks it.
  public static func contains(_ hay: UnsafeRawBufferPointer, _ needle: UnsafeRawBufferPointer) -> Bool {
    guard let hayStart = hay.baseAddress, let needleStart = needle.baseAddress, needle.count <= hay.count else {
      return needle.isEmpty
    }
    let first = Int32(needle[0])
    var offset = 0
    let last = hay.count - needle.count
    while offset <= last {
      guard let found = memchr(hayStart + offset, first, last - offset + 1) else { return false }
      let at = found - UnsafeMutableRawPointer(mutating: hayStart)
      if memcmp(hayStart + at, needleStart, needle.count) == 0 { return true }
      offset = at + 1
    }
    return false
  }
}
