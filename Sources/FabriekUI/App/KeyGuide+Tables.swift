/// The README's key tables: the board's, the help's, triage's and present mode's, row by row.
extension KeyGuide {
  public static let all = [board, help, triage, present, mentors]

  public static let board = KeyGuide(
    name: "board", title: "board",
    rows: [
      Row(
        .keys(.board, [.focusColumn(.previous), .focusColumn(.next)]),
        text: "previous / next column (columns that do not fit scroll sideways)"),
      Row(
        .keys(.board, [.focusCard(.next), .focusCard(.previous)]), .keys(.board, [.focusFirst, .focusLast]),
        .keys(.board, [.page(.previous), .page(.next)]), text: "next / previous card, top / bottom, a page up / down"),
      Row(
        .keys(.board, [.moveCard(.previous), .moveCard(.next)]),
        text: "move the card to the previous / next stage (saved at once)"),
      Row(
        .keys(.board, [.reorderCard(.previous), .reorderCard(.next)]), text: "move the card up / down in its column"),
      Row(
        .keys(.board, [.openDetail]),
        text:
          "the idea's whole record (beside the board from 140 columns, full screen below); beside it, "
          + "`j`/`k` move the focus and the record follows, `J`/`K`, `Space`, `PgUp`/`PgDn` scroll it"),
      Row(.keys(.board, [.undo]), .keys(.board, [.redo]), text: "undo, redo"),
      Row(
        .keys(.board, [.startSearch]), .words(" then "),
        .keys(.boardSearching, [.jumpToMatch(.next), .jumpToMatch(.previous)]),
        text: "search as you type (case and accents ignored: `cafe` finds `Café`), next / previous match"),
      Row(.keys(.board, [.close]), text: "clear the search"),
      Row(
        .keys(.board, [.openPalette]),
        text: "command palette with completion: "
          + PaletteCommand.all.map { "`\($0.usage)`" }.joined(separator: ", ")),
      Row(
        .keys(.board, [.nextTheme]),
        text: "next theme (default, light, projector, monochrome, and yours in `~/.config/fabriek/themes`)"),
      Row(.keys(.board, [.showHelp]), text: "help"),
      Row(.keys(.board, [.quit]), text: "quit"),
      Row(
        .keys(.board, [.openForm(.newIdea)]),
        text: "new idea (title, pitch, applicant kind, innovators, origin; only the title is required)"),
      Row(
        .keys(.board, [.editIdea]),
        text: "edit the focused (or open) idea: overview, people, details and impact, in sections"),
      Row(.keys(.board, [.addNote]), text: "a quick note on the focused idea (the previous match while searching)"),
      Row(
        .keys(.board, [.editPart(.enrichment)]), .keys(.board, [.editPart(.financing)]),
        .keys(.board, [.editPart(.indicators)]),
        text: "the idea's enrichment modules (status and notes per module), financing applications, "
          + "indicators (baseline, target, current)"),
      Row(
        .keys(.detail, [.editExitPlan]), .words(" (in the detail)"),
        text: "the idea's exit plan (criteria, target date, status, outcome)"),
      Row(.keys(.board, [.startTriage]), text: "triage the Incoming queue (below)"),
      Row(.keys(.board, [.startPresenting]), text: "present on a projector (below)"),
      Row(
        .keys(.board, [.startFilter]), .words(" then "), .keys(.boardFiltered, [.clearFilter]),
        text: KeyGuide.filterRowText),
      Row(
        .keys(.board, [.mentors(.suggest)]),
        text: "suggest mentors and partners for the focused idea, with why (also in the detail; below)"),
      Row(.keys(.board, [.mentors(.openScreen)]), text: "the mentors screen, also `:mentors` (below)"),
      Row(
        .keys(.board, [.openReports]), .words(" then "), .keys(.reports, [.reports(.page(.next)), .reports(.page(.previous))]),
        .words(", "), .keys(.reports, [.reports(.period(.previous)), .reports(.period(.next))]), .words(", "),
        .keys(.reports, [.reports(.filter)]),
        text: "reports: a page per group of figures (funnel, time in stage, intake, mix, triage, mentors, financing, "
          + "exit plans) with bar charts and sparklines; `Tab` / `Shift-Tab` turn the pages, `[` / `]` step the "
          + "period (this year, last year, quarters, last 30 days, each campaign), `f` filters the ideas counted "
          + "with the board's query language, `F` counts all again; `fabriek report` prints or exports the same (below)"),
    ],
    covers: [.board, .boardSearching, .boardFiltered])

  public static let help = KeyGuide(
    name: "help", title: "help",
    rows: [
      Row(
        .keys(.help, [.close]),
        text: "close the help; `?` opens it at the keys of the screen it is opened from, "
          + "`F1` too and also where `?` is typed (a form, a search, the palette)"),
      Row(
        .keys(.help, [.startSearch]),
        text: "search the help as you type (case and accents ignored): the first matching line comes into "
          + "view; `↓` / `↑` step while typing, `Enter` keeps the search"),
      Row(
        .keys(.helpSearching, [.jumpToMatch(.next), .jumpToMatch(.previous)]),
        text: "next / previous matching line (round the end)"),
      Row(.keys(.helpSearching, [.close]), text: "end the search; a second `Esc` closes the help"),
      Row(.keys(.help, [.quit]), text: "quit"),
    ],
    covers: [.help, .helpSearching])

