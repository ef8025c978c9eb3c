/// The cells of one worksheet (`xl/worksheets/sheetN.xml`) as rows of text: shared strings
/// (`t="s"`) looked up, inline strings (`t="inlineStr"`) and formula strings (`t="str"`) as
/// written, booleans as TRUE and FALSE, numbers as written, and numbers whose cell has a date
/// format (`XLSXStyles`) as the date and time they stand for (`XLSXDate`). Rows and cells are
/// placed by their references (`r="C7"`), so the gaps Excel leaves for empty cells stay empty
/// and a record's `line` is the row number the spreadsheet shows.
enum XLSXSheet {
  static func rows(
    _ bytes: UnsafeBufferPointer<UInt8>, strings: [String], styles: XLSXStyles, date1904: Bool
  ) throws(XMLScanner.Failure) -> [CSVDocument.Record] {
    var x = XMLScanner(bytes)
    var records: [CSVDocument.Record] = []
    var row: [String] = []
    var rowNumber = 0
    var inRow = false
    var column = 0
    /// Where a cell without a reference goes: after the one before it.
    var nextColumn = 0
    var type = Kind.number
    var style = 0
    var value = ""
    var inValue = false
    var inInline = false
    var inPhonetic = false
    var inCell = false
    var hasValue = false
    while let token = try x.next() {
      switch token {
      case .start(let name, let attributes, let selfClosing):
        if x.name(name, is: "c") {
          column = x.attribute("r", in: attributes).map { reference(x, $0) } ?? nextColumn
          nextColumn = column + 1
          type = Kind(x.attribute("t", in: attributes).map { x.raw($0) } ?? "n")
          style = x.intAttribute("s", in: attributes) ?? 0
          value = ""
          hasValue = false
          inCell = !selfClosing
        } else if inCell && (x.name(name, is: "v") || (inInline && !inPhonetic && x.name(name, is: "t"))) {
          inValue = !selfClosing
          hasValue = true
        } else if inCell && x.name(name, is: "is") {
          inInline = !selfClosing
        } else if x.name(name, is: "rPh") {
          inPhonetic = !selfClosing
        } else if x.name(name, is: "row") {
          let n = x.intAttribute("r", in: attributes) ?? (rowNumber + 1)
          rowNumber = max(n, rowNumber + 1)
          row = []
          nextColumn = 0
          inRow = !selfClosing
        }
      case .end(let name):
        if x.name(name, is: "v") || x.name(name, is: "t") {
          inValue = false
        } else if x.name(name, is: "is") {
          inInline = false
        } else if x.name(name, is: "rPh") {
          inPhonetic = false
        } else if x.name(name, is: "c") {
          inCell = false
          guard hasValue, inRow, column < 16_384 else { continue }
          let text = cell(value, type: type, style: style, strings: strings, styles: styles, date1904: date1904)
          if !text.isEmpty {
            if row.count <= column { row += [String](repeating: "", count: column + 1 - row.count) }
            row[column] = text
          }
        } else if x.name(name, is: "row") {
          inRow = false
          if row.contains(where: { !$0.isEmpty }) { records.append(CSVDocument.Record(line: rowNumber, fields: row)) }
        } else if x.name(name, is: "sheetData") {
          return records
        }
      case .text(let r):
        if inValue { value += x.decoded(r) }
      case .cdata(let r):
        if inValue { value += x.raw(r) }
      }
    }
    return records
  }

  enum Kind {
    case number, shared, inline, string, boolean, error, date
    init(_ t: String) {
      switch t {
      case "s": self = .shared
      case "inlineStr": self = .inline
      case "str": self = .string
      case "b": self = .boolean
      case "e": self = .error
      case "d": self = .date
      default: self = .number
      }
    }
  }

  static func cell(
    _ value: String, type: Kind, style: Int, strings: [String], styles: XLSXStyles, date1904: Bool
  ) -> String {
    switch type {
    case .shared:
      guard let i = Int(value.trimmingCharactersInWhitespace()), strings.indices.contains(i) else { return "" }
      return strings[i]
    case .inline, .string: return text(value)
    case .boolean: return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value
    case .error, .date: return value
    case .number:
      let v = value.trimmingCharactersInWhitespace()
      if styles.isDate(style), let serial = Double(v) {
        return XLSXDate.text(serial: serial, date1904: date1904, withTime: styles.hasTime(style)) ?? v
      }
      return v
    }
  }

