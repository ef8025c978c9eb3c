import Foundation

/// The snapshot file: one JSON object whose first fields are a fixed header
///
///     {"format":"fabriek-board","version":1,"length":      1234,"crc32":"0a1b2c3d",
///      "layout":[   310,  9120, 20480,   21,   40,   52,  130],"journalSeq":7,"board":{…}}
///
/// (on one line). `length` is the whole file's size and `crc32` the checksum of the whole
/// file with its eight digits read as `00000000`, so a truncation or a flipped byte anywhere,
/// header included, is caught before anything is decoded. `layout` gives the byte offsets of
/// the ideas array (its start, a split point between two ideas, its end), the number of
/// ideas before the split and the numbers of ideas, people and history lines, so that two
/// threads can read the ideas at once into storage reserved at the right size. Numbers the writer fills in afterwards are padded with
/// spaces, which JSON allows, so every other tool still reads the file as plain JSON.
public enum SnapshotCodec {
  public static let format = "fabriek-board"
  public static let currentVersion = 2
  static let prefix = Array("{\"format\":\"fabriek-board\",\"version\":".utf8)
  static let numberWidth = 20

  /// The snapshot in memory (for small boards and tests).
  public static func encode(_ board: Board, journalSeq: Int) throws(StoreError) -> [UInt8] {
    let headerLength = header(length: 0, layout: SnapshotLayout(), journalSeq: journalSeq).count
    var w = JSONWriter(capacity: 1 << 16)
    w.bytes = [UInt8](repeating: 0x20, count: headerLength)
    let layout = board.writeJSON(to: &w)
    w.bytes += Array("}\n".utf8)
    var bytes = w.bytes
    let head = header(length: bytes.count, layout: layout, journalSeq: journalSeq)
    bytes.replaceSubrange(0..<headerLength, with: head)
    let crc = Array(CRC32.hex(CRC32.checksum(bytes)).utf8)
    if let at = crcRange(in: bytes) { bytes.replaceSubrange(at, with: crc) }
    return bytes
  }

  /// Streams the snapshot into `fd` a megabyte at a time, so that writing never holds the
  /// whole file in memory, then writes the header, whose checksum covers everything.
  public static func write(
    _ board: Board, journalSeq: Int, to fd: Int32, fs: FileSystem
  ) throws(IOError) {
    let blank = header(length: 0, layout: SnapshotLayout(), journalSeq: journalSeq)
    try fs.writeAll(fd, blank)
    var bodyCRC: UInt32 = 0
    var bodyLength = 0
    var w = JSONWriter(
      streamingTo: { chunk in
        bodyCRC = CRC32.checksum(UnsafeRawBufferPointer(chunk), seed: bodyCRC)
        bodyLength += chunk.count
        try fs.writeAll(fd, UnsafeRawBufferPointer(chunk))
      }, startingAt: blank.count)
    let layout = board.writeJSON(to: &w)
    w.raw("}\n")
    w.flush()
    if let failure = w.failure as? IOError { throw failure }
    var head = header(length: blank.count + bodyLength, layout: layout, journalSeq: journalSeq)
    let crc = CRC32.combine(CRC32.checksum(head), bodyCRC, lengthB: bodyLength)
    if let at = crcRange(in: head) { head.replaceSubrange(at, with: Array(CRC32.hex(crc).utf8)) }
    try fs.writeAll(fd, head, at: 0)
  }

  /// The header with its numbers filled in and the checksum as zeros.
  static func header(length: Int, layout: SnapshotLayout, journalSeq: Int) -> [UInt8] {
    var bytes = Array("{\"format\":\"\(format)\",\"version\":\(currentVersion),\"length\":".utf8)
    append(length, to: &bytes)
    bytes += Array(",\"crc32\":\"00000000\",\"layout\":[".utf8)
    for (k, n) in layout.numbers.enumerated() {
      if k > 0 { bytes.append(UInt8(ascii: ",")) }
      append(n, to: &bytes)
    }
    bytes += Array("],\"journalSeq\":\(journalSeq),\"board\":".utf8)
    return bytes
  }

