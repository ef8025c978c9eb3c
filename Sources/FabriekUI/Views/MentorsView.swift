import FabriekCore

/// The mentoring screens over the main area: a title row (the idea and mentors or partners;
/// the mentors screen's two tabs; the pool's count of accepted rows), the column headings, one
/// row per person, idea or pair (the cursor's row highlighted), and a row that says how many
/// more are above and below. Names, titles, expertise and reasons are board text, drawn
/// through the grid's sanitising `put` and clipped to their column by display width.
struct MentorsView {
  let state: AppState
  let mentors: MentorsState
  let layout: ScreenLayout

  static func box(in layout: ScreenLayout) -> Rect { RecordListView.box(in: layout) }

  /// The rows of the page's list that fit: below the title, the idea's matches (on the
  /// suggestions page) and the headings, above the more-marker row.
  static func visibleRows(in layout: ScreenLayout, state: MentorsState) -> Int {
    max(1, box(in: layout).height - 3 - MentorsView.matchRows(state, in: layout))
  }

  /// The idea's matches shown at most above its suggestions.
  static let matchesShown = 4

  /// The rows above the suggestions that show the idea's own matches: a heading, the matches
  /// and a blank row.
  static func matchRows(_ state: MentorsState, in layout: ScreenLayout) -> Int {
    guard case .suggestions = state.page, !state.matches.isEmpty else { return 0 }
    return 2 + min(matchesShown, state.matches.count)
  }

  /// "M-0014 Pieter Claes · mentor · introduced on 1 Nov 2026 · 2.5 h · goal reached: words".
  private func matchLine(_ m: Match) -> String {
    var parts = [m.code + "  " + name(m.person), UIText.role(m.kind.role)]
    let since = m.transitions.last?.at ?? m.proposedAt
    parts.append(tr("mentorui.match.since", ["state": m.state.label, "day": Format.day(since.day)]))
    if m.minutes > 0 { parts.append(tr("mentorui.match.hours", ["hours": Language.current.decimal(Double(m.minutes) / 60, places: 2)])) }
    if let reason = m.endReason {
      parts.append(reason.text.isEmpty ? reason.kind.label : reason.kind.label + ": " + reason.text)
    }
    if let override = m.overrideReason { parts.append(tr("mentorui.match.override", ["reason": override])) }
    return parts.joined(separator: " · ")
  }

  private func drawMatches(into grid: inout Grid, box: Rect) {
    let rows = Self.matchRows(mentors, in: layout)
    guard rows > 0 else { return }
    grid.put(tr("mentorui.matches.heading", ["n": mentors.matches.count]), x: box.x + 1, y: box.y + 1, style: .detailLabel, maxWidth: box.width - 2)
    let shown = Self.matchesShown
    let first = RecordList.firstShown(cursor: mentors.matchCursor, scroll: 0, count: mentors.matches.count, visible: shown)
    for offset in 0..<min(shown, mentors.matches.count - first) {
      let index = first + offset
      let y = box.y + 2 + offset
      let selected = index == mentors.matchCursor
      grid.put((selected ? "▸ " : "  ") + matchLine(mentors.matches[index]), x: box.x + 1, y: y,
        style: selected ? .cardFocused : .normal, maxWidth: box.width - 2)
    }
  }

