/// CRC-32 (IEEE 802.3), the board file's checksum. It catches every single-byte error and
/// every burst up to 32 bits, which is what a flipped byte or a torn write looks like.
public enum CRC32 {
  /// Slicing-by-8 tables: eight bytes per step instead of one.
  private static let tables: [[UInt32]] = {
    var t = [[UInt32]](repeating: [UInt32](repeating: 0, count: 256), count: 8)
    for i in 0..<256 {
      var c = UInt32(i)
      for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
      t[0][i] = c
    }
    for i in 0..<256 {
      for k in 1..<8 { t[k][i] = (t[k - 1][i] >> 8) ^ t[0][Int(t[k - 1][i] & 0xFF)] }
    }
    return t
  }()
  private static let flat: [UInt32] = tables.flatMap { $0 }

  public static func checksum<C: Collection>(_ bytes: C, seed: UInt32 = 0) -> UInt32 where C.Element == UInt8 {
    if let crc = bytes.withContiguousStorageIfAvailable({ checksum(UnsafeRawBufferPointer($0), seed: seed) }) {
      return crc
    }
    return checksum(Array(bytes), seed: seed)
  }

  public static func checksum(_ bytes: UnsafeRawBufferPointer, seed: UInt32 = 0) -> UInt32 {
    var crc = ~seed
    flat.withUnsafeBufferPointer { t in
      var i = 0
      let n = bytes.count
      while i + 8 <= n {
        let lo =
          crc ^ (UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24)
        crc =
          t[7 * 256 + Int(lo & 0xFF)] ^ t[6 * 256 + Int((lo >> 8) & 0xFF)] ^ t[5 * 256 + Int((lo >> 16) & 0xFF)]
          ^ t[4 * 256 + Int(lo >> 24)] ^ t[3 * 256 + Int(bytes[i + 4])] ^ t[2 * 256 + Int(bytes[i + 5])]
          ^ t[1 * 256 + Int(bytes[i + 6])] ^ t[Int(bytes[i + 7])]
        i += 8
      }
      while i < n {
        crc = t[Int((crc ^ UInt32(bytes[i])) & 0xFF)] ^ (crc >> 8)
        i += 1
      }
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

extension CRC32 {
  /// The checksum of `a` followed by `b`, from the checksums of each and the length of `b`
  /// (zlib's crc32_combine): lets a streamed file's checksum cover a header written last.
  public static func combine(_ crcA: UInt32, _ crcB: UInt32, lengthB: Int) -> UInt32 {
    guard lengthB > 0 else { return crcA }
    func times(_ mat: [UInt32], _ vec: UInt32) -> UInt32 {
      var sum: UInt32 = 0
      var v = vec
      var i = 0
      while v != 0 {
        if v & 1 != 0 { sum ^= mat[i] }
        v >>= 1
        i += 1
      }
      return sum
    }
    func square(_ mat: [UInt32]) -> [UInt32] { (0..<32).map { times(mat, mat[$0]) } }
    var odd = [UInt32](repeating: 0, count: 32)
    odd[0] = 0xEDB8_8320
    var row: UInt32 = 1
    for n in 1..<32 {
      odd[n] = row
      row <<= 1
    }
    var even = square(odd)
    odd = square(even)
    var crc = crcA
    var len = lengthB
    repeat {
      even = square(odd)
      if len & 1 != 0 { crc = times(even, crc) }
      len >>= 1
      if len == 0 { break }
      odd = square(even)
      if len & 1 != 0 { crc = times(odd, crc) }
      len >>= 1
    } while len != 0
    return crc ^ crcB
  }
}
