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
    let stage = board.stage(Stage.incoming)?.name ?? board.stages.first?.name ?? "Incoming"
    let verb = dryRun ? "Would import" : "Imported"
    var head = "\(verb) \(plan.imported.count) of \(rows) \(rows == 1 ? "row" : "rows") into \(Text.clean(stage))"
    if let first = plan.imported.first, let last = plan.imported.last {
      head += first.idea == last.idea ? " (\(first.idea.code))" : " (\(first.idea.code) to \(last.idea.code))"
    }
    head += ", with \(count(plan.newPeople.count, "new person", "new people"))"
    head += " and \(count(plan.existingPeople.count, "person", "people")) already on the board"
    lines.append(head + (dryRun ? "; dry run, nothing was changed." : "."))
    lines.append("Read as \(format).")
    lines += profileLines
    if dryRun { lines += mappingTable }
    lines += mappingNotes
    let noted = plan.notedColumns
    if !noted.isEmpty {
      let names = noted.prefix(12).map { "“\(Text.clean($0))”" }.joined(separator: ", ") + (noted.count > 12 ? ", …" : "")
      lines.append(
        "\(count(noted.count, "column", "columns")) kept as a note on each idea, under the question: \(names) "
          + "(read one as a field with --map \"COLUMN=field\").")
    }
    if dryRun { lines += wouldImport }
    lines += unmatchedLines
    if !plan.duplicates.isEmpty {
      lines.append("\(count(plan.duplicates.count, "duplicate", "duplicates")), not imported:")
      for d in plan.duplicates {
        let email = d.email.isEmpty ? "" : " (\(Text.clean(d.email)))"
        lines.append("  line \(d.line): “\(Text.clean(d.title))”\(email) duplicates \(describe(d.original))")
      }
    }
    if !plan.rejected.isEmpty {
      lines.append("\(count(plan.rejected.count, "row", "rows")) rejected:")
      for r in plan.rejected { lines.append("  line \(r.line): \(Text.clean(r.problem.message))") }
    }
    let others = plan.notices.filter { if case .unmatched = $0.notice { false } else { true } }
    if !others.isEmpty {
      let rowsWith = Set(others.map(\.line)).count
      lines.append("\(count(rowsWith, "row", "rows")) imported with a value kept in the note or a person made from less:")
      for n in others.prefix(Self.shown) { lines.append("  line \(n.line): \(Text.clean(n.notice.message))") }
      if others.count > Self.shown { lines.append("  … and \(others.count - Self.shown) more") }
    }
    if mappedByHand && plan.profileToSave == nil && plan.table.profile == nil {
      lines.append("To read the next export of this form the same way with no flags, add --profile NAME.")
    }
    return lines.joined(separator: "\n")
  }

  private var format: String {
    switch plan.table.format {
    case .csv(let delimiter, let encoding):
      let name =
        switch delimiter {
        case ";": "semicolon-separated"
        case "\t": "tab-separated"
        default: "comma-separated"
        }
      return "\(name) CSV in \(encoding.rawValue)"
    case .xlsx(let sheet, let sheets):
      let others = sheets.count > 1 ? " (the workbook has \(sheets.count) sheets; choose one with --sheet)" : ""
      return "an Excel workbook, sheet “\(Text.clean(sheet))”\(others)"
    }
  }

  private var profileLines: [String] {
    var out: [String] = []
    if let p = plan.table.profile, plan.table.profileFitted {
      out.append("Read with the import profile “\(Text.clean(p.name))” saved on the board (it fits these columns).")
    }
    if let p = plan.profileToSave {
      let verb = board.importProfile(named: p.name) == nil ? "save" : "update"
      out.append(
        dryRun
          ? "Would \(verb) the import profile “\(Text.clean(p.name))” on the board."
          : "Saved the import profile “\(Text.clean(p.name))” on the board: the next export of this form imports "
            + "with no flags.")
    } else if let name = plan.table.profile?.name, !plan.table.profileFitted {
      out.append("Read with the import profile “\(Text.clean(name))”.")
    }
    return out
  }

  /// Each column → its field, or kept as a note, and how fabriek knew.
  private var mappingTable: [String] {
    let columns = plan.columns
    let width = min(44, columns.map { Text.clean($0.heading).count }.max() ?? 0)
    var out = ["Columns (change one with --map \"COLUMN=field\"):"]
    for c in columns {
      var name = Text.clean(c.heading)
      if name.count > width { name = String(name.prefix(width - 1)) + "…" }
      name += String(repeating: " ", count: max(0, width - name.count))
      let field = c.field.map { $0 == .ignore ? "left out" : $0.rawValue } ?? "kept as note"
      var line = "  \(name)  → \(field)"
      switch c.source {
      case .map: line += "  (--map)"
      case .profile: line += "  (profile)"
      case .guessed(let words):
        line += "  (guessed from " + words.map { "“\(Text.clean($0))”" }.joined(separator: ", ") + ")"
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
        "“\(Text.clean(column))” is read as \(field.rawValue) on little evidence; check it, or --map \"COLUMN=field\"."
      case .tie(let column, let fields):
        "“\(Text.clean(column))” fits \(fields.map(\.rawValue).joined(separator: " and ")) equally; it is read as "
          + "\(fields.first?.rawValue ?? "?") (--map \"COLUMN=field\" to choose)."
      case .sameField(let field, let used, let kept):
        "“\(Text.clean(used))” and “\(Text.clean(kept))” both look like \(field.rawValue); “\(Text.clean(used))” is "
          + "read as it and “\(Text.clean(kept))” kept as a note."
      }
    }
  }

  private var unmatchedLines: [String] {
    let unmatched = plan.unmatched
    guard !unmatched.isEmpty else { return [] }
    var out = ["Answers that fit no option (the field is left empty and the answer kept in the note):"]
    for u in unmatched.prefix(Self.shown) {
      let at = u.lines.prefix(8).map(String.init).joined(separator: ", ") + (u.lines.count > 8 ? ", …" : "")
      out.append(
        "  \(u.field.label) “\(Text.clean(u.value))” (\(u.lines.count == 1 ? "line" : "lines") \(at)): "
          + "--value \"\(u.field.rawValue):\(Text.clean(u.value))=OPTION\", OPTION one of \(u.options)")
    }
    if unmatched.count > Self.shown { out.append("  … and \(unmatched.count - Self.shown) more answers") }
    return out
  }

  /// In a dry run, each row that would be imported, with the code it would get and its people.
  private var wouldImport: [String] {
    let fresh = Dictionary(plan.newPeople.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    return plan.imported.map { row in
      let people = row.innovators.map { id in
        fresh[id].map { $0.fullName + " (new)" } ?? board.person(id)?.fullName ?? id.code
      }
      let by = people.isEmpty ? "" : " by " + Text.clean(people.joined(separator: ", "))
      return "  line \(row.line): \(row.idea.code) “\(Text.clean(row.title))”\(by)"
    }
  }

  private func describe(_ original: ImportPlan.Original) -> String {
    switch original {
    case .row(let line, let title): "line \(line) “\(Text.clean(title))”"
    case .idea(let id, let title): "\(id.code) “\(Text.clean(title))”"
    }
  }

  private func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
}