  /// A string as the workbook stores it, as text: `_x000D_` and the other `_xHHHH_` escapes
  /// (for characters XML cannot hold) resolved, `_x005F_` being an underscore, and line
  /// breaks as LF.
  static func text(_ s: String) -> String {
    var t = s
    if t.contains("_x") {
      var out = ""
      var rest = Substring(t)
      while let r = rest.range(of: "_x") {
        out += rest[..<r.lowerBound]
        let after = rest[r.upperBound...]
        let hex = after.prefix(4)
        if hex.count == 4, after.dropFirst(4).first == "_", let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v) {
          out.unicodeScalars.append(u)
          rest = after.dropFirst(5)
        } else {
          out += "_x"
          rest = after
        }
      }
      out += rest
      t = out
    }
    if t.contains("\r") { t = CSVCell.lineFeeds(t) }
    return t
  }

  /// The column of a cell reference (`C7` → 2); the reference's letters, A to XFD.
  static func reference(_ x: XMLScanner, _ r: Range<Int>) -> Int {
    var n = 0
    for k in r {
      let c = x.b[k]
      guard c >= 0x41, c <= 0x5A else { break }
      n = n * 26 + Int(c - 0x40)
    }
    return max(0, n - 1)
  }

  /// A column's letters as the spreadsheet shows them (0 → A, 27 → AB).
  static func columnName(_ index: Int) -> String {
    var n = index + 1
    var letters: [Character] = []
    while n > 0 {
      let r = (n - 1) % 26
      letters.insert(Character(Unicode.Scalar(UInt8(65 + r))), at: 0)
      n = (n - 1) / 26
    }
    return String(letters)
  }

  /// The text of each shared string (`xl/sharedStrings.xml`): the runs of rich text joined,
  /// phonetic guides (`rPh`) left out.
  static func sharedStrings(_ bytes: UnsafeBufferPointer<UInt8>) throws(XMLScanner.Failure) -> [String] {
    var x = XMLScanner(bytes)
    var strings: [String] = []
    var current = ""
    var inItem = false
    var inText = false
    var inPhonetic = false
    while let token = try x.next() {
      switch token {
      case .start(let name, let attributes, let selfClosing):
        if x.name(name, is: "si") {
          current = ""
          inItem = true
          if selfClosing {
            strings.append("")
            inItem = false
          }
        } else if x.name(name, is: "t") {
          inText = inItem && !inPhonetic && !selfClosing
        } else if x.name(name, is: "rPh") {
          inPhonetic = !selfClosing
        } else if x.name(name, is: "sst"), let n = x.intAttribute("uniqueCount", in: attributes) {
          strings.reserveCapacity(min(n, bytes.count / 8))
        }
      case .end(let name):
        if x.name(name, is: "si") {
          strings.append(text(current))
          inItem = false
        } else if x.name(name, is: "t") {
          inText = false
        } else if x.name(name, is: "rPh") {
          inPhonetic = false
        }
      case .text(let r): if inText { current += x.decoded(r) }
      case .cdata(let r): if inText { current += x.raw(r) }
      }
    }
    return strings
  }
}

/// Dates as spreadsheets store them: days since 1899-12-31 in the 1900 date system, counting
/// the 29 February 1900 that never was (Lotus 1-2-3's leap-year bug, kept by Excel: serial 60),
/// so that from serial 61 (1 March 1900) on the day is serial − 25,569 days from 1970-01-01;
/// or days since 1904-01-01 in the 1904 date system. The fraction is the time of day.
enum XLSXDate {
  /// `2026-11-03 09:14:02` (local time, as the spreadsheet showed it), or `2026-11-03` for a
  /// date without a time; nil for a serial outside the years 1900 to 9999.
  static func text(serial: Double, date1904: Bool, withTime: Bool) -> String? {
    guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
    var seconds = Int64((serial * 86_400).rounded())
    let days = seconds / 86_400
    seconds %= 86_400
    let epochDay: Int
    if date1904 {
      epochDay = Int(days) - 24_107
    } else if days >= 61 {
      epochDay = Int(days) - 25_569
    } else if days == 60 {
      // 29 February 1900, which Excel shows and which never was: read as 28 February.
      epochDay = -25_509
    } else {
      epochDay = Int(days) - 25_568
    }
    let day = Day(daysSinceEpoch: epochDay)
    guard withTime || seconds != 0 else { return day.description }
    if days == 0 && serial < 1 { return clock(seconds) }
    return day.description + " " + clock(seconds)
  }

  private static func clock(_ s: Int64) -> String {
    func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(two(s / 3600)):\(two(s / 60 % 60)):\(two(s % 60))"
  }
}
