import FabriekCore

/// Folds text for search the way `String.searchKey` does (no case, no accents: `Café` → `cafe`),
/// into UTF-8 bytes, fast: ASCII is lower-cased in place and every other scalar is folded once
/// and remembered. Combining marks fold to nothing, so `e` + U+0301 matches `e` too.
struct SearchFold: Sendable {
  private var scalars: [UInt32: [UInt8]] = [:]

  mutating func fold(_ text: String, into bytes: inout [UInt8]) {
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

  mutating func fold(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    fold(text, into: &bytes)
    return bytes
  }
}