  /// A number right-aligned in a field of spaces, so the header's length never changes.
  private static func append(_ n: Int, to bytes: inout [UInt8]) {
    let digits = Array(String(n).utf8)
    bytes += [UInt8](repeating: 0x20, count: max(0, numberWidth - digits.count)) + digits
  }

  /// What the header says, checked against the bytes; throws on any mismatch.
  public static func verify(_ bytes: [UInt8], path: String) throws(StoreError) -> (version: Int, length: Int) {
    try verify(FileBytes(copying: bytes), path: path)
  }

  public static func verify(_ file: FileBytes, path: String) throws(StoreError) -> (version: Int, length: Int) {
    let header = try checkHeader(file.buffer, path: path)
    try checkSum(file, header, path: path)
    return (header.version, header.length)
  }

  /// Reads a snapshot just written and compares it with the board it was written from:
  /// checksum, change number, and every record (ideas one at a time, so that checking never
  /// holds a second copy of the ideas). Throws `.damaged` naming the first difference.
  static func verify(_ file: FileBytes, path: String, matches board: Board, journalSeq: Int) throws(StoreError) {
    let header = try checkHeader(file.buffer, path: path)
    try checkSum(file, header, path: path)
    var r = JSONReader(file.buffer)
    r.releaser = file
    var seq: Int?
    var read: Board?
    var count = (ideas: 0, people: 0, history: 0)
    var difference: String?
    func differs(_ what: String) { if difference == nil { difference = what } }
    let visitor = Board.RecordVisitor(
      idea: { idea in
        count.ideas += 1
        if board.ideas[idea.id] != idea {
          differs(
            board.ideas[idea.id] == nil
              ? tr("snapshot.ideaNotOnBoard", ["code": idea.code]) : tr("snapshot.ideaDiffers", ["code": idea.code]))
        }
      },
      person: { person in
        count.people += 1
        if board.people[person.id] != person { differs(tr("snapshot.partDiffers", ["part": tr("snapshot.part.people")])) }
      },
      history: { index, entry in
        count.history += 1
        if index >= board.history.count || board.history[index] != entry { differs(tr("snapshot.partDiffers", ["part": tr("snapshot.part.history")])) }
      })
    do {
      try r.object { r, key in
        switch key {
        case "journalSeq": seq = try r.int()
        case "board": read = try Board(json: &r, visitor: visitor)
        default: try r.skip()
        }
      }
    } catch {
      throw .damaged(path: path, detail: tr("snapshot.doesNotReadBack", ["why": describe(error)]))
    }
    guard let read else { throw .damaged(path: path, detail: tr("snapshot.holdsNoBoard")) }
    if seq != journalSeq {
      throw .damaged(
        path: path, detail: tr("snapshot.wrongChange", ["seq": String(seq ?? -1), "expected": String(journalSeq)]))
    }
    if let difference { throw .damaged(path: path, detail: difference) }
    if count.ideas != board.ideas.count {
      throw .damaged(
        path: path,
        detail: tr(
          "snapshot.wrongCount", ["count": CoreText.number(count.ideas), "expected": CoreText.number(board.ideas.count)]))
    }
    let parts: [(String, Bool)] = [
      ("snapshot.part.people", count.people == board.people.count),
      ("snapshot.part.sessions", read.sessions == board.sessions),
      ("snapshot.part.history", count.history == board.history.count),
      ("snapshot.part.columns", read.columns == board.columns),
      ("snapshot.part.stages", read.stages == board.stages), ("snapshot.part.rubric", read.rubric == board.rubric),
      ("snapshot.part.name", read.name == board.name),
      ("snapshot.part.importProfiles", read.importProfiles == board.importProfiles),
      ("snapshot.part.erasures", read.erasures == board.erasures),
      ("snapshot.part.views", read.views == board.views),
      ("snapshot.part.matches", read.matches == board.matches),
      ("snapshot.part.matchWeights", read.matchWeights == board.matchWeights),
      ("snapshot.part.exitSettings", read.exitSettings == board.exitSettings),
    ]
    if let (what, _) = parts.first(where: { !$0.1 }) {
      throw .damaged(path: path, detail: tr("snapshot.partDiffers", ["part": tr(what)]))
    }
  }

