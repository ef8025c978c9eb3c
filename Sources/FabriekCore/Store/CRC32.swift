/// CRC-32 (IEEE 802.3), the board file's checksum. It catches every single-byte error and
/// every burst up to 32 bits, which is what a flipped byte or a torn write looks like.
public enum CRC32 {
  private static let table: [UInt32] = (0..<256).map { i -> UInt32 in
    var c = UInt32(i)
    for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
    return c
  }

  public static func checksum<C: Collection>(_ bytes: C, seed: UInt32 = 0) -> UInt32 where C.Element == UInt8 {
    var crc = ~seed
    table.withUnsafeBufferPointer { t in
      for b in bytes { crc = t[Int((crc ^ UInt32(b)) & 0xFF)] ^ (crc >> 8) }
    }
    return ~crc
  }

  public static func checksum(_ bytes: UnsafeRawBufferPointer, seed: UInt32 = 0) -> UInt32 {
    var crc = ~seed
    table.withUnsafeBufferPointer { t in
      for b in bytes { crc = t[Int((crc ^ UInt32(b)) & 0xFF)] ^ (crc >> 8) }
    }
    return ~crc
  }

  /// Eight lower-case hex digits.
  public static func hex(_ v: UInt32) -> String {
    let s = String(v, radix: 16)
    return String(repeating: "0", count: 8 - s.count) + s
  }

  /// Parses exactly eight lower-case hex digits (upper case is refused so that a flipped
  /// case bit cannot go unnoticed).
  public static func parseHex<C: Collection>(_ bytes: C) -> UInt32? where C.Element == UInt8 {
    guard bytes.count == 8 else { return nil }
    var v: UInt32 = 0
    for b in bytes {
      switch b {
      case 48...57: v = v << 4 | UInt32(b - 48)
      case 97...102: v = v << 4 | UInt32(b - 87)
      default: return nil
      }
    }
    return v
  }
}
