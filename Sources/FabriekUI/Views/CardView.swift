import FabriekCore

/// One card of a column, three rows tall: the code and badges, the title, the innovator and
/// the tags. The focused card is drawn in `cardFocused` from edge to edge; a search match
/// has its title row in `searchMatch`.
struct CardView {
  let idea: Idea
  let board: Board
  let now: Timestamp
  let isFocused: Bool
  let isMatch: Bool
  /// The active filter's free words, folded: marked where they occur in the title.
  var highlights: [String] = []

  /// Draws the card, or copies it from `CardCache` when it was drawn the same way before.
  func draw(into grid: inout Grid, at rect: Rect) {
    guard rect.width > 2, rect.height >= 3, grid.bounds.contains(rect) else { return drawCells(into: &grid, at: rect) }
    let key = CardCache.Key(
      id: idea.id, width: rect.width, height: rect.height, days: Format.days(from: idea.enteredStage, to: now),
      isFocused: isFocused, isMatch: isMatch, highlights: highlights, language: Language.current, today: now.day)
    let innovator = idea.innovators.first.flatMap { board.people[$0]?.fullName }
    let background = grid.cells(in: rect)
    if let cells = CardCache.shared.lookup(
      key,
      matching: {
        $0.idea == idea && $0.innovator == innovator && $0.background == background && $0.stages == board.stages
          && $0.rubric == board.rubric
      })
    {
      grid.setCells(cells, in: rect)
      return
    }
    drawCells(into: &grid, at: rect)
    CardCache.shared.store(
      key,
      CardCache.Entry(
        idea: idea, innovator: innovator, stages: board.stages, rubric: board.rubric, background: background,
        cells: grid.cells(in: rect)))
  }

  private func drawCells(into grid: inout Grid, at rect: Rect) {
    let inner = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: rect.height)
    guard inner.width > 0, rect.height >= 3 else { return }
    if isFocused { grid.fill(rect, style: .cardFocused) }
    if isMatch && !isFocused {
      grid.fill(Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: 1), style: .searchMatch)
    }
    drawTopRow(into: &grid, inner)
    let titleStyle: Style = isFocused ? .cardFocused : (isMatch ? .searchMatch : .card)
    if !highlights.isEmpty && !isFocused && !isMatch {
      grid.put(
        spans: FilterHighlight.spans(idea.title, words: highlights, style: titleStyle), x: inner.x, y: inner.y + 1,
        maxWidth: inner.width)
    } else {
      grid.put(idea.title, x: inner.x, y: inner.y + 1, style: titleStyle, maxWidth: inner.width)
    }
    var meta: [Span] = []
    if let first = idea.innovators.first, let person = board.people[first] {
      meta.append(Span(person.fullName, style: style(.cardMeta)))
      if idea.innovators.count > 1 { meta.append(Span(" +\(idea.innovators.count - 1)", style: style(.cardMeta))) }
    }
    if !idea.tags.isEmpty {
      if !meta.isEmpty { meta.append(Span(" · ", style: style(.cardMeta))) }
      meta.append(Span(idea.tags.map { "#" + $0 }.joined(separator: " "), style: style(.dim)))
    }
    grid.put(spans: meta, x: inner.x, y: inner.y + 2, maxWidth: inner.width)
  }

  /// The code on the left, as many badges as fit on the right.
  private func drawTopRow(into grid: inout Grid, _ inner: Rect) {
    let codeEnd = grid.put(idea.code, x: inner.x, y: inner.y, style: style(.cardCode), maxWidth: inner.width)
    let room = inner.maxX - codeEnd - 1
    var shown: [Span] = []
    var used = 0
    for badge in CardFacts.badges(idea, board: board, now: now) {
      let cells = DisplayWidth.of(badge.text) + (shown.isEmpty ? 0 : 1)
      if used + cells > room { continue }
      shown.append(badge)
      used += cells
    }
    var x = inner.maxX - used
    for (position, badge) in shown.enumerated() {
      if position > 0 { x += 1 }
      x = grid.put(badge.text, x: x, y: inner.y, style: style(badge.style))
    }
  }

  private func style(_ slot: Style) -> Style { isFocused ? .cardFocused : slot }
}