  func draw(into grid: inout Grid) {
    let box = Self.box(in: layout)
    grid.fill(box, style: .normal)
    drawTitle(into: &grid, box: box)
    drawMatches(into: &grid, box: box)
    defer { if let prompt = mentors.prompt { MentorPromptView(board: board, prompt: prompt, layout: layout).draw(into: &grid) } }
    let table = self.table(width: box.width)
    let top = box.y + 1 + Self.matchRows(mentors, in: layout)
    var x = box.x + 1
    for column in table.columns {
      let headingX = column.trailing ? x + max(0, column.width - DisplayWidth.of(column.heading)) : x
      grid.put(column.heading, x: headingX, y: top, style: .detailLabel, maxWidth: column.width)
      x += column.width + RecordListView.gap
    }
    guard !table.rows.isEmpty else {
      grid.put(emptyText, x: box.x + 1, y: top + 1, style: .dim, maxWidth: box.width - 2)
      return
    }
    let visible = Self.visibleRows(in: layout, state: mentors)
    let first = RecordList.firstShown(
      cursor: mentors.cursor, scroll: mentors.scroll, count: table.rows.count, visible: visible)
    for offset in 0..<visible {
      let index = first + offset
      guard index < table.rows.count else { break }
      let y = top + 1 + offset
      let selected = index == mentors.cursor
      if selected { grid.fill(Rect(x: box.x, y: y, width: box.width, height: 1), style: .selection) }
      var x = box.x + 1
      for (column, text) in zip(table.columns, table.rows[index].cells) {
        let style: Style = selected ? .selection : table.rows[index].style ?? (column.trailing ? .dim : .normal)
        let cellX = column.trailing ? x + max(0, column.width - DisplayWidth.of(text)) : x
        grid.put(text, x: cellX, y: y, style: style, maxWidth: column.width)
        x += column.width + RecordListView.gap
      }
    }
    RecordListView.drawMore(first: first, visible: visible, count: table.rows.count, in: box, into: &grid)
  }

  private var board: Board { state.board }

  private func name(_ id: PersonID) -> String { board.people[id]?.fullName ?? id.code }

  private func title(_ id: IdeaID) -> String { board.ideas[id].map { $0.code + " " + $0.title } ?? id.code }

  private func drawTitle(into grid: inout Grid, box: Rect) {
    grid.fill(Rect(x: box.x, y: box.y, width: box.width, height: 1), style: .columnHeader)
    var spans: [Span]
    switch mentors.page {
    case .suggestions(let id):
      let role = mentors.role == .mentor ? "mentorui.suggestions.mentors" : "mentorui.suggestions.partners"
      spans = [
        Span(" " + tr(role, ["idea": title(id)]) + " · " + UIText.listCount(mentors.count), style: .columnHeaderFocused),
        Span(" · " + tr(mentors.role == .mentor ? "mentorui.tab.toPartners" : "mentorui.tab.toMentors") + " ", style: .columnHeader),
      ]
    case .people, .unmatched:
      let people = Span(
        " " + tr("mentorui.tab.people", ["n": mentors.page == .people ? mentors.count : MentorsState.loads(on: board).count]) + " ",
        style: mentors.page == .people ? .columnHeaderFocused : .columnHeader)
      let ideas = Span(
        " " + tr("mentorui.tab.unmatched", ["n": mentors.page == .unmatched ? mentors.count : MentorsState.unmatchedIdeas(on: board).count]) + " ",
        style: mentors.page == .unmatched ? .columnHeaderFocused : .columnHeader)
      spans = [people, Span("│", style: .columnHeader), ideas]
    case .pool:
      let accepted = mentors.pool.filter(\.accepted).count
      spans = [
        Span(" " + tr("mentorui.pool.title", ["accepted": accepted, "n": mentors.pool.count]) + " ", style: .columnHeaderFocused)
      ]
    }
    grid.put(spans: spans, x: box.x, y: box.y, maxWidth: box.width - 1)
  }

  private var emptyText: String {
    switch mentors.page {
    case .suggestions: tr(mentors.role == .mentor ? "mentorui.suggestions.noMentor" : "mentorui.suggestions.noPartner")
    case .people: tr("mentorui.people.none")
    case .unmatched: tr("mentorui.unmatched.none")
    case .pool: tr("mentorui.pool.nobody")
    }
  }

  struct Row {
    var cells: [String]
    var style: Style?
  }