  struct Header: Sendable {
    var version: Int
    var length: Int
    var crcStart: Int
    var stored: UInt32
  }

  /// The header's fields, and the file's length against the one it states.
  static func checkHeader(_ bytes: UnsafeBufferPointer<UInt8>, path: String) throws(StoreError) -> Header {
    guard bytes.starts(with: prefix) else {
      if bytes.isEmpty { throw .damaged(path: path, detail: tr("snapshot.empty")) }
      throw .notABoard(path: path)
    }
    var i = prefix.count
    guard let version = number(bytes, &i), expect(bytes, &i, ",\"length\":"), let length = number(bytes, &i),
      expect(bytes, &i, ",\"crc32\":\"")
    else { throw .damaged(path: path, detail: tr("snapshot.headerDamaged")) }
    guard i + 8 <= bytes.count, let stored = CRC32.parseHex(bytes[i..<(i + 8)]) else {
      throw .damaged(path: path, detail: tr("snapshot.checksumDamaged"))
    }
    if bytes.count != length {
      let extent =
        bytes.count < length
        ? tr("snapshot.cutOff", ["at": String(bytes.count), "length": String(length)])
        : tr("snapshot.tooLong", ["extra": String(bytes.count - length)])
      throw .damaged(path: path, detail: extent)
    }
    return Header(version: version, length: length, crcStart: i, stored: stored)
  }

