/// Reads the tokens of one line of TOML.
struct TOMLScanner {
  private let scalars: [Unicode.Scalar]
  private var position = 0
  let line: Int

  init(_ text: Substring, line: Int) {
    self.scalars = Array(text.unicodeScalars)
    self.line = line
  }

  var peek: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }
  var isAtEndOfLine: Bool { peek == nil || peek == "#" }

  mutating func advance() { position += 1 }

  /// Up to `count` scalars starting `offset` after the current position.
  func scalars(from offset: Int, count: Int) -> [Unicode.Scalar] {
    let start = min(position + offset, scalars.count)
    return Array(scalars[start..<min(start + count, scalars.count)])
  }

  mutating func skipWhitespace() {
    while let scalar = peek, scalar == " " || scalar == "\t" { advance() }
  }

  func error(_ reason: String) -> TOMLError { TOMLError(line: line, reason: reason) }

  /// What is at the current position, for "found …" in messages.
  var found: String {
    guard let scalar = peek else { return "the end of the line" }
    if scalar.value < 0x20 || scalar.value == 0x7F { return "a control character" }
    return "“\(scalar)”"
  }

  mutating func expect(_ symbol: Unicode.Scalar, after context: String) throws(TOMLError) {
    skipWhitespace()
    guard peek == symbol else { throw error("expected “\(symbol)” after \(context) but found \(found)") }
    advance()
  }

  mutating func expectEndOfLine() throws(TOMLError) {
    skipWhitespace()
    if peek == "#" {
      if scalars[position...].contains(where: { $0.value < 0x20 && $0 != "\t" || $0.value == 0x7F }) {
        throw error("comments may not contain control characters")
      }
      return
    }
    guard peek == nil else { throw error("unexpected \(found) after the value; put one key per line") }
  }

  mutating func parseHeader() throws(TOMLError) -> [String] {
    advance()
    if peek == "[" { throw error("arrays of tables ([[…]]) are not supported") }
    let keys = try parseKeyPath()
    try expect("]", after: "table name “\(keys.joined(separator: "."))”")
    return keys
  }

  mutating func parseKeyPath() throws(TOMLError) -> [String] {
    var keys = [try parseKey()]
    skipWhitespace()
    while peek == "." {
      advance()
      keys.append(try parseKey())
      skipWhitespace()
    }
    return keys
  }

  mutating func parseKey() throws(TOMLError) -> String {
    skipWhitespace()
    if peek == "\"" { return try parseBasicString() }
    if peek == "'" { return try parseLiteralString() }
    var key = String.UnicodeScalarView()
    while let scalar = peek, Self.isBareKeyScalar(scalar) {
      key.append(scalar)
      advance()
    }
    guard !key.isEmpty else { throw error("expected a key but found \(found)") }
    return String(key)
  }

  static func isBareKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "A"..."Z", "a"..."z", "0"..."9", "_", "-": true
    default: false
    }
  }
}
