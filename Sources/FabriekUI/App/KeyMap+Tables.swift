/// The key maps of every mode (DESIGN.md §3). The help overlay, the footer hints and the
/// duplicate-key test all read these tables.
extension KeyMap {
  public static func table(for mode: Mode) -> KeyMap {
    switch mode {
    case .board: board
    case .detail: detail
    case .search: search
    case .palette: palette
    case .help: help
    case .triage: triage
    case .triagePrompt: triagePrompt
    case .present: present
    case .form: form
    case .list: list
    case .listFilter: listFilter
    }
  }

  public static let board = KeyMap(
    mode: .board,
    bindings: [
      KeyBinding([.char("h"), .left], .focusColumn(.previous), help: "previous column", hint: "column"),
      KeyBinding([.char("l"), .right], .focusColumn(.next), help: "next column", hint: "column"),
      KeyBinding([.char("j"), .down], .focusCard(.next), help: "next card", hint: "card"),
      KeyBinding([.char("k"), .up], .focusCard(.previous), help: "previous card", hint: "card"),
      KeyBinding([.char("g"), .home], .focusFirst, help: "top of the column"),
      KeyBinding([.char("G"), .end], .focusLast, help: "bottom of the column"),
      KeyBinding([.pageUp], .page(.previous), help: "a page up"),
      KeyBinding([.pageDown], .page(.next), help: "a page down"),
      KeyBinding(
        [.char("H"), .shift(.left)], .moveCard(.previous), help: "move the card to the previous stage", hint: "move"),
      KeyBinding(
        [.char("L"), .shift(.right)], .moveCard(.next), help: "move the card to the next stage", hint: "move"),
      KeyBinding([.char("K"), .shift(.up)], .reorderCard(.previous), help: "move the card up in its column"),
      KeyBinding([.char("J"), .shift(.down)], .reorderCard(.next), help: "move the card down in its column"),
      KeyBinding([.enter], .openDetail, help: "open the idea's detail", hint: "open"),
      KeyBinding([.char("u")], .undo, help: "undo the last change"),
      KeyBinding([.ctrl("r")], .redo, help: "redo what was undone"),
      KeyBinding([.char("/")], .startSearch, help: "search", hint: "search"),
      KeyBinding([.char("n")], .openForm(.newIdea), help: "new idea (the next match while searching)"),
      KeyBinding([.char("N")], .addNote, help: "quick note on the idea (previous match in a search)"),
      KeyBinding([.escape], .close, help: "clear the search"),
      KeyBinding([.char(":")], .openPalette, help: "command palette", hint: "command"),
      KeyBinding([.char("T")], .nextTheme, help: "next theme"),
      KeyBinding([.char("e")], .editIdea, help: "edit the idea"),
      KeyBinding([.char("M")], .editPart(.enrichment), help: UIText.helpEditEnrichment),
      KeyBinding([.char("F")], .editPart(.financing), help: UIText.helpEditFinancing),
      KeyBinding([.char("I")], .editPart(.indicators), help: UIText.helpEditIndicators),
      KeyBinding([.char("f")], .unavailable(.filter), help: "filter (not yet available)"),
      KeyBinding([.char("t")], .startTriage, help: "triage the Incoming queue"),
      KeyBinding([.char("p")], .startPresenting, help: "present on a projector (personal data hidden)"),
      KeyBinding([.char("m")], .unavailable(.mentors), help: "mentors (not yet available)"),
      KeyBinding([.char("r")], .unavailable(.reports), help: "reports (not yet available)"),
      KeyBinding([.char("?")], .showHelp, help: "help", hint: "help"),
      KeyBinding([.char("q"), .ctrl("c")], .quit, help: "quit", hint: "quit"),
    ])

