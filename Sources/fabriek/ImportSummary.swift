import FabriekCore

/// What `fabriek import` prints: what was (or, in a dry run, would be) imported; how the file was
/// read; in a dry run the mapping table (each column → its field, or kept as a note, and which
/// were guessed) and every row that would land; the columns kept as notes; the answers that fit
/// no option with the `--value` that maps them; the duplicates with what they duplicate; the
/// rejected rows and the rows with a value kept in the note, with their lines. Text from the
/// file goes through `Text.clean`.
struct ImportSummary {
  var plan: ImportPlan
  var board: Board
  var rows: Int
  var dryRun: Bool
  /// `--map` or `--value` was given: say how to keep them for the next export.
  var mappedByHand = false

  /// Lines listed per kind of problem before the rest is counted.
  static let shown = 20

  var text: String {
    var lines: [String] = []
    let stage = board.stage(Stage.incoming)?.displayName ?? board.stages.first?.displayName ?? tr("stage.incoming")
    var codes = ""
    if let first = plan.imported.first, let last = plan.imported.last {
      codes =
        first.idea == last.idea
        ? " (\(first.idea.code))"
        : " (" + tr("cli.import.codeRange", ["first": first.idea.code, "last": last.idea.code]) + ")"
    }
    let head = tr(
      dryRun ? "cli.import.wouldImport" : "cli.import.imported",
      [
        "imported": plan.imported.count, "rows": tr("cli.count.rows", ["n": rows]), "stage": Text.clean(stage),
        "codes": codes, "newPeople": tr("cli.count.newPeople", ["n": plan.newPeople.count]),
        "existing": tr("cli.count.people", ["n": plan.existingPeople.count]),
      ])
    lines.append(head)
    lines.append(tr("cli.import.readAs", ["format": format]))
    lines += profileLines
    if dryRun { lines += mappingTable }
    lines += mappingNotes
    let noted = plan.notedColumns
    if !noted.isEmpty {
      let names = noted.prefix(12).map { quoted($0) }.joined(separator: ", ") + (noted.count > 12 ? ", …" : "")
      lines.append(tr("cli.import.notedColumns", ["n": noted.count, "names": names]))
    }
    if dryRun { lines += wouldImport }
    lines += unmatchedLines
    if !plan.duplicates.isEmpty {
      lines.append(tr("cli.import.duplicates", ["n": plan.duplicates.count]))
      for d in plan.duplicates {
        let email = d.email.isEmpty ? "" : " (\(Text.clean(d.email)))"
        lines.append(
          "  "
            + tr(
              "cli.import.duplicateLine",
              ["line": String(d.line), "title": Text.clean(d.title), "email": email, "original": describe(d.original)]))
      }
    }
    if !plan.rejected.isEmpty {
      lines.append(tr("cli.import.rejected", ["n": plan.rejected.count]))
      for r in plan.rejected { lines.append("  " + lineSays(r.line, Text.clean(r.problem.message))) }
    }
    let others = plan.notices.filter { if case .unmatched = $0.notice { false } else { true } }
    if !others.isEmpty {
      let rowsWith = Set(others.map(\.line)).count
      lines.append(tr("cli.import.noticed", ["n": rowsWith]))
      for n in others.prefix(Self.shown) { lines.append("  " + lineSays(n.line, Text.clean(n.notice.message))) }
      if others.count > Self.shown { lines.append("  " + tr("cli.more", ["n": others.count - Self.shown])) }
    }
    if mappedByHand && plan.profileToSave == nil && plan.table.profile == nil {
      lines.append(tr("cli.import.addProfile"))
    }
    return lines.joined(separator: "\n")
  }

  private var format: String {
    switch plan.table.format {
    case .csv(let delimiter, let encoding):
      let key =
        switch delimiter {
        case ";": "cli.import.csvSemicolon"
        case "\t": "cli.import.csvTab"
        default: "cli.import.csvComma"
        }
      return tr(key, ["encoding": encoding.rawValue])
    case .xlsx(let sheet, let sheets):
      let others = sheets.count > 1 ? tr("cli.import.otherSheets", ["n": sheets.count]) : ""
      return tr("cli.import.workbook", ["sheet": Text.clean(sheet), "others": others])
    }
  }

