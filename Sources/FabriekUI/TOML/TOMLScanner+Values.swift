extension TOMLScanner {
  mutating func parseValue() throws(TOMLError) -> TOMLValue {
    skipWhitespace()
    guard let first = peek else { throw error("expected a value after “=” but found the end of the line") }
    switch first {
    case "\"":
      if hasPrefix("\"\"\"") { throw error("multi-line strings are not supported") }
      return .string(try parseBasicString())
    case "'":
      if hasPrefix("'''") { throw error("multi-line strings are not supported") }
      return .string(try parseLiteralString())
    case "{": return .table(try parseInlineTable())
    case "[": throw error("arrays are not supported here")
    case "t", "f": return .boolean(try parseBoolean())
    case "+", "-", "0"..."9": return .integer(try parseInteger())
    default: throw error("expected a value (a quoted string, an integer, true, false or { … }) but found \(found)")
    }
  }

  func hasPrefix(_ text: String) -> Bool {
    let wanted = Array(text.unicodeScalars)
    return scalars(from: 0, count: wanted.count) == wanted
  }

  mutating func parseBasicString() throws(TOMLError) -> String {
    advance()
    var text = String.UnicodeScalarView()
    while let scalar = peek {
      advance()
      switch scalar {
      case "\"": return String(text)
      case "\\": text.append(try parseEscape())
      default:
        if scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F {
          throw error("strings may not contain control characters; write them as escapes such as \\u001B")
        }
        text.append(scalar)
      }
    }
    throw error("this string has no closing quote (\")")
  }

  mutating func parseEscape() throws(TOMLError) -> Unicode.Scalar {
    guard let escape = peek else { throw error("the string ends in the middle of an escape") }
    advance()
    switch escape {
    case "\"": return "\""
    case "\\": return "\\"
    case "n": return "\n"
    case "t": return "\t"
    case "r": return "\r"
    case "b": return "\u{08}"
    case "f": return "\u{0C}"
    case "u", "U":
      let count = escape == "u" ? 4 : 8
      let digits = String(String.UnicodeScalarView(scalars(from: 0, count: count)))
      guard digits.unicodeScalars.count == count, let value = UInt32(digits, radix: 16),
        let scalar = Unicode.Scalar(value)
      else { throw error("“\\\(escape)” must be followed by \(count) hex digits of a Unicode scalar") }
      for _ in 0..<count { advance() }
      return scalar
    default: throw error("unknown escape “\\\(escape)” in a string")
    }
  }

  mutating func parseLiteralString() throws(TOMLError) -> String {
    advance()
    var text = String.UnicodeScalarView()
    while let scalar = peek {
      advance()
      if scalar == "'" { return String(text) }
      if scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F {
        throw error("strings may not contain control characters")
      }
      text.append(scalar)
    }
    throw error("this string has no closing quote (')")
  }

  mutating func parseBoolean() throws(TOMLError) -> Bool {
    let word = parseWord()
    switch word {
    case "true": return true
    case "false": return false
    default: throw error("expected true or false but found “\(word)”")
    }
  }

  mutating func parseInteger() throws(TOMLError) -> Int {
    let word = parseWord()
    if word.contains(where: { ".eE:".contains($0) }) && !word.hasPrefix("0x") {
      throw error("“\(word)” is not an integer; floats and dates are not supported")
    }
    let negative = word.hasPrefix("-")
    var digits = Substring(word)
    if negative || word.hasPrefix("+") { digits = digits.dropFirst() }
    let hex = digits.hasPrefix("0x")
    if hex { digits = digits.dropFirst(2) }
    let wellFormed =
      !digits.isEmpty && digits.first != "_" && digits.last != "_" && !digits.contains("__")
      && (hex || digits == "0" || digits.first != "0") && !(hex && (negative || word.hasPrefix("+")))
    guard wellFormed, let magnitude = Int(digits.filter { $0 != "_" }, radix: hex ? 16 : 10) else {
      throw error("“\(word)” is not a valid integer")
    }
    return negative ? -magnitude : magnitude
  }

  mutating func parseInlineTable() throws(TOMLError) -> TOMLTable {
    advance()
    var table = TOMLTable()
    skipWhitespace()
    if peek == "}" {
      advance()
      return table
    }
    while true {
      let keys = try parseKeyPath()
      let name = keys.joined(separator: ".")
      try expect("=", after: "key “\(name)”")
      let value = try parseValue()
      try TOMLParser.insert(value, at: keys, in: &table, line: line)
      skipWhitespace()
      guard let next = peek else { throw error("this inline table has no closing “}”") }
      advance()
      if next == "}" { return table }
      guard next == "," else { throw error("expected “,” or “}” after the value of “\(name)” but found “\(next)”") }
      skipWhitespace()
      if peek == "}" { throw error("a trailing comma is not allowed before “}”") }
    }
  }

  /// Letters, digits and the punctuation of numbers, up to a delimiter.
  mutating func parseWord() -> String {
    var word = String.UnicodeScalarView()
    while let scalar = peek, Self.isBareKeyScalar(scalar) || "+.:".unicodeScalars.contains(scalar) {
      word.append(scalar)
      advance()
    }
    return String(word)
  }
}