  public static let detail = KeyMap(
    mode: .detail,
    bindings: [
      KeyBinding([.char("j"), .down], .scroll(.next), help: "scroll down", hint: "scroll"),
      KeyBinding([.char("k"), .up], .scroll(.previous), help: "scroll up", hint: "scroll"),
      KeyBinding([.pageDown, .char(" ")], .scrollPage(.next), help: "a page down"),
      KeyBinding([.pageUp], .scrollPage(.previous), help: "a page up"),
      KeyBinding([.char("g"), .home], .scrollToTop, help: "top of the record"),
      KeyBinding([.char("G"), .end], .scrollToBottom, help: "end of the record"),
      KeyBinding([.escape, .enter], .close, help: "close the detail", hint: "close"),
      KeyBinding([.char("n")], .jumpToMatch(.next), help: "next search match"),
      KeyBinding([.char("N")], .jumpToMatch(.previous), help: "previous search match"),
      KeyBinding([.char("u")], .undo, help: "undo the last change", hint: "undo"),
      KeyBinding([.ctrl("r")], .redo, help: "redo what was undone"),
      KeyBinding([.char("/")], .startSearch, help: "search the board", hint: "search"),
      KeyBinding([.char(":")], .openPalette, help: "command palette", hint: "command"),
      KeyBinding([.char("T")], .nextTheme, help: "next theme"),
      KeyBinding([.char("e")], .editIdea, help: "edit the idea"),
      KeyBinding([.char("x")], .editExitPlan, help: "edit the exit plan"),
      KeyBinding([.char("M")], .editPart(.enrichment), help: UIText.helpEditEnrichment),
      KeyBinding([.char("F")], .editPart(.financing), help: UIText.helpEditFinancing),
      KeyBinding([.char("I")], .editPart(.indicators), help: UIText.helpEditIndicators),
      KeyBinding([.char("?")], .showHelp, help: "help", hint: "help"),
      KeyBinding([.char("q"), .ctrl("c")], .quit, help: "quit", hint: "quit"),
    ])

  /// Typed characters go into the search field; these are the other keys.
  public static let search = KeyMap(
    mode: .search,
    bindings: [
      KeyBinding([.enter], .confirm, help: "keep the search and go back to the board", hint: "done"),
      KeyBinding([.down, .ctrl("n")], .jumpToMatch(.next), help: "next match", hint: "match"),
      KeyBinding([.up, .ctrl("p")], .jumpToMatch(.previous), help: "previous match", hint: "match"),
      KeyBinding([.backspace], .deleteBackward, help: "delete a character"),
      KeyBinding([.ctrl("u")], .clearInput, help: "clear the search text"),
      KeyBinding([.escape], .close, help: "cancel the search", hint: "cancel"),
      KeyBinding([.ctrl("c")], .quit, help: "quit"),
    ])

  /// Typed characters go into the command line; these are the other keys.
  public static let palette = KeyMap(
    mode: .palette,
    bindings: [
      KeyBinding([.enter], .confirm, help: "run the command", hint: "run"),
      KeyBinding([.tab, .down], .complete(.next), help: "next completion", hint: "complete"),
      KeyBinding([.backTab, .up], .complete(.previous), help: "previous completion"),
      KeyBinding([.backspace], .deleteBackward, help: "delete a character"),
      KeyBinding([.ctrl("u")], .clearInput, help: "clear the command line"),
      KeyBinding([.escape], .close, help: "close the palette", hint: "cancel"),
      KeyBinding([.ctrl("c")], .quit, help: "quit"),
    ])

  public static let help = KeyMap(
    mode: .help,
    bindings: scrolling + [
      KeyBinding([.escape, .char("?"), .enter], .close, help: "close the help", hint: "close"),
      KeyBinding([.char("q"), .ctrl("c")], .quit, help: "quit"),
    ])

  /// Scrolling a long text (help, the session summary): one list, so both stay the same.
  static let scrolling: [KeyBinding] = [
    KeyBinding([.char("j"), .down], .scroll(.next), help: "scroll down", hint: "scroll"),
    KeyBinding([.char("k"), .up], .scroll(.previous), help: "scroll up", hint: "scroll"),
    KeyBinding([.pageDown, .char(" ")], .scrollPage(.next), help: "a page down"),
    KeyBinding([.pageUp], .scrollPage(.previous), help: "a page up"),
    KeyBinding([.char("g"), .home], .scrollToTop, help: "top"),
    KeyBinding([.char("G"), .end], .scrollToBottom, help: "end"),
  ]
}
