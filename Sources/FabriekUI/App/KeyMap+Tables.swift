/// The key maps of the board, the detail pane, the search field, the palette and the help
/// overlay; those of the other screens are in `KeyMap+….swift`, the shared layers in
/// `KeyMap+Shared.swift`. The help overlay, the footer hints, the README's key tables
/// (`KeyGuide`) and the duplicate-key test all read these tables.
extension KeyMap {
  /// The table of a layer.
  public static func layer(_ layer: KeyLayer) -> KeyMap {
    switch layer {
    case .board: board
    case .boardSearching: boardSearching
    case .boardFiltered: boardFiltered
    case .detail: detail
    case .detailBeside: detailBeside
    case .search: search
    case .filterLine: filterLine
    case .palette: palette
    case .help: help
    case .triage: triage
    case .triagePrompt: triagePrompt
    case .triageQuestion: triageQuestion
    case .present: present
    case .presentCapture: presentCapture
    case .presentSummary: presentSummary
    case .form: form
    case .formDiscard: formDiscard
    case .formConflicts: formConflicts
    case .overLimit: overLimit
    case .list: list
    case .listFilter: listFilter
    case .typing: typing
    case .scrolling: scrolling
    case .everywhere: everywhere
    }
  }

  public static let board = KeyMap(
    layer: .board,
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
      KeyBinding([.char(":")], .openPalette, help: "command palette", hint: "command"),
      // Help and quit before the hints below, which the footer shows when it is wide enough.
      KeyBinding([.char("?")], .showHelp, help: "help", hint: "help"),
      KeyBinding([.char("q"), .ctrl("c")], .quit, help: "quit", hint: "quit"),
      KeyBinding([.char("n")], .openForm(.newIdea), help: "new idea (the next match while searching)", hint: "new"),
      KeyBinding([.char("N")], .addNote, help: "quick note on the idea (previous match in a search)"),
      KeyBinding([.escape], .close, help: "clear the search"),
      KeyBinding([.char("T")], .nextTheme, help: "next theme"),
      KeyBinding([.char("e")], .editIdea, help: "edit the idea", hint: "edit"),
      KeyBinding([.char("M")], .editPart(.enrichment), help: UIText.helpEditEnrichment),
      KeyBinding([.char("F")], .editPart(.financing), help: UIText.helpEditFinancing),
      KeyBinding([.char("I")], .editPart(.indicators), help: UIText.helpEditIndicators),
      KeyMap.startFilterBinding,
      KeyBinding([.char("t")], .startTriage, help: "triage the Incoming queue", hint: "triage"),
      KeyBinding([.char("p")], .startPresenting, help: "present on a projector (personal data hidden)", hint: "present"),
      KeyBinding([.char("m")], .unavailable(.mentors), help: "mentors (not yet available)"),
      KeyBinding([.char("r")], .unavailable(.reports), help: "reports (not yet available)"),
    ])

  /// While a search is active the board's `n` and `N` walk through its matches.
  public static let boardSearching = KeyMap(
    layer: .boardSearching, under: [.board, .everywhere],
    bindings: [
      KeyBinding([.char("n")], .jumpToMatch(.next), help: "next match (off the board: its detail)"),
      KeyBinding([.char("N")], .jumpToMatch(.previous), help: "previous match"),
    ])

  public static let detail = KeyMap(
    layer: .detail, under: [.scrolling, .everywhere], bindings: detailBindings)

  /// The detail beside the board (from 140 columns): j/k move the board's focus and the
  /// detail follows it, as in lazygit and tig; J/K, Space and the page keys scroll the detail.
  public static let detailBeside = KeyMap(
    layer: .detailBeside, under: [.everywhere],
    bindings: [
      KeyBinding([.char("j"), .down], .focusCard(.next), help: "next card (the detail follows)", hint: "card"),
      KeyBinding([.char("k"), .up], .focusCard(.previous), help: "previous card (the detail follows)", hint: "card"),
      KeyBinding([.char("J")], .scroll(.next), help: "scroll the detail down"),
      KeyBinding([.char("K")], .scroll(.previous), help: "scroll the detail up"),
      KeyBinding([.pageDown, .char(" ")], .scrollPage(.next), help: "the detail a page down", hint: "scroll"),
      KeyBinding([.pageUp], .scrollPage(.previous), help: "the detail a page up"),
      KeyBinding([.home], .scrollToTop, help: "the detail's top"),
      KeyBinding([.end], .scrollToBottom, help: "the detail's end"),
    ] + detailBindings)

  /// The detail's own keys, full screen or beside the board.
  static let detailBindings: [KeyBinding] = [
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
    ]

  /// Typed characters go into the search field; these are the other keys.
  public static let search = KeyMap(
    layer: .search, under: [.typing, .everywhere], takesText: true,
    bindings: [
      KeyBinding([.enter], .confirm, help: "keep the search and go back to the board", hint: "done"),
      KeyBinding([.down, .ctrl("n")], .jumpToMatch(.next), help: "next match", hint: "match"),
      KeyBinding([.up, .ctrl("p")], .jumpToMatch(.previous), help: "previous match", hint: "match"),
      KeyBinding([.escape], .close, help: "cancel the search", hint: "cancel"),
    ])

  /// Typed characters go into the command line; these are the other keys.
  public static let palette = KeyMap(
    layer: .palette, under: [.typing, .everywhere], takesText: true,
    bindings: [
      KeyBinding([.enter], .confirm, help: "run the command", hint: "run"),
      KeyBinding([.tab, .down], .complete(.next), help: "next completion", hint: "complete"),
      KeyBinding([.backTab, .up], .complete(.previous), help: "previous completion"),
      KeyBinding([.escape], .close, help: "close the palette", hint: "cancel"),
    ])

  public static let help = KeyMap(
    layer: .help, under: [.scrolling, .everywhere],
    bindings: [
      KeyBinding([.escape, .char("?"), .enter], .close, help: "close the help", hint: "close"),
      KeyBinding([.char("q"), .ctrl("c")], .quit, help: "quit"),
    ])
}
