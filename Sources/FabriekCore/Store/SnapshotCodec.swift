import Foundation

/// The snapshot file: one JSON object whose first fields are a fixed header
///
///     {"format":"fabriek-board","version":1,"length":1234,"crc32":"0a1b2c3d","journalSeq":7,"board":{…}}
///
/// `length` is the whole file's size and `crc32` the checksum of the whole file with the
/// eight checksum digits read as `00000000`, so a truncation or a flipped byte anywhere,
/// header included, is caught before anything is decoded.
public enum SnapshotCodec {
  public static let format = "fabriek-board"
  public static let currentVersion = 1
  static let prefix = Array("{\"format\":\"fabriek-board\",\"version\":".utf8)

  struct File: Codable {
    var format: String
    var version: Int
    var length: Int
    var crc32: String
    var journalSeq: Int
    var board: Board
  }

  public static func encode(_ board: Board, journalSeq: Int) throws(StoreError) -> [UInt8] {
    let body: Data
    do {
      body = try encoder().encode(board)
    } catch {
      throw .internalFailure("could not encode the board: \(error)")
    }
    let tail = "\"journalSeq\":\(journalSeq),\"board\":"
    func header(length: Int) -> String {
      "{\"format\":\"\(format)\",\"version\":\(currentVersion),\"length\":\(length),\"crc32\":\"00000000\","
    }
    var length = 0
    for digits in 1...19 {
      let candidate = header(length: 0).utf8.count - 1 + digits + tail.utf8.count + body.count + 2
      if String(candidate).count == digits {
        length = candidate
        break
      }
    }
    var bytes = Array(header(length: length).utf8) + Array(tail.utf8)
    bytes.reserveCapacity(length)
    bytes += body
    bytes += Array("}\n".utf8)
    let crc = CRC32.hex(CRC32.checksum(bytes))
    if let at = crcRange(in: bytes) { bytes.replaceSubrange(at, with: Array(crc.utf8)) }
    return bytes
  }

  /// What the header says, checked against the bytes; throws on any mismatch.
  public static func verify(_ bytes: [UInt8], path: String) throws(StoreError) -> (version: Int, length: Int) {
    guard bytes.starts(with: prefix) else {
      if bytes.isEmpty { throw .damaged(path: path, detail: "the file is empty") }
      throw .notABoard(path: path)
    }
    var i = prefix.count
    guard let version = number(bytes, &i), expect(bytes, &i, ",\"length\":"), let length = number(bytes, &i),
      expect(bytes, &i, ",\"crc32\":\"")
    else { throw .damaged(path: path, detail: "the header at the start of the file is damaged") }
    let crcStart = i
    guard i + 8 <= bytes.count, let stored = CRC32.parseHex(bytes[i..<(i + 8)]) else {
      throw .damaged(path: path, detail: "the checksum in the header is damaged")
    }
    if bytes.count != length {
      let where_ = bytes.count < length ? "cut off after byte \(bytes.count) of \(length)" : "\(bytes.count - length) bytes longer than its header says"
      throw .damaged(path: path, detail: "the file is \(where_)")
    }
    var crc = CRC32.checksum(bytes[..<crcStart])
    crc = CRC32.checksum(Array("00000000".utf8), seed: crc)
    crc = CRC32.checksum(bytes[(crcStart + 8)...], seed: crc)
    if crc != stored {
      throw .damaged(path: path, detail: "its checksum does not match its contents (\(CRC32.hex(crc)) instead of \(CRC32.hex(stored)))")
    }
    return (version, length)
  }

  /// Decodes a verified snapshot of the current version.
  public static func decode(_ bytes: [UInt8], path: String) throws(StoreError) -> (board: Board, journalSeq: Int) {
    if !bytes.starts(with: prefix), !bytes.isEmpty, let legacy = Migration.legacyVersion(bytes) {
      if legacy >= currentVersion { throw .newerVersion(path: path, version: legacy) }
      do {
        return try Migration.migrate(bytes, from: legacy)
      } catch StoreError.damaged(_, let detail) {
        throw .damaged(path: path, detail: detail)
      } catch {
        throw .damaged(path: path, detail: "it is a version-\(legacy) board that cannot be read (\(describe(error)))")
      }
    }
    let (version, _) = try verify(bytes, path: path)
    if version > currentVersion { throw .newerVersion(path: path, version: version) }
    do {
      if version < currentVersion {
        return try Migration.migrate(bytes, from: version)
      }
      let file = try JSONDecoder().decode(File.self, from: Data(bytes))
      return (file.board, file.journalSeq)
    } catch let e as StoreError {
      throw e
    } catch {
      throw .damaged(path: path, detail: "its checksum is right but its contents are not a valid board (\(describe(error)))")
    }
  }

  static func encoder() -> JSONEncoder {
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return e
  }

  static func crcRange(in bytes: [UInt8]) -> Range<Int>? {
    let key = Array("\"crc32\":\"".utf8)
    guard let start = bytes.firstRange(of: key)?.upperBound else { return nil }
    return start..<(start + 8)
  }

  private static func number(_ b: [UInt8], _ i: inout Int) -> Int? {
    var n = 0
    let start = i
    while i < b.count, b[i] >= 48, b[i] <= 57, i - start < 19 {
      n = n * 10 + Int(b[i] - 48)
      i += 1
    }
    return i > start ? n : nil
  }

  private static func expect(_ b: [UInt8], _ i: inout Int, _ text: String) -> Bool {
    let t = Array(text.utf8)
    guard i + t.count <= b.count, Array(b[i..<(i + t.count)]) == t else { return false }
    i += t.count
    return true
  }

  static func describe(_ error: Error) -> String {
    switch error {
    case DecodingError.dataCorrupted(let c), DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
      return c.debugDescription + at(c.codingPath)
    case DecodingError.keyNotFound(let key, let c):
      return "“\(key.stringValue)” is missing" + at(c.codingPath)
    default:
      return "\(error)"
    }
  }

  private static func at(_ path: [CodingKey]) -> String {
    path.isEmpty ? "" : " at " + path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
  }
}
