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
    case .helpSearching: helpSearching
    case .helpSearch: helpSearch
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
    case .confirmMerge: confirmMerge
    case .list: list
    case .sessionList: sessionList
    case .listFilter: listFilter
    case .suggestions: suggestions
    case .mentors: mentors
    case .mentorsUnmatched: mentorsUnmatched
    case .mentorPool: mentorPool
    case .mentorPrompt: mentorPrompt
    case .importPreview: importPreview
    case .erasure: erasure
    case .erasureResult: erasureResult
    case .reports: reports
    case .reportsFilter: reportsFilter
    case .alumni: alumni
    case .typing: typing
    case .scrolling: scrolling
    case .everywhere: everywhere
    }
  }

  public static let board = KeyMap(
    layer: .board,
    bindings: [
      KeyBinding([.char("h"), .left], .focusColumn(.previous), help: "keys.previousColumn", hint: "keys.hint.column"),
      KeyBinding([.char("l"), .right], .focusColumn(.next), help: "keys.nextColumn", hint: "keys.hint.column"),
      KeyBinding([.char("j"), .down], .focusCard(.next), help: "keys.nextCard", hint: "keys.hint.card"),
      KeyBinding([.char("k"), .up], .focusCard(.previous), help: "keys.previousCard", hint: "keys.hint.card"),
      KeyBinding([.char("g"), .home], .focusFirst, help: "keys.topColumn"),
      KeyBinding([.char("G"), .end], .focusLast, help: "keys.bottomColumn"),
      KeyBinding([.pageUp], .page(.previous), help: "keys.pageUp"),
      KeyBinding([.pageDown], .page(.next), help: "keys.pageDown"),
      KeyBinding(
        [.char("H"), .shift(.left)], .moveCard(.previous), help: "keys.moveCardPreviousStage", hint: "keys.hint.move"),
      KeyBinding(
        [.char("L"), .shift(.right)], .moveCard(.next), help: "keys.moveCardNextStage", hint: "keys.hint.move"),
      KeyBinding([.char("K"), .shift(.up)], .reorderCard(.previous), help: "keys.moveCardUpColumn"),
      KeyBinding([.char("J"), .shift(.down)], .reorderCard(.next), help: "keys.moveCardDownColumn"),
      KeyBinding([.enter], .openDetail, help: "keys.openIdeaDetail", hint: "keys.hint.open"),
      KeyBinding([.char("u")], .undo, help: "keys.undoLastChange"),
      KeyBinding([.ctrl("r")], .redo, help: "keys.redoWhatUndone"),
      KeyBinding([.char("/")], .startSearch, help: "keys.search", hint: "keys.hint.search"),
      KeyBinding([.char(":")], .openPalette, help: "keys.commandPalette", hint: "keys.hint.command"),
      // Help and quit before the hints below, which the footer shows when it is wide enough.
      KeyBinding([.char("?")], .showHelp, help: "keys.help", hint: "keys.hint.help"),
      KeyBinding([.char("q"), .ctrl("c")], .quit, help: "keys.quit", hint: "keys.hint.quit"),
      KeyBinding([.char("n")], .openForm(.newIdea), help: "keys.newIdeaNextMatchWhile", hint: "keys.hint.new"),
      KeyBinding([.char("N")], .addNote, help: "keys.quickNoteIdeaPreviousMatch"),
      KeyBinding([.escape], .close, help: "keys.clearSearch"),
      KeyBinding([.char("T")], .nextTheme, help: "keys.nextTheme"),
      KeyBinding([.char("e")], .editIdea, help: "keys.editIdea", hint: "keys.hint.edit"),
      KeyBinding([.char("M")], .editPart(.enrichment), help: "keys.editEnrichmentModules"),
      KeyBinding([.char("F")], .editPart(.financing), help: "keys.editFinancingApplications"),
      KeyBinding([.char("I")], .editPart(.indicators), help: "keys.editIndicators"),
      KeyMap.startFilterBinding,
      KeyBinding([.char("t")], .startTriage, help: "keys.triageIncomingQueue", hint: "keys.hint.triage"),
      KeyBinding([.char("p")], .startPresenting, help: "keys.presentProjectorPersonalDataHidden", hint: "keys.hint.present"),
      KeyBinding([.char("m")], .mentors(.suggest), help: "keys.mentors.suggest"),
      KeyBinding([.char("b")], .mentors(.openScreen), help: "keys.mentors.openScreen"),
      KeyBinding([.char("r")], .openReports, help: "keys.reports.open"),
    ])

  /// While a search is active the board's `n` and `N` walk through its matches.
  public static let boardSearching = KeyMap(
    layer: .boardSearching, under: [.board, .everywhere],
    bindings: [
      KeyBinding([.char("n")], .jumpToMatch(.next), help: "keys.nextMatchOffBoardDetail"),
      KeyBinding([.char("N")], .jumpToMatch(.previous), help: "keys.previousMatch"),
    ])

  public static let detail = KeyMap(
    layer: .detail, under: [.scrolling, .everywhere], bindings: detailBindings)

  /// The detail beside the board (from 140 columns): j/k move the board's focus and the
  /// detail follows it, as in lazygit and tig; J/K, Space and the page keys scroll the detail.
  public static let detailBeside = KeyMap(
    layer: .detailBeside, under: [.everywhere],
    bindings: [
      KeyBinding([.char("j"), .down], .focusCard(.next), help: "keys.nextCardDetailFollows", hint: "keys.hint.card"),
      KeyBinding([.char("k"), .up], .focusCard(.previous), help: "keys.previousCardDetailFollows", hint: "keys.hint.card"),
      KeyBinding([.char("J")], .scroll(.next), help: "keys.scrollDetailDown"),
      KeyBinding([.char("K")], .scroll(.previous), help: "keys.scrollDetailUp"),
      KeyBinding([.pageDown, .char(" ")], .scrollPage(.next), help: "keys.detailPageDown", hint: "keys.hint.scroll"),
      KeyBinding([.pageUp], .scrollPage(.previous), help: "keys.detailPageUp"),
      KeyBinding([.home], .scrollToTop, help: "keys.detailTop"),
      KeyBinding([.end], .scrollToBottom, help: "keys.detailEnd"),
    ] + detailBindings)

  /// The detail's own keys, full screen or beside the board.
  static let detailBindings: [KeyBinding] = [
      KeyBinding([.escape, .enter], .close, help: "keys.closeDetail", hint: "keys.hint.close"),
      KeyBinding([.char("n")], .jumpToMatch(.next), help: "keys.nextSearchMatch"),
      KeyBinding([.char("N")], .jumpToMatch(.previous), help: "keys.previousSearchMatch"),
      KeyBinding([.char("u")], .undo, help: "keys.undoLastChange", hint: "keys.hint.undo"),
      KeyBinding([.ctrl("r")], .redo, help: "keys.redoWhatUndone"),
      KeyBinding([.char("/")], .startSearch, help: "keys.searchBoard", hint: "keys.hint.search"),
      KeyBinding([.char(":")], .openPalette, help: "keys.commandPalette", hint: "keys.hint.command"),
      KeyBinding([.char("T")], .nextTheme, help: "keys.nextTheme"),
      KeyBinding([.char("e")], .editIdea, help: "keys.editIdea"),
      KeyBinding([.char("x")], .editExitPlan, help: "keys.editExitPlan"),
      KeyBinding([.char("M")], .editPart(.enrichment), help: "keys.editEnrichmentModules"),
      KeyBinding([.char("F")], .editPart(.financing), help: "keys.editFinancingApplications"),
      KeyBinding([.char("I")], .editPart(.indicators), help: "keys.editIndicators"),
      KeyBinding([.char("m")], .mentors(.suggest), help: "keys.mentors.suggest"),
      KeyBinding([.char("?")], .showHelp, help: "keys.help", hint: "keys.hint.help"),
      KeyBinding([.char("q"), .ctrl("c")], .quit, help: "keys.quit", hint: "keys.hint.quit"),
    ]

  /// Typed characters go into the search field; these are the other keys.
  public static let search = textLine(
    .search, enter: ("keys.keepSearchGoBackBoard", "keys.hint.done"),
    between: matchBindings(next: "keys.nextMatch", previous: "keys.previousMatch"),
    escape: ("keys.cancelSearch", "keys.hint.cancel"))

  /// Typed characters go into the command line; these are the other keys.
  public static let palette = textLine(
    .palette, enter: ("keys.runCommand", "keys.hint.run"),
    between: [
      KeyBinding([.tab, .down], .complete(.next), help: "keys.nextCompletion", hint: "keys.hint.complete"),
      KeyBinding([.backTab, .up], .complete(.previous), help: "keys.previousCompletion"),
    ],
    escape: ("keys.closePalette", "keys.hint.cancel"))

  public static let help = KeyMap(
    layer: .help, under: [.scrolling, .everywhere],
    bindings: [
      KeyBinding([.escape, .char("?"), .enter, .function(1)], .close, help: "keys.closeHelp", hint: "keys.hint.close"),
      KeyBinding([.char("/")], .startSearch, help: "keys.help.search", hint: "keys.hint.search"),
      KeyBinding([.char("q"), .ctrl("c")], .quit, help: "keys.quit"),
    ])

  /// While a search of the help is kept, `n` and `N` step through its matches and Esc ends it.
  public static let helpSearching = KeyMap(
    layer: .helpSearching, under: [.help, .scrolling, .everywhere],
    bindings: [
      KeyBinding([.char("n")], .jumpToMatch(.next), help: "keys.help.nextMatch", hint: "keys.hint.match"),
      KeyBinding([.char("N")], .jumpToMatch(.previous), help: "keys.help.previousMatch", hint: "keys.hint.match"),
      KeyBinding([.escape], .close, help: "keys.help.endSearch", hint: "keys.hint.endSearch"),
    ])

  /// Typed characters go into the help's search; the first matching line comes into view.
  public static let helpSearch = textLine(
    .helpSearch, enter: ("keys.help.keepSearch", "keys.hint.done"),
    between: matchBindings(next: "keys.help.nextMatch", previous: "keys.help.previousMatch"),
    escape: ("keys.help.endSearch", "keys.hint.endSearch"))

  /// `↓`/`↑` (and Ctrl-N/Ctrl-P) while a search is typed: the next or previous match.
  static func matchBindings(next: String, previous: String) -> [KeyBinding] {
    [
      KeyBinding([.down, .ctrl("n")], .jumpToMatch(.next), help: next, hint: "keys.hint.match"),
      KeyBinding([.up, .ctrl("p")], .jumpToMatch(.previous), help: previous, hint: "keys.hint.match"),
    ]
  }
}