  public static let triage = KeyGuide(
    name: "triage", title: "triage",
    rows: [
      Row(
        .keys(.triage, [.score(1)]), text: "score the current criterion (within the rubric's scale) and go to the next"),
      Row(.keys(.triage, [.criterion(.next), .criterion(.previous)]), text: "next / previous criterion"),
      Row(
        .keys(.triage, [.decide(.accept)]), .keys(.triage, [.decide(.acceptInto)]),
        text: "accept into Idea generation, or into a stage you choose"),
      Row(.keys(.triage, [.decide(.decline)]), text: "decline: a reason from the list and a few words why (required)"),
      Row(
        .keys(.triage, [.decide(.park)]),
        text: "park until a date: `2027-03-01`, `+10d`, `+3w`, `+2m` (in the future)"),
      Row(
        .keys(.triage, [.decide(.merge)]),
        text:
          "merge into a suspected duplicate, or any idea found by code (`I-0138`, `138`) or words; its code, stage and title show before `Enter`"
      ),
      Row(.keys(.triage, [.candidate(.next), .candidate(.previous)]), text: "skip / back"),
      Row(.keys(.triage, [.scrollPage(.next), .scrollPage(.previous)]), text: "scroll the record a page down / up"),
      Row(
        .keys(.triage, [.editIdea]), .keys(.triage, [.addNote]),
        text: "edit the candidate, a note on it (the form goes back to triage, on the same candidate)"),
      Row(.keys(.triage, [.undo]), .keys(.triage, [.redo]), text: "undo the last decision or score, redo"),
      Row(
        .keys(.triage, [.openPalette]), .keys(.triage, [.nextTheme]), .keys(.triage, [.showHelp]),
        text: "command palette, next theme, help"),
      Row(.keys(.triage, [.close]), text: "back to the board"),
    ],
    covers: [.triage])

  public static let present = KeyGuide(
    name: "present", title: "present",
    rows: [
      Row(
        .keys(.present, [.present(.cycleView(.next)), .present(.cycleView(.previous))]),
        text: "next / previous view: board, spotlight, votes, timer"),
      Row(
        .keys(.present, [.present(.step(.next)), .present(.step(.previous))]),
        text: "step through the session's agenda (or the column): the next / previous idea"),
      Row(
        .keys(.present, [.present(.adjust(.next)), .present(.adjust(.previous))]),
        text: "a dot more or less for the spotlighted idea (on the timer view: a minute)"),
      Row(
        .keys(.present, [.present(.toggleTimer)]), .keys(.present, [.present(.preset(1))]),
        text: "start/pause the timer; "
          + PresentTimer.presets.dropLast().map(String.init).joined(separator: ", ") + " or "
          + (PresentTimer.presets.last.map(String.init) ?? "") + " minutes"),
      Row(
        .keys(.present, [.present(.capture)]),
        text: "one line of contribution, saved as a note on the idea for this session"),
      Row(
        .keys(.present, [.present(.summary)]),
        text: "the session's summary (also `fabriek export --format md --session ID`)"),
      Row(.keys(.present, [.undo]), .keys(.present, [.redo]), text: "undo the last vote or contribution, redo"),
      Row(.keys(.present, [.showHelp]), text: "help"),
      Row(.keys(.present, [.present(.leave)]), text: "back to the board"),
    ],
    covers: [.present])

  public static let mentors = KeyGuide(
    name: "mentors", title: "mentoring screens",
    rows: [
      Row(
        .keys(.suggestions, [.mentors(.move(.next)), .mentors(.move(.previous))]),
        .keys(.suggestions, [.mentors(.first), .mentors(.last)]),
        .keys(.suggestions, [.mentors(.page(.previous)), .mentors(.page(.next))]),
        text: "next / previous row, first / last, a page up / down (on every mentoring screen)"),
      Row(.keys(.suggestions, [.mentors(.switchRole)]), text: "suggestions: mentors or partners"),
      Row(
        .keys(.suggestions, [.mentors(.propose)]),
        text: "suggestions: propose the person under the cursor (over a capacity or hours budget, you are asked why)"),
      Row(
        .keys(.suggestions, [.mentors(.selectMatch(.next)), .mentors(.selectMatch(.previous))]),
        text: "suggestions: the idea's next / previous match (listed above the suggestions)"),
      Row(
        .keys(.suggestions, [.mentors(.advanceMatch)]), .keys(.suggestions, [.mentors(.endMatch)]),
        .keys(.suggestions, [.mentors(.declineMatch)]),
        text: "the match on (proposed → introduced → active); end it; decline it (a reason, `Tab` for another)"),
      Row(
        .keys(.suggestions, [.mentors(.logHours)]),
        text: "log hours on the match: hours, day, note (`Tab` from one to the next, `Enter` saves)"),
      Row(
        .keys(.mentors, [.mentors(.switchTab)]),
        text: "mentors screen: every mentor and partner with their load, or the ideas in Enrichment without a mentor"),
      Row(
        .keys(.mentorsUnmatched, [.mentors(.suggestForRow)]),
        text: "ideas without a mentor: the suggestions for the idea under the cursor"),
      Row(
        .keys(.mentorsUnmatched, [.mentors(.matchPool)]),
        text: "ideas without a mentor: match them all at once (the best total score under every capacity)"),
      Row(.keys(.mentorPool, [.mentors(.toggleRow)]), text: "pool: accept or drop the pair under the cursor"),
      Row(
        .keys(.mentorPool, [.mentors(.commitPool)]),
        text: "pool: propose every accepted pair as one change (one `u` takes it back)"),
      Row(
        .keys(.suggestions, [.undo]), .keys(.suggestions, [.redo]),
        .keys(.suggestions, [.openPalette]), .keys(.suggestions, [.showHelp]),
        text: "undo, redo, command palette, help"),
      Row(
        .keys(.suggestions, [.close]),
        text: "back to where the screen was opened from; in the pool, drop the assignment and go back to the ideas"),
    ],
    covers: [.suggestions, .mentorsUnmatched])
}
