import Foundation
import SWXMLHash
import ZIPFoundation

/// An Excel workbook (.xlsx, and what Microsoft Forms, Google Sheets and LibreOffice export as
/// one): a ZIP archive (read with ZIPFoundation) whose `xl/workbook.xml` lists the sheets, with
/// `xl/_rels/workbook.xml.rels` saying which part holds each. The small parts — workbook,
/// relationships, styles — are read with SWXMLHash; the sheet and the shared strings, which
/// hold every cell, with `XMLScanner`.
struct XLSXWorkbook {
  private let archive: Archive
  var sheets: [(name: String, path: String, hidden: Bool)] = []
  var date1904 = false
  var sharedStringsPath = "xl/sharedStrings.xml"
  var stylesPath = "xl/styles.xml"

  /// No part of a workbook of candidates is anywhere near this when unpacked.
  static let maxPartBytes: UInt64 = 1 << 30

  init(bytes: [UInt8]) throws(ImportError) {
    do {
      archive = try Archive(data: Data(bytes), accessMode: .read)
    } catch {
      throw .damagedWorkbook(tr("xlsx.zipUnreadable"))
    }
    guard let workbook = try smallPart("xl/workbook.xml") else { throw .notAWorkbook(kind: Self.kind(of: archive)) }
    let rels = try smallPart("xl/_rels/workbook.xml.rels").map { Self.relationships($0) } ?? [:]
    for (type, target) in rels.values {
      if type.hasSuffix("/sharedStrings") { sharedStringsPath = target }
      if type.hasSuffix("/styles") { stylesPath = target }
    }
    let doc = XMLHash.config { $0.shouldProcessNamespaces = true }.parse(workbook)["workbook"]
    let flag = doc["workbookPr"].element?.attribute(by: "date1904")?.text ?? ""
    date1904 = flag == "1" || flag == "true"
    for (k, s) in doc["sheets"]["sheet"].all.enumerated() {
      guard let e = s.element else { continue }
      let name = e.attribute(by: "name")?.text ?? "Sheet\(k + 1)"
      let id = e.allAttributes.first { $0.key == "id" || $0.key.hasSuffix(":id") }?.value.text ?? ""
      let path = rels[id]?.target ?? "xl/worksheets/sheet\(k + 1).xml"
      let state = e.attribute(by: "state")?.text ?? ""
      sheets.append((name, path, state == "hidden" || state == "veryHidden"))
    }
  }

  /// The rows of a sheet: the one named (case ignored), or the first visible one.
  func source(sheet name: String?) throws(ImportError) -> ImportSource {
    guard !sheets.isEmpty else { throw .noSheets }
    let chosen: (name: String, path: String, hidden: Bool)
    if let name {
      let key = name.searchKey.trimmingCharactersInWhitespace()
      guard let s = sheets.first(where: { $0.name.searchKey == key }) else {
        throw .noSuchSheet(name, sheets: sheets.map(\.name))
      }
      chosen = s
    } else {
      chosen = sheets.first { !$0.hidden } ?? sheets[0]
    }
    guard let sheetBytes = try part(chosen.path) else {
      throw .damagedWorkbook(tr("xlsx.sheetMissing", ["sheet": chosen.name, "part": chosen.path]))
    }
    let styles = try smallPart(stylesPath).map { XLSXStyles(xml: $0) } ?? XLSXStyles()
    var strings: [String] = []
    if let data = try part(sharedStringsPath) {
      let read = data.withUnsafeBytes { raw in
        Result { () throws(XMLScanner.Failure) in try XLSXSheet.sharedStrings(raw.bindMemory(to: UInt8.self)) }
      }
      switch read {
      case .success(let s): strings = s
      case .failure(let f):
        throw .damagedWorkbook(tr("xlsx.sharedStringsXML", ["what": f.what, "byte": String(f.offset)]))
      }
    }
    let read = sheetBytes.withUnsafeBytes { raw in
      Result { () throws(XMLScanner.Failure) in
        try XLSXSheet.rows(raw.bindMemory(to: UInt8.self), strings: strings, styles: styles, date1904: date1904)
      }
    }
    let records: [CSVDocument.Record]
    switch read {
    case .success(let r): records = r
    case .failure(let f):
      throw .damagedWorkbook(tr("xlsx.sheetXML", ["sheet": chosen.name, "what": f.what, "byte": String(f.offset)]))
    }
    return ImportSource(format: .xlsx(sheet: chosen.name, sheets: sheets.map(\.name)), records: records)
  }

  /// A part's bytes, unpacked; nil when the archive has no such part.
  private func part(_ path: String) throws(ImportError) -> Data? {
    guard let entry = archive[path] else { return nil }
    if entry.uncompressedSize > Self.maxPartBytes { throw .partTooLarge(path) }
    var data = Data()
    data.reserveCapacity(Int(entry.uncompressedSize))
    do {
      _ = try archive.extract(entry, skipCRC32: false) { chunk in
        // The size the archive states may be false: count what is unpacked.
        if UInt64(data.count + chunk.count) > Self.maxPartBytes { throw PartTooLarge() }
        data.append(chunk)
      }
    } catch is PartTooLarge {
      throw .partTooLarge(path)
    } catch {
      throw .damagedWorkbook(tr("xlsx.cannotUnpack", ["part": path]))
    }
    return data
  }

  /// A small part for SWXMLHash: refused when it declares a document type, which no workbook
  /// does and whose entities could expand without limit (`XMLScanner` refuses one by itself).
  private func smallPart(_ path: String) throws(ImportError) -> Data? {
    guard let data = try part(path) else { return nil }
    if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
      throw .damagedWorkbook(tr("xlsx.doctype", ["part": path]))
    }
    return data
  }

  private struct PartTooLarge: Error {}

  /// Relationship id → (type, the part's path in the archive).
  private static func relationships(_ xml: Data) -> [String: (type: String, target: String)] {
    var map: [String: (String, String)] = [:]
    for r in XMLHash.config({ $0.shouldProcessNamespaces = true }).parse(xml)["Relationships"]["Relationship"].all {
      guard let e = r.element, let id = e.attribute(by: "Id")?.text, let target = e.attribute(by: "Target")?.text
      else { continue }
      let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
      map[id] = (e.attribute(by: "Type")?.text ?? "", normalised(path))
    }
    return map
  }

  /// `xl/worksheets/../sharedStrings.xml` → `xl/sharedStrings.xml`.
  private static func normalised(_ path: String) -> String {
    var parts: [Substring] = []
    for p in path.split(separator: "/") {
      if p == ".." {
        if !parts.isEmpty { parts.removeLast() }
      } else if p != "." {
        parts.append(p)
      }
    }
    return parts.joined(separator: "/")
  }

  /// What a ZIP archive that is not a workbook looks like, for the message.
  private static func kind(of archive: Archive) -> String? {
    if archive["xl/workbook.bin"] != nil { return tr("xlsx.kind.xlsb") }
    if archive["word/document.xml"] != nil { return tr("xlsx.kind.docx") }
    if archive["ppt/presentation.xml"] != nil { return tr("xlsx.kind.pptx") }
    if let m = archive["mimetype"] {
      var data = Data()
      _ = try? archive.extract(m) { data.append($0) }
      let type = String(decoding: data, as: UTF8.self)
      if type.hasSuffix("spreadsheet") { return tr("xlsx.kind.ods") }
      if type.hasSuffix("text") { return tr("xlsx.kind.odt") }
    }
    return nil
  }
}
