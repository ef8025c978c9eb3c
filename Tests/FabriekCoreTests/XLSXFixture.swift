import Foundation
import ZIPFoundation

/// Workbooks for the import tests, written part by part as Excel writes them (content types,
/// relationships, workbook, styles, shared strings, sheets) and zipped with ZIPFoundation.
struct XLSXFixture {
  enum Cell {
    /// A shared string (`t="s"`).
    case text(String)
    /// An inline string (`t="inlineStr"`), as some exporters write.
    case inline(String)
    case number(Double)
    /// A date as a serial number, with a date-and-time number format (style 1, built-in 22).
    case date(Double)
    /// A date as a serial number with a custom format (style 2, `dd/mm/yyyy hh:mm:ss`).
    case customDate(Double)
    /// A date only (style 3, built-in 14).
    case day(Double)
    case bool(Bool)
    case empty
  }

  struct Sheet {
    var name: String
    var rows: [[Cell]]
    var hidden = false
  }

  var sheets: [Sheet]
  var date1904 = false

  func data() throws -> Data {
    var strings: [String] = []
    var index: [String: Int] = [:]
    func shared(_ s: String) -> Int {
      if let i = index[s] { return i }
      index[s] = strings.count
      strings.append(s)
      return strings.count - 1
    }
    var parts: [(String, String)] = []
    for (k, sheet) in sheets.enumerated() {
      var xml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1"/><sheetData>
        """
      for (r, row) in sheet.rows.enumerated() {
        xml += "<row r=\"\(r + 1)\">"
        for (c, cell) in row.enumerated() {
          let ref = Self.column(c) + "\(r + 1)"
          switch cell {
          case .text(let s): xml += "<c r=\"\(ref)\" t=\"s\"><v>\(shared(s))</v></c>"
          case .inline(let s): xml += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(Self.escape(s))</t></is></c>"
          case .number(let n): xml += "<c r=\"\(ref)\"><v>\(Self.number(n))</v></c>"
          case .date(let n): xml += "<c r=\"\(ref)\" s=\"1\"><v>\(n)</v></c>"
          case .customDate(let n): xml += "<c r=\"\(ref)\" s=\"2\"><v>\(n)</v></c>"
          case .day(let n): xml += "<c r=\"\(ref)\" s=\"3\"><v>\(n)</v></c>"
          case .bool(let b): xml += "<c r=\"\(ref)\" t=\"b\"><v>\(b ? 1 : 0)</v></c>"
          case .empty: continue
          }
        }
        xml += "</row>"
      }
      xml += "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>"
      parts.append(("xl/worksheets/sheet\(k + 1).xml", xml))
    }
    var sst = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\(strings.count)" uniqueCount="\(strings.count)">
      """
    for s in strings { sst += "<si><t xml:space=\"preserve\">\(Self.escape(s))</t></si>" }
    sst += "</sst>"
    parts.append(("xl/sharedStrings.xml", sst))
    let sheetList = sheets.enumerated().map { k, s in
      "<sheet name=\"\(Self.escape(s.name))\" sheetId=\"\(k + 1)\"\(s.hidden ? " state=\"hidden\"" : "") r:id=\"rId\(k + 1)\"/>"
    }.joined()
    parts.append((
      "xl/workbook.xml",
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
      xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
      <workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets>\(sheetList)</sheets></workbook>
      """
    ))
    let rels = sheets.indices.map { k in
      "<Relationship Id=\"rId\(k + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(k + 1).xml\"/>"
    }.joined()
    let n = sheets.count
    parts.append((
      "xl/_rels/workbook.xml.rels",
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(rels)\
      <Relationship Id="rId\(n + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
      <Relationship Id="rId\(n + 2)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
      </Relationships>
      """
    ))
    parts.append((
      "xl/styles.xml",
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
      <numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm:ss"/></numFmts>\
      <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
      <cellXfs count="4"><xf numFmtId="0" fontId="0"/><xf numFmtId="22" fontId="0" applyNumberFormat="1"/>\
      <xf numFmtId="164" fontId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="0" applyNumberFormat="1"/></cellXfs>\
      </styleSheet>
      """
    ))
    parts.append((
      "_rels/.rels",
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
      </Relationships>
      """
    ))
    let overrides = sheets.indices.map { k in
      "<Override PartName=\"/xl/worksheets/sheet\(k + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    }.joined()
    parts.insert((
      "[Content_Types].xml",
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
      <Default Extension="xml" ContentType="application/xml"/>\
      <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
      \(overrides)</Types>
      """
    ), at: 0)
    return try Self.zip(parts.map { ($0.0, Data($0.1.utf8)) })
  }

  /// A ZIP archive of these files, deflated.
  static func zip(_ files: [(String, Data)]) throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create)
    for (path, data) in files {
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
        provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
    }
    return archive.data ?? Data()
  }

  /// A number as Excel writes it: `42`, `3.5`, `1E+21`.
  static func number(_ n: Double) -> String {
    if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
    return "\(n)".uppercased()
  }

  static func column(_ i: Int) -> String {
    var n = i + 1
    var s = ""
    while n > 0 {
      s = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + s
      n = (n - 1) / 26
    }
    return s
  }

  static func escape(_ s: String) -> String {
    var out = ""
    for c in s.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\r": out += "_x000D_"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }

  /// An OLE compound file with the given streams in its directory, as Office 97–2003 and
  /// encrypted Office files are: header, one FAT sector, one directory sector.
  static func compoundFile(streams: [String]) -> Data {
    var b = [UInt8](repeating: 0, count: 512 * 3)
    let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    b.replaceSubrange(0..<8, with: signature)
    func put16(_ v: UInt16, _ at: Int) { b[at] = UInt8(v & 0xFF); b[at + 1] = UInt8(v >> 8) }
    func put32(_ v: UInt32, _ at: Int) { for k in 0..<4 { b[at + k] = UInt8((v >> (8 * UInt32(k))) & 0xFF) } }
    put16(0x003E, 0x18)  // minor version
    put16(0x0003, 0x1A)  // major version 3: 512-byte sectors
    put16(0xFFFE, 0x1C)  // little-endian
    put16(9, 0x1E)  // sector shift
    put16(6, 0x20)  // mini sector shift
    put32(1, 0x2C)  // one FAT sector
    put32(1, 0x30)  // the directory starts at sector 1
    put32(0x1000, 0x38)  // mini stream cutoff
    put32(0xFFFF_FFFE, 0x3C)
    put32(0xFFFF_FFFE, 0x44)
    put32(0, 0x4C)  // DIFAT[0]: the FAT is sector 0
    for k in 1..<109 { put32(0xFFFF_FFFF, 0x4C + 4 * k) }
    // FAT (sector 0 at offset 512): sector 0 is the FAT, sector 1 the end of the directory chain.
    put32(0xFFFF_FFFD, 512)
    put32(0xFFFF_FFFE, 516)
    for k in 2..<128 { put32(0xFFFF_FFFF, 512 + 4 * k) }
    // Directory (sector 1 at offset 1024): the root and the streams, four 128-byte entries a sector.
    for (k, name) in (["Root Entry"] + streams).prefix(4).enumerated() {
      let at = 1024 + 128 * k
      for (j, u) in name.utf16.enumerated() { put16(u, at + 2 * j) }
      put16(UInt16((name.utf16.count + 1) * 2), at + 64)
      b[at + 66] = k == 0 ? 5 : 2
    }
    return Data(b)
  }
}
