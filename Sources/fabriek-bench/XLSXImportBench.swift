import FabriekCore
import Foundation
import ZIPFoundation

/// Importing 10,000 candidates from a workbook shaped like a Microsoft Forms export (ID, Start
/// time, Completion time as serial dates, Email, Name, then questions in English and French, two
/// of them kept as notes, a multi-line description, shared strings): read (unzip, sheet and
/// shared strings), planned and committed as one change to a fresh board in a temporary folder.
/// The target is under 3 s.
enum XLSXImportBench {
  static let rows = 10_000

  /// Prints the table row: the median of `runs` runs, each on a fresh store.
  static func report(runs: Int) {
    let workbook = makeWorkbook()
    var times: [Double] = []
    for _ in 0..<max(1, runs) { times.append(run(workbook)) }
    print("")
    print("| import 10,000 .xlsx rows (read, plan, commit) | workbook |")
    print("|---:|---:|")
    print("| \(Bench.ms(median(times))) | \(Bench.f(Double(workbook.count) / 1_048_576)) MB |")
  }

  /// Milliseconds for one import, NaN when not every row was imported.
  static func run(_ workbook: [UInt8]) -> Double {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fabriek-xlsx-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: dir) }
    guard (try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)) != nil,
      let store = try? BoardStore.open(dir + "/board.json", create: "XLSX bench", policy: .never)
    else { return .nan }
    defer { store.close() }
    let options = ImportOptions(author: "bench", now: .now())
    var imported = 0
    let ms = milliseconds {
      guard let table = try? ImportTable.read(file: workbook, options: options, board: store.board) else { return }
      let result = try? store.commit { (b: Board) throws(BoardError) -> Change in
        let plan = ImportPlan(table: table, board: b, options: options)
        imported = plan.imported.count
        return Change(plan.operation, by: "bench")
      }
      if result == nil { imported = 0 }
    }
    return imported == rows ? ms : .nan
  }

  static func makeWorkbook() -> [UInt8] {
    let headers = [
      "ID", "Start time", "Completion time", "Email", "Name", "Project title / Titre du projet",
      "Describe your idea / Décrivez votre idée", "What type of organisation are you? / Quel type d'organisation êtes-vous ?",
      "Region / Région", "Phone number / Numéro de téléphone", "Themes / Thèmes", "Anything else? / Autre chose ?",
    ]
    let kinds = ["NGO", "vzw", "Sociale onderneming", "Company", "Gemeente", "Individu"]
    let regions = ["Brussel", "Liège", "Gent", "Antwerpen", "Leuven", "Hasselt", "Brugge"]
    var strings: [String] = []
    var index: [String: Int] = [:]
    func s(_ text: String) -> String {
      let i = index[text] ?? strings.count
      if i == strings.count {
        index[text] = i
        strings.append(text)
      }
      return "<c t=\"s\"><v>\(i)</v></c>"
    }
    var sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
    sheet += "<row r=\"1\">" + headers.map(s).joined() + "</row>"
    for i in 0..<rows {
      let serial = 46_300 + Double(i) / 400
      sheet += "<row r=\"\(i + 2)\"><c><v>\(i + 1)</v></c><c s=\"1\"><v>\(serial - 0.01)</v></c><c s=\"1\"><v>\(serial)</v></c>"
      sheet += s("person.\(i)@mail.example") + s("Sofie Van den Bossche \(i)") + s("Buurtproject \(i) voor eenzame senioren")
      sheet += s("Elke middag een warme maaltijd; senioren koken mee,\nde buurt schuift aan (\(i)).")
      sheet += s(kinds[i % kinds.count]) + s(regions[i % regions.count]) + s("0470 12 34 \(i % 100)")
      sheet += s("Eenzaamheid, Senioren") + s("We zoeken een keuken (\(i))") + "</row>"
    }
    sheet += "</sheetData></worksheet>"
    var sst = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" uniqueCount=\"\(strings.count)\">"
    for t in strings {
      sst += "<si><t xml:space=\"preserve\">"
        + t.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") + "</t></si>"
    }
    sst += "</sst>"
    let ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    let parts: [(String, String)] = [
      (
        "[Content_Types].xml",
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
      ),
      (
        "xl/workbook.xml",
        "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          + "xmlns:r=\"\(ns)\"><sheets><sheet name=\"Form1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
      ),
      (
        "xl/_rels/workbook.xml.rels",
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"\(ns)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
          + "<Relationship Id=\"rId2\" Type=\"\(ns)/styles\" Target=\"styles.xml\"/>"
          + "<Relationship Id=\"rId3\" Type=\"\(ns)/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"
      ),
      (
        "xl/styles.xml",
        "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"22\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>"
      ),
      ("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", sst),
    ]
    guard let archive = try? Archive(data: Data(), accessMode: .create) else { return [] }
    for (path, text) in parts {
      let data = Data(text.utf8)
      try? archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
        provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
    }
    return [UInt8](archive.data ?? Data())
  }
}
