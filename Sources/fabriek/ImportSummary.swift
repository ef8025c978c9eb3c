import FabriekCore

/// What `fabriek import` prints: what was (or, in a dry run, would be) imported, the duplicates
/// with what they duplicate, the rejected rows with their line and reason, and unused columns.
/// Text from the file goes through `Text.clean`.
struct ImportSummary {
  var plan: ImportPlan
  var board: Board
  var rows: Int
  var dryRun: Bool

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
    lines.append("Read as \(delimiterName) CSV in \(plan.encoding.rawValue).")
    if dryRun { lines += wouldImport }
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
    if !plan.ignoredColumns.isEmpty {
      let names = plan.ignoredColumns.map { "“\(Text.clean($0))”" }.joined(separator: ", ")
      lines.append("Columns not used: \(names) (read one with --map COLUMN=field).")
    }
    return lines.joined(separator: "\n")
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

  private var delimiterName: String {
    switch plan.delimiter {
    case ";": "semicolon-separated"
    case "\t": "tab-separated"
    default: "comma-separated"
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
