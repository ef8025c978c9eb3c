/// The help overlay (`?`): every key map, scrolled; it closes back to the screen it opened over.
extension AppState {
  mutating func showHelp() {
    open(.help(scroll: 0))
  }

  mutating func performInHelp(_ action: Action) {
    let page = HelpOverlay.visibleRows(in: layout)
    switch action {
    case .scroll(let direction): scrollHelp(by: direction == .next ? 1 : -1)
    case .scrollPage(let direction): scrollHelp(by: direction == .next ? page : -page)
    case .scrollToTop: helpScroll = 0
    case .scrollToBottom: scrollHelp(by: HelpOverlay.lines(in: layout).lines.count)
    case .close: closeScreen()
    default: break
    }
  }

  mutating func scrollHelp(by amount: Int) {
    let most = max(0, HelpOverlay.lines(in: layout).lines.count - HelpOverlay.visibleRows(in: layout))
    helpScroll = min(max(0, helpScroll + amount), most)
  }
}