  /// The page's columns at a width, and its rows as texts.
  private func table(width: Int) -> (columns: [RecordListView.Column], rows: [Row]) {
    typealias Column = RecordListView.Column
    let room = max(0, width - 2)
    let wide = width >= 120
    let decimal = { Language.current.decimal($0, places: 2) }
    switch mentors.page {
    case .suggestions:
      var columns = [
        Column(heading: tr("mentorui.column.name"), width: 0),
        Column(heading: tr("mentorui.column.score"), width: 6, trailing: true),
        Column(heading: tr("mentorui.column.why"), width: 0),
      ]
      Self.share(room, among: [0, 2], ratio: (2, 5), of: &columns)
      let rows = mentors.suggestions.map { s in
        Row(cells: [name(s.person), decimal(s.score), s.reasons.joined(separator: " · ")])
      }
      return (columns, rows)
    case .people:
      var columns = [
        Column(heading: tr("mentorui.column.name"), width: 0),
        Column(heading: tr("mentorui.column.load"), width: 7, trailing: true),
        Column(heading: tr("mentorui.column.hours"), width: 9, trailing: true),
        Column(heading: tr("mentorui.column.languages"), width: wide ? 11 : 8),
        Column(heading: tr("mentorui.column.expertise"), width: 0),
        Column(heading: tr("mentorui.column.ideas"), width: wide ? 32 : 14),
      ]
      Self.share(room, among: [0, 4], ratio: (3, 2), of: &columns)
      let rows = mentors.people.map { load -> Row in
        let person = board.people[load.person]
        let places = load.capacity.map { tr("mentorui.load.of", ["active": load.active, "capacity": $0]) } ?? String(load.active)
        let used = Language.current.decimal(Double(load.minutesUsed) / 60, places: 1)
        let hours =
          load.hoursBudget.map { tr("mentorui.hours.of", ["used": used, "budget": $0]) }
          ?? (load.minutesUsed > 0 ? tr("mentorui.hours.used", ["used": used]) : "–")
        let mark = load.isOverCapacity ? " !" : ""
        let partner = person.map { !$0.roles.contains(.mentor) } ?? false
        let shownName = name(load.person) + (partner ? " (" + UIText.role(.partner) + ")" : "")
        return Row(
          cells: [
            shownName, places + mark, hours, person?.languages.joined(separator: " ") ?? "",
            person?.expertise.joined(separator: ", ") ?? "", load.ideas.map(\.code).joined(separator: " "),
          ],
          style: load.isOverCapacity ? .badgeWarning : nil)
      }
      return (columns, rows)
    case .unmatched:
      var columns = [
        Column(heading: tr("mentorui.column.idea"), width: 0),
        Column(heading: tr("mentorui.column.themes"), width: 0),
      ]
      Self.share(room, among: [0, 1], ratio: (3, 2), of: &columns)
      let rows = mentors.unmatched.map { id in
        Row(cells: [title(id), board.ideas[id]?.tags.joined(separator: ", ") ?? ""])
      }
      return (columns, rows)
    case .pool:
      var columns = [
        Column(heading: "", width: 3),
        Column(heading: tr("mentorui.column.idea"), width: 0),
        Column(heading: tr("mentorui.column.person"), width: wide ? 26 : 16),
        Column(heading: tr("mentorui.column.score"), width: 6, trailing: true),
        Column(heading: tr("mentorui.column.why"), width: 0),
      ]
      Self.share(room, among: [1, 4], ratio: (1, 1), of: &columns)
      let rows = mentors.pool.map { row in
        Row(
          cells: [row.accepted ? "[x]" : "[ ]", title(row.idea), name(row.person), decimal(row.score),
            row.reasons.joined(separator: " · ")],
          style: row.accepted ? nil : .dim)
      }
      return (columns, rows)
    }
  }

  /// Gives the room the fixed columns and the gaps leave to two flexible ones, in a ratio.
  static func share(_ room: Int, among flexible: [Int], ratio: (Int, Int), of columns: inout [RecordListView.Column]) {
    let fixed = columns.reduce(0) { $0 + $1.width } + RecordListView.gap * (columns.count - 1)
    let left = max(2, room - fixed)
    columns[flexible[0]].width = max(1, left * ratio.0 / (ratio.0 + ratio.1))
    columns[flexible[1]].width = max(1, left - columns[flexible[0]].width)
  }
}
