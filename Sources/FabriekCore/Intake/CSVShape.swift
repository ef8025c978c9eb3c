/// A first pass over a CSV text, byte by byte: which delimiter it uses, how many records it
/// has, and whether its quotes are well formed (RFC 4180: a quoted field ends with a quote
/// followed by a delimiter, a line break or the end of the file).
struct CSVShape {
  static let candidates: [Unicode.Scalar] = ["\t", ";", ","]

  var delimiter: Unicode.Scalar
  var recordCount = 0

  init(_ text: String) throws(ImportError) {
    delimiter = Self.detectDelimiter(text)
    try check(text)
  }

  /// The candidate that occurs most often outside quotes on the first non-blank line (the
  /// header); on a tie, tab before semicolon before comma; comma when there is none.
  static func detectDelimiter(_ text: String) -> Unicode.Scalar {
    var counts = [0, 0, 0]
    var quoted = false
    var started = false
    for b in text.utf8 {
      if !started && (b == 10 || b == 13 || b == 32) { continue }
      started = true
      if b == 34 {
        quoted.toggle()
      } else if !quoted {
        if b == 10 || b == 13 { break }
        if let i = candidates.firstIndex(where: { $0.value == UInt32(b) }) { counts[i] += 1 }
      }
    }
    guard let best = counts.max(), best > 0, let i = counts.firstIndex(of: best) else { return "," }
    return candidates[i]
  }

  private mutating func check(_ text: String) throws(ImportError) {
    let d = UInt8(delimiter.value)
    var line = 1
    var openedOn = 0
    var state = State.fieldStart
    var previous: UInt8 = 0
    var offset = -1
    for b in text.utf8 {
      offset += 1
      if b == 13 || (b == 10 && previous != 13) { line += 1 }
      defer { previous = b }
      switch state {
      case .fieldStart, .unquoted:
        if b == 34 && state == .fieldStart {
          state = .quoted
          openedOn = line
        } else if b == d {
          state = .fieldStart
        } else if b == 10 || b == 13 {
          if !(b == 10 && previous == 13) { recordCount += 1 }
          state = .fieldStart
        } else {
          state = .unquoted
        }
      case .quoted:
        if b == 34 { state = .closing }
      case .closing:
        if b == 34 {
          state = .quoted
        } else if b == d {
          state = .fieldStart
        } else if b == 10 || b == 13 {
          recordCount += 1
          state = .fieldStart
        } else {
          throw .strayQuote(line: line, after: Self.character(in: text, at: offset))
        }
      }
    }
    if state == .quoted { throw .unclosedQuote(line: openedOn) }
    if state != .fieldStart || previous != 10 && previous != 13 { recordCount += 1 }
  }

  private enum State { case fieldStart, unquoted, quoted, closing }

  /// The character that starts at a byte offset, for the message.
  private static func character(in text: String, at offset: Int) -> String {
    let i = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    return text.unicodeScalars[i...].first.map { String($0) } ?? ""
  }
}
