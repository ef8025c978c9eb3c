import Foundation

/// One committed change in the journal, numbered from the board's first change.
public struct JournalEntry: Hashable, Codable, Sendable {
  public var seq: Int
  public var change: Change
}

/// The journal: an append-only file beside the snapshot, one change per line,
///
///     0a1b2c3d {"seq":8,"change":{…}}
///
/// each line with the CRC-32 of its JSON. A line whose checksum is right is a complete change,
/// also when its newline is missing or became a space (it is the last line; the next append
/// writes the newline first). Bytes after the last complete change that start like a line and
/// fail their checksum are a write that was under way when its process died: it was never
/// reported saved, and is copied aside before it is cut off. Anything else — a complete line
/// that fails its checksum, bytes that do not start like a line, a gap in the numbering — is
/// damage, and reading stops there.
public enum JournalCodec {
  /// No change is this long (an import of 100,000 rows is about 100 MB); a line that grows
  /// past it is damage, so a huge file without newlines is never held in memory.
  public static let maxLineBytes = 256 << 20
  static let chunkBytes = 1 << 20

  public struct Parsed: Sendable {
    public var entries: [JournalEntry] = []
    /// Offset just after the last complete change.
    public var goodEnd: Int = 0
    /// The last complete change has no newline after it.
    public var unterminated = false
    /// How many bytes after `goodEnd` are an unfinished write (0 when none).
    public var tornBytes = 0
    /// The first damaged line: where it starts and what is wrong; nothing after it was read.
    public var damage: (offset: Int, detail: String)?
    public var tornTail: Bool { tornBytes > 0 }
  }

  public static func line(_ entry: JournalEntry) throws(StoreError) -> [UInt8] {
    let json: Data
    do {
      json = try SnapshotCodec.encoder().encode(entry)
    } catch {
      throw .internalFailure(tr("journal.cannotEncode", ["why": "\(error)"]))
    }
    return Array(CRC32.hex(CRC32.checksum(json)).utf8) + [0x20] + Array(json) + [0x0A]
  }

  /// Parses `bytes`, which start at file offset `base`; throws at the first damage.
  public static func parse(_ bytes: [UInt8], base: Int, path: String) throws(StoreError) -> Parsed {
    var scanner = Scanner(base: base)
    scanner.feed(bytes[...])
    let parsed = scanner.finish()
    if let d = parsed.damage { throw .damaged(path: path, detail: d.detail) }
    return parsed
  }

  /// Reads the journal open at `fd` from `offset` to `size`, a megabyte at a time; never
  /// throws for damage (see `Parsed.damage`), only when the file cannot be read.
  public static func scan(_ fd: Int32, from offset: Int, size: Int, fs: FileSystem) throws(IOError) -> Parsed {
    var scanner = Scanner(base: offset)
    var at = offset
    while at < size, !scanner.stopped {
      let chunk = try fs.read(fd, from: at, count: min(chunkBytes, size - at))
      if chunk.isEmpty { break }
      scanner.feed(chunk[...])
      at += chunk.count
    }
    return scanner.finish()
  }

  /// The change of one line (without its newline) whose checksum is right, else nil.
  static func entry(line: ArraySlice<UInt8>, decoder: JSONDecoder = JSONDecoder()) -> JournalEntry? {
    let s = line.startIndex
    var end = line.endIndex
    while end > s + 9, line[end - 1] == 0x20 || line[end - 1] == 0x0D { end -= 1 }
    guard end > s + 9, line[s + 8] == 0x20, let crc = CRC32.parseHex(line[s..<(s + 8)]) else { return nil }
    let json = line[(s + 9)..<end]
    guard CRC32.checksum(json) == crc else { return nil }
    return try? decoder.decode(JournalEntry.self, from: Data(json))
  }

  /// Splits bytes into lines as they arrive and checks each.
  struct Scanner {
    var out = Parsed()
    /// The bytes of the line not yet ended, and where it starts in the file.
    var pending: [UInt8] = []
    var lineStart: Int
    var stopped = false
    let decoder = JSONDecoder()

    init(base: Int) {
      lineStart = base
      out.goodEnd = base
    }

    mutating func feed(_ chunk: ArraySlice<UInt8>) {
      var rest = chunk
      while !stopped, !rest.isEmpty {
        if let nl = rest.firstIndex(of: 0x0A) {
          pending += rest[rest.startIndex..<nl]
          rest = rest[(nl + 1)...]
          endLine(length: pending.count + 1)
        } else {
          pending += rest
          rest = []
          if !looksLikeLineStart(pending) {
            damage(tr("journal.notAChange", ["byte": String(lineStart)]))
          } else if pending.count > maxLineBytes {
            damage(tr("journal.lineTooLong", ["byte": String(lineStart)]))
          }
        }
      }
    }

    mutating func finish() -> Parsed {
      if !stopped, !pending.isEmpty {
        if let entry = decode(pending), follows(entry) {
          out.entries.append(entry)
          out.goodEnd = lineStart + pending.count
          out.unterminated = true
        } else if looksLikeLineStart(pending) {
          out.tornBytes = pending.count
        } else {
          damage(tr("journal.notAChange", ["byte": String(lineStart)]))
        }
      }
      return out
    }

    private mutating func endLine(length: Int) {
      if pending.isEmpty {
        // The newline written before a change that followed an unterminated last line.
        lineStart += length
        out.goodEnd = lineStart
        return
      }
      guard let entry = decode(pending) else {
        return damage(tr("journal.garbled", ["byte": String(lineStart)]))
      }
      guard follows(entry) else {
        let last = out.entries.last?.seq ?? 0
        return damage(
          tr("journal.outOfOrder", ["seq": String(entry.seq), "byte": String(lineStart), "last": String(last)]))
      }
      out.entries.append(entry)
      lineStart += length
      out.goodEnd = lineStart
      pending.removeAll(keepingCapacity: true)
    }

    private func follows(_ e: JournalEntry) -> Bool {
      guard let last = out.entries.last else { return true }
      return e.seq == last.seq + 1
    }

    private mutating func damage(_ detail: String) {
      out.damage = (lineStart, detail)
      stopped = true
    }

    /// The checked JSON of a line (trailing spaces and a CR are not part of it).
    private func decode(_ line: [UInt8]) -> JournalEntry? { JournalCodec.entry(line: line[...], decoder: decoder) }

    /// Whether `bytes` could be the beginning of a line: eight hex digits, a space, `{`.
    private func looksLikeLineStart(_ bytes: [UInt8]) -> Bool {
      for (k, b) in bytes.prefix(10).enumerated() {
        switch k {
        case 0..<8:
          if !((48...57).contains(b) || (97...102).contains(b) || (65...70).contains(b)) { return false }
        case 8: if b != 0x20 { return false }
        default: if b != UInt8(ascii: "{") { return false }
        }
      }
      return true
    }
  }
}