  private var profileLines: [String] {
    var out: [String] = []
    if let p = plan.table.profile, plan.table.profileFitted {
      out.append(tr("cli.import.profileFitted", ["name": Text.clean(p.name)]))
    }
    if let p = plan.profileToSave {
      let isNew = board.importProfile(named: p.name) == nil
      let key =
        dryRun ? (isNew ? "cli.import.wouldSaveProfile" : "cli.import.wouldUpdateProfile") : "cli.import.savedProfile"
      out.append(tr(key, ["name": Text.clean(p.name)]))
    } else if let name = plan.table.profile?.name, !plan.table.profileFitted {
      out.append(tr("cli.import.readWithProfile", ["name": Text.clean(name)]))
    }
    return out
  }

  /// Each column → its field, or kept as a note, and how fabriek knew.
  private var mappingTable: [String] {
    let columns = plan.columns
    let width = min(44, columns.map { Text.clean($0.heading).count }.max() ?? 0)
    var out = [tr("cli.import.columns")]
    for c in columns {
      var name = Text.clean(c.heading)
      if name.count > width { name = String(name.prefix(width - 1)) + "…" }
      name += String(repeating: " ", count: max(0, width - name.count))
      let field = c.field.map { $0 == .ignore ? tr("cli.import.leftOut") : $0.rawValue } ?? tr("cli.import.keptAsNote")
      var line = "  \(name)  → \(field)"
      switch c.source {
      case .map: line += "  (--map)"
      case .profile: line += "  (" + tr("cli.import.byProfile") + ")"
      case .guessed(let words):
        line +=
          "  (" + tr("cli.import.guessed", ["words": words.map { quoted($0) }.joined(separator: ", ")]) + ")"
      case .recognised, .none: break
      }
      out.append(line)
    }
    return out
  }

  private var mappingNotes: [String] {
    plan.table.notes.map { note in
      switch note {
      case .weak(let column, let field):
        tr("cli.import.weak", ["column": Text.clean(column), "field": field.rawValue])
      case .tie(let column, let fields):
        tr(
          "cli.import.tie",
          [
            "column": Text.clean(column), "fields": fields.map(\.rawValue).joined(separator: tr("cli.list.and")),
            "field": fields.first?.rawValue ?? "?",
          ])
      case .sameField(let field, let used, let kept):
        tr("cli.import.sameField", ["field": field.rawValue, "used": Text.clean(used), "kept": Text.clean(kept)])
      }
    }
  }

  private var unmatchedLines: [String] {
    let unmatched = plan.unmatched
    guard !unmatched.isEmpty else { return [] }
    var out = [tr("cli.import.unmatched")]
    for u in unmatched.prefix(Self.shown) {
      let at = u.lines.prefix(8).map(String.init).joined(separator: ", ") + (u.lines.count > 8 ? ", …" : "")
      out.append(
        "  "
          + tr(
            "cli.import.unmatchedLine",
            [
              "field": u.field.label, "value": Text.clean(u.value),
              "lines": tr("cli.import.atLines", ["n": u.lines.count, "at": at]),
              "id": u.field.rawValue, "options": u.options,
            ]))
    }
    if unmatched.count > Self.shown {
      out.append("  " + tr("cli.import.moreAnswers", ["n": unmatched.count - Self.shown]))
    }
    return out
  }

  /// In a dry run, each row that would be imported, with the code it would get and its people.
  private var wouldImport: [String] {
    let fresh = Dictionary(plan.newPeople.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    return plan.imported.map { row in
      let people = row.innovators.map { id in
        fresh[id].map { tr("cli.import.newPerson", ["name": $0.fullName]) } ?? board.person(id)?.fullName ?? id.code
      }
      let text = row.idea.code + " " + quoted(row.title)
      let by =
        people.isEmpty
        ? text : tr("cli.import.rowBy", ["idea": text, "people": Text.clean(people.joined(separator: ", "))])
      return "  " + lineSays(row.line, by)
    }
  }

  private func describe(_ original: ImportPlan.Original) -> String {
    switch original {
    case .row(let line, let title): tr("cli.import.originalRow", ["line": String(line), "title": Text.clean(title)])
    case .idea(let id, let title): id.code + " " + quoted(title)
    }
  }

  /// Text from the file in the language's quotation marks (“…”, « … »), cleaned.
  private func quoted(_ text: String) -> String { tr("cli.quote", ["text": Text.clean(text)]) }

  /// "line 12: …": what the file's line says, numbered as a spreadsheet shows it.
  private func lineSays(_ line: Int, _ text: String) -> String {
    tr("cli.import.line", ["line": String(line), "text": text])
  }
}
