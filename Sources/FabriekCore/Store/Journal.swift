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
/// each line with the CRC-32 of its JSON. Bytes after the last newline are a write that was
/// under way when the process died (it was never reported committed) and are ignored; a
/// complete line that fails its checksum is damage.
public enum JournalCodec {
  public struct Parsed: Sendable {
    public var entries: [JournalEntry] = []
    /// Offset just after the last good line.
    public var goodEnd: Int = 0
    /// Bytes after `goodEnd`: an interrupted write.
    public var tornTail: Bool = false
  }

  public static func line(_ entry: JournalEntry) throws(StoreError) -> [UInt8] {
    let json: Data
    do {
      json = try SnapshotCodec.encoder().encode(entry)
    } catch {
      throw .internalFailure("could not encode a change: \(error)")
    }
    return Array(CRC32.hex(CRC32.checksum(json)).utf8) + [0x20] + Array(json) + [0x0A]
  }

  /// Parses `bytes`, which start at file offset `base`.
  public static func parse(_ bytes: [UInt8], base: Int, path: String) throws(StoreError) -> Parsed {
    var out = Parsed()
    out.goodEnd = base
    var start = 0
    let decoder = JSONDecoder()
    while start < bytes.count {
      guard let nl = bytes[start...].firstIndex(of: 0x0A) else {
        out.tornTail = true
        break
      }
      let lineBytes = bytes[start..<nl]
      var entry: JournalEntry?
      if lineBytes.count > 9, lineBytes[start + 8] == 0x20, let crc = CRC32.parseHex(lineBytes[start..<(start + 8)]) {
        let json = lineBytes[(start + 9)...]
        if CRC32.checksum(json) == crc { entry = try? decoder.decode(JournalEntry.self, from: Data(json)) }
      }
      guard let e = entry else {
        // A complete line that fails its checksum is damage, even at the end: a write cut
        // short by a dying process leaves a line without its newline.
        throw .damaged(path: path, detail: "the change recorded at byte \(base + start) is garbled")
      }
      if let last = out.entries.last, e.seq != last.seq + 1 {
        throw .damaged(path: path, detail: "change \(e.seq) at byte \(base + start) follows change \(last.seq)")
      }
      out.entries.append(e)
      start = nl + 1
      out.goodEnd = base + start
    }
    return out
  }
}
