import FabriekCore

/// The session's summary as a screen over the current view, scrollable: the same content as
/// `fabriek export --format md --session` (`SessionSummary.content`, which decides what the
/// room may see), laid out with headings, the facts and the votes as aligned tables, and each
/// contribution's time, author and text in columns.
struct PresentSummaryOverlay {
  let state: AppState
  let session: PresentState
  let area: Rect

  func draw(into grid: inout Grid) {
    grid.fill(area, style: .dialog)
    grid.put(" " + UIText.presentSummaryTitle + " ", x: area.x + 1, y: area.y, style: .statusKey, maxWidth: area.width)
    let rows = state.summaryRows(width: area.width - 4)
    let first = min(session.summaryScroll ?? 0, max(0, rows.count - 1))
    for (n, row) in rows.dropFirst(first).prefix(max(0, area.height - 2)).enumerated() {
      grid.put(spans: row, x: area.x + 2, y: area.y + 2 + n, maxWidth: area.width - 4)
    }
  }

  /// The summary laid out in `width` cells, row by row.
  static func rows(_ content: SessionSummary.Content, width: Int) -> [[Span]] {
    let width = max(10, width)
    var rows: [[Span]] = [[Span(content.title, style: .detailHeading)], []]
    // The facts: labels in a column of their own.
    let labelWidth = content.facts.map { DisplayWidth.of(safe($0.label)) }.max() ?? 0
    for fact in content.facts {
      for (n, line) in wrap(fact.value, width - labelWidth - 2).enumerated() {
        let label = n == 0 ? safe(fact.label) : ""
        rows.append([
          Span(DisplayWidth.pad(label, to: labelWidth + 2), style: .detailLabel), Span(line, style: .dialog),
        ])
      }
    }
    func heading(_ text: String) { rows += [[], [Span(text, style: .detailHeading)]] }
    func none(_ text: String) { rows.append([Span(text, style: .dim)]) }

    heading(tr("export.session.agenda"))
    if content.agenda.isEmpty { none(tr("export.session.noAgenda")) }
    let numberWidth = String(content.agenda.count).count + 2
    for (n, idea) in content.agenda.enumerated() {
      let lead = DisplayWidth.pad("\(n + 1).", to: numberWidth) + idea.code + "  "
      for (k, line) in wrap(idea.title, width - DisplayWidth.of(lead)).enumerated() {
        rows.append([
          Span(k == 0 ? lead : String(repeating: " ", count: DisplayWidth.of(lead)), style: .detailLabel),
          Span(line, style: .dialog),
        ])
      }
    }

    heading(tr("export.session.votes"))
    if content.votes.isEmpty { none(tr("export.session.noVotes")) }
    if !content.votes.isEmpty { rows += votesTable(content.votes, width: width) }

    heading(tr("export.session.contributions"))
    if content.contributions.isEmpty { none(tr("export.session.noContributions")) }
    for group in content.contributions {
      rows += [[], [Span(group.idea.code + "  ", style: .detailLabel), Span(group.idea.title, style: .title)]]
      let authorWidth = min(width / 4, group.notes.map { DisplayWidth.of(safe($0.author)) }.max() ?? 0)
      let lead = 5 + 2 + authorWidth + 2
      for note in group.notes {
        for (k, line) in wrap(note.text, width - lead).enumerated() {
          let who = k == 0 ? note.clock + "  " + DisplayWidth.fit(safe(note.author), to: authorWidth) + "  " : ""
          rows.append([Span(DisplayWidth.pad(who, to: lead), style: .detailLabel), Span(line, style: .dialog)])
        }
      }
    }
    return rows
  }

  /// The votes as a table: the idea's code, its title (wrapped) and its dots, right-aligned,
  /// with a rule under the header.
  private static func votesTable(_ votes: [SessionSummary.Content.Vote], width: Int) -> [[Span]] {
    let codeHeader = safe(tr("export.session.idea"))
    let dotsHeader = safe(tr("export.session.dots"))
    let codeWidth = max(DisplayWidth.of(codeHeader), votes.map { DisplayWidth.of($0.idea.code) }.max() ?? 0)
    let dotsWidth = max(DisplayWidth.of(dotsHeader), votes.map { DisplayWidth.of(String($0.dots)) }.max() ?? 0)
    let widest = votes.map { DisplayWidth.of(safe($0.idea.title)) }.max() ?? 0
    let titleWidth = max(
      1, min(max(widest, DisplayWidth.of(safe(tr("export.md.title")))), width - codeWidth - dotsWidth - 4))
    var rows: [[Span]] = [
      [
        Span(DisplayWidth.pad(codeHeader, to: codeWidth + 2), style: .detailLabel),
        Span(DisplayWidth.fit(safe(tr("export.md.title")), to: titleWidth) + "  ", style: .detailLabel),
        Span(DisplayWidth.pad(dotsHeader, to: dotsWidth, alignment: .trailing), style: .detailLabel),
      ],
      [Span(String(repeating: "─", count: codeWidth + titleWidth + dotsWidth + 4), style: .border)],
    ]
    for vote in votes {
      for (k, line) in wrap(vote.idea.title, titleWidth).enumerated() {
        rows.append([
          Span(DisplayWidth.pad(k == 0 ? vote.idea.code : "", to: codeWidth + 2), style: .detailLabel),
          Span(DisplayWidth.pad(line, to: titleWidth) + "  ", style: .dialog),
          Span(
            k == 0 ? DisplayWidth.pad(String(vote.dots), to: dotsWidth, alignment: .trailing) : "",
            style: .title),
        ])
      }
    }
    return rows
  }

  /// Board text made safe to measure (`Sanitizer`: control and bidi characters as markers).
  private static func safe(_ text: String) -> String { Sanitizer.segments(text).map(\.text).joined() }

  /// `text` wrapped at word boundaries into lines of at most `width` cells (one empty line for
  /// an empty text).
  private static func wrap(_ text: String, _ width: Int) -> [String] {
    let lines = WordWrap.wrap(text, width: max(1, width)).map { $0.map(\.text).joined() }
    return lines.isEmpty ? [""] : lines
  }
}

extension AppState {
  /// The summary of the session being presented, as the room may see it.
  public var summaryContent: SessionSummary.Content? {
    guard let session = present, let id = session.sessionID else { return nil }
    return try? SessionSummary.content(id, on: board, publicText: session.publicText)
  }

  /// The summary screen's rows at `width` cells.
  func summaryRows(width: Int) -> [[Span]] {
    summaryContent.map { PresentSummaryOverlay.rows($0, width: width) } ?? []
  }
}