  /// Checks the whole file's CRC-32, four megabytes at a time, handing pages back as it goes.
  static func checkSum(_ file: FileBytes, _ h: Header, path: String) throws(StoreError) {
    let b = file.buffer
    var crc = CRC32.checksum(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: b[..<h.crcStart])))
    crc = CRC32.checksum(Array("00000000".utf8), seed: crc)
    var at = h.crcStart + 8
    while at < b.count {
      let end = min(b.count, at + (1 << 22))
      crc = CRC32.checksum(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: b[at..<end])), seed: crc)
      file.release(at..<end)
      at = end
    }
    if crc != h.stored {
      throw .damaged(
        path: path,
        detail: tr("snapshot.checksumMismatch", ["found": CRC32.hex(crc), "stored": CRC32.hex(h.stored)]))
    }
  }

  public static func decode(_ bytes: [UInt8], path: String) throws(StoreError) -> (board: Board, journalSeq: Int) {
    try decode(FileBytes(copying: bytes), path: path)
  }

  /// Decodes a snapshot of this or an older version, checking it first.
  public static func decode(_ file: FileBytes, path: String) throws(StoreError) -> (board: Board, journalSeq: Int) {
    let bytes = file.buffer
    if !bytes.starts(with: prefix), !bytes.isEmpty, let legacy = Migration.legacyVersion(file.array) {
      if legacy >= currentVersion { throw .newerVersion(path: path, version: legacy) }
      do {
        return try Migration.migrate(file.array, from: legacy)
      } catch StoreError.damaged(_, let detail) {
        throw .damaged(path: path, detail: detail)
      } catch {
        throw .damaged(
          path: path, detail: tr("snapshot.oldUnreadable", ["version": String(legacy), "why": describe(error)]))
      }
    }
    let header = try checkHeader(bytes, path: path)
    if header.version != currentVersion {
      try checkSum(file, header, path: path)
      if header.version > currentVersion { throw .newerVersion(path: path, version: header.version) }
      do {
        return try Migration.migrate(file.array, from: header.version)
      } catch {
        throw .damaged(
          path: path, detail: tr("snapshot.oldUnreadable", ["version": String(header.version), "why": describe(error)]))
      }
    }
    // The checksum is computed on another core while the board is read; a board read from
    // damaged bytes is thrown away (the reader is bounds-checked, so it cannot go astray).
    let sum = ChecksumJob(file, header, path: path)
    do {
      let result = try read(file)
      try sum.result()
      return result
    } catch let e as StoreError {
      try sum.result()
      throw e
    } catch {
      try sum.result()
      throw .damaged(
        path: path, detail: tr("snapshot.invalidContents", ["why": describe(error)]))
    }
  }

  /// Reads the verified file's fields: the header again, the journal position and the board.
  static func read(_ file: FileBytes) throws -> (board: Board, journalSeq: Int) {
    var r = JSONReader(file.buffer)
    r.releaser = file
    var board: Board?
    var seq = 0
    var layout: SnapshotLayout?
    try r.object { r, key in
      switch key {
      case "journalSeq": seq = try r.int()
      case "layout": layout = SnapshotLayout(numbers: try r.ints())
      case "board": board = try Board(json: &r, layout: layout)
      default: try r.skip()
      }
    }
    guard let board else { throw r.failure(tr("json.noBoard")) }
    return (board, seq)
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

  private static func number(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Int? {
    var n = 0
    while i < b.count, b[i] == 0x20, i < numberWidth + 64 { i += 1 }
    let start = i
    while i < b.count, b[i] >= 48, b[i] <= 57 {
      let (times10, o1) = n.multipliedReportingOverflow(by: 10)
      let (sum, o2) = times10.addingReportingOverflow(Int(b[i] - 48))
      if o1 || o2 { return nil }
      n = sum
      i += 1
    }
    return i > start ? n : nil
  }

  private static func expect(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ text: String) -> Bool {
    let t = Array(text.utf8)
    guard i + t.count <= b.count, b[i..<(i + t.count)].elementsEqual(t) else { return false }
    i += t.count
    return true
  }

  static func describe(_ error: Error) -> String {
    switch error {
    case DecodingError.dataCorrupted(let c), DecodingError.typeMismatch(_, let c),
      DecodingError.valueNotFound(_, let c):
      return c.debugDescription + at(c.codingPath)
    case DecodingError.keyNotFound(let key, let c):
      return tr("snapshot.keyMissing", ["key": key.stringValue]) + at(c.codingPath)
    default:
      return "\(error)"
    }
  }

  private static func at(_ path: [CodingKey]) -> String {
    path.isEmpty
      ? "" : tr("snapshot.at") + path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
  }
}

/// Verifies a snapshot's checksum on a background thread.
final class ChecksumJob: @unchecked Sendable {
  private let finished = DispatchSemaphore(value: 0)
  private var failure: StoreError?
  private var waited = false

  init(_ file: FileBytes, _ header: SnapshotCodec.Header, path: String) {
    DispatchQueue.global(qos: .userInitiated).async { [self] in
      do throws(StoreError) {
        try SnapshotCodec.checkSum(file, header, path: path)
      } catch {
        failure = error
      }
      finished.signal()
    }
  }

  func result() throws(StoreError) {
    if !waited { finished.wait() }
    waited = true
    if let failure { throw failure }
  }
}

/// Where things are in a snapshot and how many there are, from its header.
struct SnapshotLayout: Hashable, Sendable {
  var ideasStart = 0
  var ideasSplit = 0
  var ideasEnd = 0
  var ideasBeforeSplit = 0
  var ideas = 0
  var people = 0
  var history = 0

  init() {}

  init?(numbers n: [Int]) {
    guard n.count == 7, n.allSatisfy({ $0 >= 0 && $0 < 1 << 40 }) else { return nil }
    (ideasStart, ideasSplit, ideasEnd, ideasBeforeSplit, ideas, people, history) = (
      n[0], n[1], n[2], n[3], n[4], n[5], n[6]
    )
  }

  var numbers: [Int] { [ideasStart, ideasSplit, ideasEnd, ideasBeforeSplit, ideas, people, history] }
}
