import FabriekCore

/// The board's keys: focus, paging, moving and reordering cards, opening the detail.
extension AppState {
  mutating func performOnBoard(_ action: Action) -> [Effect] {
    let column = focusColumn
    switch action {
    case .focusColumn(let direction):
      focusColumn += direction == .next ? 1 : -1
    case .focusCard(let direction):
      if cardFocus.indices.contains(column) { cardFocus[column] += direction == .next ? 1 : -1 }
    case .focusFirst:
      if cardFocus.indices.contains(column) { cardFocus[column] = 0 }
    case .focusLast:
      if cardFocus.indices.contains(column) { cardFocus[column] = columns[column].count - 1 }
    case .page(let direction):
      let page = layout.cardsPerColumn
      if cardFocus.indices.contains(column) { cardFocus[column] += direction == .next ? page : -page }
    case .moveCard(let direction):
      return moveFocusedCard(direction)
    case .reorderCard(let direction):
      return reorderFocusedCard(direction)
    case .openDetail:
      if let id = focusedID { openDetail(id) } else { message = StatusMessage(UIText.noCard) }
    case .close:
      if search.isActive {
        clearSearch()
        message = StatusMessage(UIText.searchCleared)
      }
    case .jumpToMatch(let direction):
      jumpToMatch(direction)
    case .openForm(let kind):
      openForm(kind)
    case .addNote:
      openNoteForm()
    default:
      break
    }
    settle()
    return []
  }

  /// H/L: a commit that moves the focused card to the end of the previous or next stage.
  mutating func moveFocusedCard(_ direction: Action.Direction) -> [Effect] {
    guard let id = focusedID else {
      message = StatusMessage(UIText.noCard)
      return []
    }
    let target = focusColumn + (direction == .next ? 1 : -1)
    guard board.stages.indices.contains(target) else {
      message = StatusMessage(direction == .next ? UIText.lastStage(id.code) : UIText.firstStage(id.code))
      return []
    }
    let stage = board.stages[target]
    // Out of Incoming is a triage decision: who accepted the candidate, when, into which stage.
    if focusColumn == 0, target > 0 {
      guard let op = acceptance(of: id, into: stage) else { return [] }
      return commitMove(op, of: id, into: stage)
    }
    // Into Exited: the outcome is asked first (`Forms/Form+Exit.swift`), then move and outcome are one change.
    if stage.id == Stage.exited {
      openForm(.departure(id, index: nil))
      return []
    }
    return commitMove(.moveIdea(id, stage: stage.id, index: nil, enteredAt: now), of: id, into: stage)
  }

  /// The decision that takes a candidate out of Incoming into `stage`; nil (with the reason in
  /// the status line) when a candidate may not skip to that stage.
  mutating func acceptance(of id: IdeaID, into stage: Stage) -> BoardOperation? {
    guard Stage.acceptTargets.contains(stage.id) else {
      let names = Stage.acceptTargets.compactMap { board.stage($0)?.displayName }
      message = StatusMessage(UIText.cannotSkipTo(id.code, stage: stage.displayName, allowed: names), isError: true)
      return nil
    }
    return .decide(id, Decision(kind: .accept(stage: stage.id), by: user, at: now))
  }

  /// J/K: a commit that moves the focused card one place down or up in its column.
  mutating func reorderFocusedCard(_ direction: Action.Direction) -> [Effect] {
    guard let id = focusedID else {
      message = StatusMessage(UIText.noCard)
      return []
    }
    let index = cardFocus[focusColumn] + (direction == .next ? 1 : -1)
    guard columns[focusColumn].indices.contains(index) else {
      message = StatusMessage(direction == .next ? UIText.bottomOfColumn(id.code) : UIText.topOfColumn(id.code))
      return []
    }
    return commit(.reorderIdea(id, index: index), purpose: .change, follow: id)
  }

  /// The detail beside the board: j/k move the board's focus and the detail shows the focused
  /// card; the rest as in the detail.
  mutating func performInDetailBeside(_ action: Action) -> [Effect] {
    guard case .focusCard = action else {
      performInDetail(action)
      return []
    }
    let effects = performOnBoard(action)
    if let id = focusedID { openDetail(id) }
    return effects
  }

  /// The detail pane's keys.
  mutating func performInDetail(_ action: Action) {
    let page = max(1, detailRows - 1)
    switch action {
    case .scroll(let direction): scrollDetail(by: direction == .next ? 1 : -1)
    case .scrollPage(let direction): scrollDetail(by: direction == .next ? page : -page)
    case .scrollToTop: scrollDetail(by: -(detail?.lines.count ?? 0))
    case .scrollToBottom: scrollDetail(by: detail?.lines.count ?? 0)
    case .close:
      let id = detail?.id
      closeDetail()
      if let id { focus(on: id) }
    case .jumpToMatch(let direction): jumpToMatch(direction)
    default: break
    }
  }
}
