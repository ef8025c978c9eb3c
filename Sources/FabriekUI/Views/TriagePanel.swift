import FabriekCore

/// The right side of the triage screen: the rubric (the current criterion marked, this
/// reviewer's score, every reviewer's mean and spread, "≠" where they disagree), the weighted
/// totals, the suspected duplicates and, over the bottom, a decision's prompt.
struct TriagePanel {
  let state: AppState
  let session: TriageSession
  let idea: Idea

  /// The cells of the number columns right of a criterion's name: you, mean, spread, flag.
  static let numbersWidth = 15

  func draw(into grid: inout Grid, area: Rect) {
    guard area.width > Self.numbersWidth + 4, area.height > 2 else { return }
    var y = area.y
    let rubric = state.board.rubric
    let mine = idea.scores[state.user] ?? [:]
    let consensus = rubric.consensus(idea.scores)
    let numbersX = area.maxX - Self.numbersWidth
    if let decided = state.decisionText(of: idea) {
      for line in WordWrap.wrap(decided, width: area.width) where y < area.maxY - 1 {
        grid.put(segments: line, x: area.x, y: y, style: .badgeWarning)
        y += 1
      }
      y += 1
    }
    grid.put(UIText.rubricHeading, x: area.x, y: y, style: .detailHeading, maxWidth: max(1, numbersX - area.x - 1))
    put(UIText.rubricYou, UIText.rubricMean, UIText.rubricSpread, at: numbersX, y: y, into: &grid, style: .detailLabel)
    y += 1
    for (index, criterion) in rubric.criteria.enumerated() where y < area.maxY {
      let current = index == session.criterion
      if current { grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: .selection) }
      let style: Style = current ? .selection : .normal
      let name = criterion.displayName + " ×" + Format.number(criterion.weight)
      grid.put(current ? "▸ " : "  ", x: area.x, y: y, style: current ? .selection : .dim)
      grid.put(name, x: area.x + 2, y: y, style: style, maxWidth: numbersX - area.x - 3)
      let agreement = consensus[index]
      let you = mine[criterion.id].map(String.init) ?? "·"
      let mean = agreement.mean.map(Format.decimal) ?? "–"
      let spread = agreement.count > 1 ? String(agreement.spread) : ""
      put(you, mean, spread, at: numbersX, y: y, into: &grid, style: style)
      if agreement.isDisagreement {
        grid.put(UIText.disagreement, x: area.maxX - 1, y: y, style: .badgeWarning)
      }
      y += 1
    }
    y += 1
    y = drawTotals(into: &grid, area: area, y: y, consensus: consensus)
    drawDuplicates(into: &grid, area: area, y: y + 1)
    if let prompt = session.prompt {
      TriagePromptView(state: state, code: idea.code, prompt: prompt).draw(into: &grid, area: area)
    }
  }

  /// The three number columns, right-aligned.
  private func put(
    _ you: String, _ mean: String, _ spread: String, at x: Int, y: Int, into grid: inout Grid, style: Style
  ) {
    let text =
      DisplayWidth.pad(you, to: 4, alignment: .trailing) + DisplayWidth.pad(mean, to: 6, alignment: .trailing)
      + DisplayWidth.pad(spread, to: 3, alignment: .trailing)
    grid.put(text, x: x, y: y, style: style)
  }

  /// "Weighted total 3.8", every reviewer's mean, and which criteria they disagree on.
  private func drawTotals(into grid: inout Grid, area: Rect, y start: Int, consensus: [ScoreConsensus]) -> Int {
    var y = start
    let rubric = state.board.rubric
    let mine = (idea.scores[state.user]).flatMap { rubric.weightedTotal($0) }.map(Format.decimal) ?? "–"
    grid.put(UIText.weightedTotal, x: area.x, y: y, style: .detailLabel)
    grid.put(DisplayWidth.pad(mine, to: 4, alignment: .trailing), x: area.maxX - Self.numbersWidth, y: y, style: .title)
    y += 1
    if let mean = CardFacts.meanScore(idea, rubric: rubric), !idea.scores.isEmpty {
      let text = UIText.allReviewers(Format.decimal(mean), count: idea.scores.count)
      grid.put(text, x: area.x, y: y, style: .dim, maxWidth: area.width)
      y += 1
    }
    let disputed = consensus.filter(\.isDisagreement).map(\.criterion.displayName)
    if !disputed.isEmpty {
      for line in WordWrap.wrap(UIText.disagreementNote(disputed), width: area.width) where y < area.maxY {
        grid.put(segments: line, x: area.x, y: y, style: .badgeWarning)
        y += 1
      }
    }
    return y
  }

  private func drawDuplicates(into grid: inout Grid, area: Rect, y start: Int) {
    var y = start
    guard y < area.maxY else { return }
    grid.put(UIText.duplicatesHeading, x: area.x, y: y, style: .detailHeading)
    y += 1
    if session.duplicates.isEmpty, y < area.maxY {
      grid.put(UIText.noDuplicates, x: area.x, y: y, style: .dim, maxWidth: area.width)
    }
    for id in session.duplicates where y < area.maxY {
      guard let other = state.board.ideas[id] else { continue }
      let place = other.outcome?.label ?? state.board.stage(other.stage)?.displayName ?? other.stage
      grid.put(
        spans: [
          Span(id.code + " ", style: .cardCode), Span(other.title, style: .badgeWarning),
          Span(" (\(place))", style: .dim),
        ],
        x: area.x, y: y, maxWidth: area.width)
      y += 1
    }
  }
}
