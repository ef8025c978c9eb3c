/// Markdown for people: a report with the board's name, the number of ideas per stage, then
/// one section per stage (and for the declined and the parked ideas) with a table of its
/// ideas. Contact details are left out: the report may go to funders. Headings, labels and the
/// default stage names are in the current language (`export.*`); the board's own names and
/// texts as written.
extension BoardExport {
  public func markdown() -> String {
    var lines = ["# " + MarkdownText.escape(board.name), ""]
    let sections = markdownSections
    lines.append("| \(tr("export.md.section")) | \(tr("export.md.ideas")) |")
    lines.append("| --- | ---: |")
    for (title, list, _) in sections { lines.append("| \(MarkdownText.escape(title)) | \(list.count) |") }
    for (title, list, kind) in sections {
      lines += ["", "## \(MarkdownText.escape(title)) (\(list.count))", ""]
      if list.isEmpty {
        lines.append("_\(tr("export.md.noIdeas"))_")
        continue
      }
      let (headers, cells) = columns(kind)
      lines.append("| " + headers.joined(separator: " | ") + " |")
      lines.append("|" + String(repeating: " --- |", count: headers.count))
      for idea in list {
        lines.append("| " + cells(idea).map(MarkdownText.escape).joined(separator: " | ") + " |")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  enum SectionKind { case active, declined, parked }

  var markdownSections: [(String, [Idea], SectionKind)] {
    switch scope {
    case .all:
      board.stages.map { ($0.displayName, board.column($0.id), .active) }
        + [(tr("export.md.declined"), board.declined, .declined), (tr("export.md.parked"), board.parked, .parked)]
    case .stage(let id): [(board.stage(id)?.displayName ?? id, board.column(id), .active)]
    case .declined: [(tr("export.md.declined"), board.declined, .declined)]
    case .parked: [(tr("export.md.parked"), board.parked, .parked)]
    case .matching(_, let ids):
      // The same sections as the whole board's, each with only the matched ideas.
      {
        let matched = Set(ids)
        let sections: [(String, [Idea], SectionKind)] =
          board.stages.map { ($0.displayName, board.column($0.id), .active) }
          + [(tr("export.md.declined"), board.declined, .declined), (tr("export.md.parked"), board.parked, .parked)]
        return sections.map { ($0.0, $0.1.filter { matched.contains($0.id) }, $0.2) }.filter { !$0.1.isEmpty }
      }()
    }
  }

  private func columns(_ kind: SectionKind) -> ([String], (Idea) -> [String]) {
    let common = ["code", "title", "innovators", "applicant", "region", "origin", "themes"].map {
      tr("export.md." + $0)
    }
    func stageName(_ i: Idea) -> String { board.stage(i.stage)?.displayName ?? i.stage }
    func base(_ i: Idea) -> [String] {
      [
        i.code, i.title, names(i.innovators), i.applicantKind?.label ?? "", i.region?.label ?? "",
        i.origin?.label ?? "", i.tags.joined(separator: ", "),
      ]
    }
    switch kind {
    case .active:
      return (
        common + [tr("export.md.score"), tr("export.md.inStageSince")],
        { base($0) + [meanScore($0, in: Language.current), CoreText.day($0.enteredStage.day)] }
      )
    case .declined:
      return (
        common + [tr("export.md.stage"), tr("export.md.reason")],
        { base($0) + [stageName($0), $0.outcome?.label ?? ""] }
      )
    case .parked:
      return (
        common + [tr("export.md.stage"), tr("export.md.revisit")],
        { i in
          guard case .parked(let day) = i.outcome else { return base(i) + [stageName(i), ""] }
          return base(i) + [stageName(i), CoreText.day(day)]
        }
      )
    }
  }
}
