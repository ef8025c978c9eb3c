/// CSV for spreadsheets: RFC 4180 (comma, CRLF, fields quoted when they hold a comma, a quote or
/// a line break), UTF-8 with a byte-order mark so that Excel reads accents right, one row per
/// idea. Every cell goes through `CSVCell.export`: line breaks as LF (so the only CRs are the
/// records' CR LF), formulas neutralised, tabs and other unsafe characters written visibly.
/// `fabriek import` reads the file back: titles, pitches, descriptions, applicant kinds,
/// regions, origins, themes, created dates and innovators come back as they were (a CR in them
/// as LF).
///
/// The CSV export is the same in every language: headers, option labels (`label(in: .en)`) and
/// outcomes in English. It is data, for spreadsheets and for `fabriek import`: fixed headers keep
/// a sheet's formulas and a saved import profile (ImportProfile.swift, which matches columns by
/// their header) working whichever language exported the file, and ImportCSVRoundTripTests
/// reads these headers back into their fields. The import reads labels in every language, so a
/// file edited by hand in Dutch or French still comes back.
extension BoardExport {
  public static let csvHeaders = [
    "Code", "Title", "Pitch", "Description", "Stage", "Outcome", "Applicant type", "Region", "Origin", "Themes",
    "SDGs", "Value model", "Readiness", "Created", "Entered stage", "Given name", "Family name", "Email", "Phone",
    "Organisation", "Co-innovators", "Coach", "Mentors", "Mean score", "Decision",
  ]

  /// With `delimiter` `;` for the spreadsheets of a Belgian (or any comma-decimal) locale,
  /// which split rows on semicolons.
  public func csv(delimiter: Unicode.Scalar = ",") -> String {
    var out = "\u{FEFF}"
    Self.appendRow(Self.csvHeaders, to: &out, delimiter: delimiter)
    for idea in ideas { Self.appendRow(csvRow(idea), to: &out, delimiter: delimiter) }
    return out
  }

  func csvRow(_ i: Idea) -> [String] {
    let first = i.innovators.first.flatMap(person)
    let others = i.innovators.dropFirst().map { id in
      guard let p = person(id) else { return id.code }
      let name = Self.coInnovatorName(p.fullName)
      return p.email.isEmpty ? name : "\(name) <\(p.email)>"
    }
    return [
      i.code, i.title, i.pitch, i.description, stageName(i), i.outcome?.label(in: .en) ?? "",
      i.applicantKind?.label(in: .en) ?? "", i.region?.label(in: .en) ?? "", i.origin?.label(in: .en) ?? "",
      i.tags.joined(separator: ", "), i.sdgs.map(String.init).joined(separator: ", "),
      i.valueModel?.label(in: .en) ?? "", i.readiness.map(String.init) ?? "",
      i.created.description, i.enteredStage.description, first?.givenName ?? "", first?.familyName ?? "",
      first?.email ?? "", first?.phone ?? "", first?.organisation ?? "", others.joined(separator: "\n"),
      i.coach.map { names([$0]) } ?? "", names(i.mentors), meanScore(i), decision(i),
    ]
  }

  /// A name as one entry of the co-innovators cell: the characters that separate entries there
  /// (`;`, line breaks, `<`, `>`) become spaces. Import matches co-innovators by e-mail, so a
  /// person whose own row is in the file gets their name from that row, unchanged.
  static func coInnovatorName(_ name: String) -> String {
    String(String.UnicodeScalarView(name.unicodeScalars.map { ";\n\r<>".unicodeScalars.contains($0) ? " " : $0 }))
  }

  /// Quoting works on Unicode scalars, not characters: a quote or comma followed by a combining
  /// mark is still a quote or comma to the reader.
  static func appendRow(_ cells: [String], to out: inout String, delimiter: Unicode.Scalar = ",") {
    for (n, cell) in cells.enumerated() {
      if n > 0 { out.unicodeScalars.append(delimiter) }
      let text = CSVCell.export(cell)
      guard text.unicodeScalars.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
        out += text
        continue
      }
      out.unicodeScalars.append("\"")
      for u in text.unicodeScalars {
        out.unicodeScalars.append(u)
        if u == "\"" { out.unicodeScalars.append("\"") }
      }
      out.unicodeScalars.append("\"")
    }
    out += "\r\n"
  }
}
