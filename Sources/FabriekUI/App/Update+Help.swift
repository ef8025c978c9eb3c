/// The help overlay (`?`, F1): every key map, scrolled to the section of the screen it was
/// opened from, and searched with `/`; it closes back to that screen.
extension AppState {
  mutating func showHelp() {
    if case .help = screen {
      closeScreen()
      return
    }
    let section = Self.helpSection(of: keyLayer)
    open(.help(HelpState()))
    if section != .board, let line = HelpOverlay.lines(in: layout).headings[section] { scrollHelp(to: line) }
  }

  /// The layer whose heading begins the section of `layer`: a state of a screen (a search on
  /// the board, a prompt, a form's question) belongs to that screen's section.
  static func helpSection(of layer: KeyLayer) -> KeyLayer {
    var section = layer
    while section.isPartOfThePrevious,
      let index = KeyLayer.allCases.firstIndex(of: section), index > KeyLayer.allCases.startIndex
    {
      section = KeyLayer.allCases[KeyLayer.allCases.index(before: index)]
    }
    return section
  }

  mutating func performInHelp(_ action: Action) {
    let page = HelpOverlay.visibleRows(in: layout)
    switch action {
    case .scroll(let direction): scrollHelp(by: direction == .next ? 1 : -1)
    case .scrollPage(let direction): scrollHelp(by: direction == .next ? page : -page)
    case .scrollToTop: helpScroll = 0
    case .scrollToBottom: scrollHelp(by: HelpOverlay.lines(in: layout).lines.count)
    case .close where keyLayer == .helpSearch || keyLayer == .helpSearching:
      help.query = nil
      help.isTyping = false
      help.match = nil
    case .close: closeScreen()
    case .type(let character):
      help.query = (help.query ?? "") + String(character)
      findInHelp(from: help.match ?? helpScroll, step: 0)
    case .deleteBackward:
      if var query = help.query, !query.isEmpty {
        query.removeLast()
        help.query = query
        findInHelp(from: help.match ?? helpScroll, step: 0)
      }
    case .clearInput:
      help.query = ""
      help.match = nil
    case .confirm: help.isTyping = false
    case .jumpToMatch(let direction): findInHelp(from: help.match ?? helpScroll, step: direction == .next ? 1 : -1)
    default: break
    }
  }

  /// `/` in the help: an empty search, typed into.
  mutating func startHelpSearch() {
    help.query = ""
    help.isTyping = true
    help.match = nil
  }

  /// Brings the match at or after `line` (`step` 0), or the next (1) or previous (-1) one,
  /// into view, round the end; no match leaves the help where it is.
  mutating func findInHelp(from line: Int, step: Int) {
    let matches = HelpState.matches(of: help.query ?? "", in: HelpOverlay.text(in: layout))
    guard !matches.isEmpty else {
      help.match = nil
      return
    }
    let found: Int
    switch step {
    case 0: found = matches.first { $0 >= line } ?? matches[0]
    case 1...: found = matches.first { $0 > line } ?? matches[0]
    default: found = matches.last { $0 < line } ?? matches[matches.count - 1]
    }
    help.match = found
    let rows = HelpOverlay.visibleRows(in: layout)
    if found < helpScroll || found >= helpScroll + rows { scrollHelp(to: found) }
  }

  mutating func scrollHelp(to line: Int) { scrollHelp(by: line - helpScroll) }

  mutating func scrollHelp(by amount: Int) {
    let most = max(0, HelpOverlay.lines(in: layout).lines.count - HelpOverlay.visibleRows(in: layout))
    helpScroll = min(max(0, helpScroll + amount), most)
  }
}
