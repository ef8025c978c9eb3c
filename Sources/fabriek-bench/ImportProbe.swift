import FabriekCore
import Foundation

/// Importing 10,000 candidates: a web-form export built in memory (semicolons, BOM, CRLF,
/// a multi-line quoted pitch, Dutch headers, every tenth innovator submitting twice) read,
/// planned and committed as one change to a fresh board in a temporary folder, the way
/// `fabriek import` and `:import` do it (`BoardStore.importCandidates`). The target is
/// under 2 s.
enum ImportProbe {
  static let rows = 10_000

  /// Milliseconds, the median of three runs, each on a fresh store.
  static func run() -> Double {
    let csv = makeCSV()
    var times: [Double] = []
    for _ in 0..<3 {
      let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fabriek-import-\(UUID().uuidString)")
        .path
      defer { try? FileManager.default.removeItem(atPath: dir) }
      guard (try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)) != nil,
        let store = try? BoardStore.open(dir + "/board.json", create: "Import bench", policy: .never)
      else { return .nan }
      let options = ImportOptions(author: "bench", now: .now(), source: "Oproep 2026")
      var imported = 0
      let ms = milliseconds {
        guard let table = try? ImportTable.read(csv: csv, options: options),
          let result = try? store.importCandidates(table, options: options, file: "bench.csv"),
          result.committed != nil
        else { return }
        imported = result.plan.imported.count
      }
      store.close()
      times.append(imported == rows ? ms : .nan)
    }
    return median(times)
  }

  static func makeCSV() -> [UInt8] {
    var text =
      "\u{FEFF}Tijdstempel;Titel van je idee;Korte pitch;Naam;E-mailadres;Telefoon;Organisatie;Type aanvrager;"
      + "Regio;Thema's;Hoe heb je ons gevonden?\r\n"
    let kinds = ["Individu", "Vereniging of collectief", "Sociale onderneming", "Bedrijf", "Overheid"]
    let regions = ["Brussel", "Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", "Andere"]
    for i in 0..<rows {
      let again = i % 10 == 9
      let person = again ? i - 1 : i
      let day = i % 28 + 1
      let title = again ? "Repair café \(i) met uitleenpunt" : "Buurtproject \(i) voor eenzame senioren"
      text += (day < 10 ? "0" : "") + "\(day)/09/2026 09:\(10 + i % 50):44;\(title);"
      text += "\"Elke middag een warme maaltijd; senioren koken mee,\r\nde buurt schuift aan (\(i)).\";"
      text += "Sofie Van den Bossche \(person);sofie.\(person)@mail.example;0470 12 34 56;Samen Laken vzw;"
      text += kinds[i % kinds.count] + ";" + regions[i % regions.count] + ";Eenzaamheid, Senioren;Via de website\r\n"
    }
    return Array(text.utf8)
  }
}
