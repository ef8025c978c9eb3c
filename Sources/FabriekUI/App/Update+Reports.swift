import FabriekCore

/// The reports screen (`r`): pages, the period, the filter. The figures are computed here when
/// something they depend on changes, so that drawing a page only lays out what is computed.
extension AppState {
  /// Opens the reports on this year, for the board's filter when one is on.
  mutating func openReports() {
    let text = filter.isActive ? filter.query?.text ?? "" : ""
    open(.reports(ReportsState(board: board, filter: text, today: now.day, user: user, now: now)))
  }

  /// After a change of the board: the same page, period and filter on the new figures.
  mutating func refreshReports() {
    guard var current = reports else { return }
    current.compute(board: board, today: now.day, user: user, now: now)
    reports = current
  }

  mutating func performInReports(_ action: Action) {
    guard var current = reports else { return }
    let page = max(1, ReportsView.bodyHeight(in: layout) - 1)
    switch action {
    case .reports(.page(let direction)):
      current.turnPage(direction == .next ? 1 : -1)
      current.computePage(board: board)
    case .reports(.period(let direction)):
      current.stepPeriod(direction == .next ? 1 : -1, campaigns: ReportPeriod.campaigns(on: board))
      current.compute(board: board, today: now.day, user: user, now: now)
      current.setScroll(0)
    case .reports(.filter): current.startTyping()
    case .reports(.clearFilter):
      current.setFilter("")
      current.compute(board: board, today: now.day, user: user, now: now)
    case .scroll(let direction): current.setScroll(current.scroll + (direction == .next ? 1 : -1))
    case .scrollPage(let direction): current.setScroll(current.scroll + (direction == .next ? page : -page))
    case .scrollToTop: current.setScroll(0)
    case .scrollToBottom: current.setScroll(Int.max / 2)
    case .close where current.isTypingFilter: current.stopTyping()
    case .close:
      closeScreen()
      return
    case .confirm:
      let typed = current.typing ?? current.filter
      let before = current.filter
      current.setFilter(typed)
      if current.compute(board: board, today: now.day, user: user, now: now) {
        current.stopTyping()
        current.setScroll(0)
      } else {
        current.setFilter(before)
      }
    case .deleteBackward:
      if let typing = current.typing { current.setTyping(String(typing.dropLast())) }
    case .clearInput: current.setTyping("")
    case .type(let character):
      if let typing = current.typing { current.setTyping(typing + String(character)) }
    default: break
    }
    current.setScroll(min(current.scroll, ReportsView.lastScroll(current, in: layout)))
    reports = current
  }

  /// After a resize: the scroll stays within the page's lines at the new width.
  mutating func settleReports() {
    guard var current = reports else { return }
    current.setScroll(min(current.scroll, ReportsView.lastScroll(current, in: layout)))
    reports = current
  }

  mutating func typeInReports(_ text: String) {
    guard var current = reports, let typing = current.typing else { return }
    current.setTyping(typing + text)
    reports = current
  }
}
