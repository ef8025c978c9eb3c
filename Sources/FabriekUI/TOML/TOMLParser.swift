/// A small, strict parser for the TOML subset fabriek's theme files use: comments, `[table]` and
/// `[dotted.table]` headers, `key = value` and `dotted.key = value` lines, basic and literal
/// strings, decimal and hex integers, booleans and one-line inline tables `{ k = v, … }`.
/// Anything else — arrays, floats, dates, multi-line strings, a key defined twice — is an error
/// naming the line.
public enum TOMLParser {
  public static func parse(_ text: String) throws(TOMLError) -> TOMLTable {
    var root = TOMLTable()
    var currentPath: [String] = []
    var lineNumber = 0
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
      lineNumber += 1
      var scanner = TOMLScanner(line, line: lineNumber)
      scanner.skipWhitespace()
      if scanner.isAtEndOfLine { continue }
      if scanner.peek == "[" {
        currentPath = try scanner.parseHeader()
        try scanner.expectEndOfLine()
        try declareTable(at: currentPath, in: &root, line: lineNumber)
      } else {
        let keys = try scanner.parseKeyPath()
        try scanner.expect("=", after: "key “\(keys.joined(separator: "."))”")
        let value = try scanner.parseValue()
        try scanner.expectEndOfLine()
        try insert(value, at: currentPath + keys, in: &root, line: lineNumber)
      }
    }
    return root
  }

  static func declareTable(at path: [String], in table: inout TOMLTable, line: Int) throws(TOMLError) {
    guard let key = path.first else { return }
    var child = try existingTable(key, in: table, line: line) ?? TOMLTable()
    if path.count == 1 {
      if child.isDeclared {
        throw TOMLError(line: line, reason: "table [\(path.joined(separator: "."))] is defined twice")
      }
      child.isDeclared = true
    } else {
      try declareTable(at: Array(path.dropFirst()), in: &child, line: line)
    }
    table.set(key, .init(value: .table(child), line: table[key]?.line ?? line))
  }

  static func insert(_ value: TOMLValue, at path: [String], in table: inout TOMLTable, line: Int) throws(TOMLError) {
    guard let key = path.first else { return }
    if path.count == 1 {
      if table[key] != nil { throw TOMLError(line: line, reason: "key “\(key)” is defined twice") }
      table.set(key, .init(value: value, line: line))
      return
    }
    var child = try existingTable(key, in: table, line: line) ?? TOMLTable()
    try insert(value, at: Array(path.dropFirst()), in: &child, line: line)
    table.set(key, .init(value: .table(child), line: table[key]?.line ?? line))
  }

  static func existingTable(_ key: String, in table: TOMLTable, line: Int) throws(TOMLError) -> TOMLTable? {
    guard let entry = table[key] else { return nil }
    guard case .table(let child) = entry.value else {
      throw TOMLError(line: line, reason: "key “\(key)” already holds \(entry.value.kindDescription), not a table")
    }
    return child
  }
}
