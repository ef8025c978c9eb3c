import FabriekCore

/// `:import PATH` shows the dry run first: how the file was read, each column's field, the
/// rows that will land with the codes they would get, the duplicates and the problems with
/// their line numbers. Enter imports (the file is read and planned again under the store's
/// lock, so the codes are the board's next ones then); Esc leaves the board unchanged.
public struct ImportPreview: Sendable {
  /// The path as typed, to import on Enter.
  public var path: String
  /// The file's name, as the lines and the result name it.
  public var file: String
  public var plan: ImportPlan
  /// The lines to show, made once in the language the preview was opened in.
  public internal(set) var lines: [String]
  public internal(set) var scroll = 0

  public init(path: String, file: String, plan: ImportPlan, board: Board) {
    self.path = path
    self.file = file
    self.plan = plan
    lines = ImportPreview.lines(plan: plan, file: file, board: board)
  }

  /// Rows listed per section before the rest is counted: the screen is for a look, the
  /// command line's `fabriek import --dry-run` lists every row.
  static let shown = 200

  static func lines(plan: ImportPlan, file: String, board: Board) -> [String] {
    var out: [String] = []
    let clean = { (text: String) in Sanitizer.segments(text).plainText }
    let stage = board.stage(Stage.incoming)?.displayName ?? Stage.incoming
    let rows = plan.table.rows.count
    var head = tr(
      "import.head", ["landing": plan.imported.count, "rows": rows, "stage": clean(stage), "file": clean(file)])
    if let first = plan.imported.first, let last = plan.imported.last {
      head += " " + tr("import.codes", ["first": first.idea.code, "last": last.idea.code])
    }
    out.append(head)
    out.append(
      tr("import.people", ["new": plan.newPeople.count, "existing": plan.existingPeople.count]))
    out.append("")
    out.append(tr("import.columnsHeading"))
    let width = min(36, plan.columns.map { DisplayWidth.of(clean($0.heading)) }.max() ?? 0)
    for column in plan.columns {
      let name = DisplayWidth.fit(clean(column.heading), to: width)
      let field: String =
        switch column.field {
        case nil: tr("import.keptAsNote")
        case .ignore?: tr("import.leftOut")
        case let f?: f.rawValue
        }
      var line = "  " + name + "  → " + field
      if case .guessed(let words) = column.source {
        line += "  " + tr("import.guessed", ["words": words.map { "“" + clean($0) + "”" }.joined(separator: ", ")])
      }
      out.append(line)
    }
    section(
      &out, heading: tr("import.landingHeading", ["n": plan.imported.count]),
      plan.imported.map { tr("import.landingRow", ["line": $0.line, "code": $0.idea.code, "title": clean($0.title)]) })
    section(
      &out, heading: tr("import.duplicatesHeading", ["n": plan.duplicates.count]),
      plan.duplicates.map { d in
        let original: String =
          switch d.original {
          case .row(let line, let title): tr("import.originalRow", ["line": line, "title": clean(title)])
          case .idea(let id, let title): tr("import.originalIdea", ["code": id.code, "title": clean(title)])
          }
        return tr("import.duplicateRow", ["line": d.line, "title": clean(d.title), "original": original])
      })
    section(
      &out, heading: tr("import.problemsHeading", ["n": plan.rejected.count]),
      plan.rejected.map { tr("import.problemRow", ["line": $0.line, "problem": clean($0.problem.message)]) })
    section(
      &out, heading: tr("import.noticesHeading", ["n": plan.notices.count]),
      plan.notices.map { tr("import.problemRow", ["line": $0.line, "problem": clean($0.notice.message)]) })
    out.append("")
    out.append(plan.isEmpty ? tr("import.nothingToDo") : tr("import.confirm"))
    return out
  }

  private static func section(_ out: inout [String], heading: String, _ rows: [String]) {
    guard !rows.isEmpty else { return }
    out.append("")
    out.append(heading)
    out += rows.prefix(shown).map { "  " + $0 }
    if rows.count > shown { out.append("  " + tr("import.more", ["n": rows.count - shown])) }
  }
}

extension AppState {
  /// The dry run of `:import` arrived: show it over the screen it was asked from.
  mutating func showImportPreview(_ preview: ImportPreview) {
    dismiss { if case .importPreview = $0 { true } else { false } }
    open(.importPreview(preview))
  }

  mutating func performInImportPreview(_ action: Action) -> [Effect] {
    guard case .importPreview(var preview) = screen else { return [] }
    switch action {
    case .confirm where !preview.plan.isEmpty:
      closeScreen()
      return [.importCSV(path: preview.path)]
    case .confirm, .close:
      // Nothing to import is as good as cancelled.
      closeScreen()
      message = StatusMessage(tr("import.cancelled", ["file": Sanitizer.segments(preview.file).plainText]))
      return []
    default:
      let visible = ImportPreviewView.visibleRows(in: layout)
      guard action.scroll(&preview.scroll, lines: preview.lines.count, visible: visible) else { return [] }
    }
    screen = .importPreview(preview)
    return []
  }
}
