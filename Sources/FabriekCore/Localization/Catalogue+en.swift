// The English texts of fabriek, by key (Language.swift says how they are chosen; docs/GLOSSARY.md
// holds the words every text uses). Each section belongs to one part of the code; keep a key's
// parameters the same in every language (CatalogueTests checks both).
extension Catalogue {
  static let en: [String: CatalogueEntry] = [
    // MARK: core: stages, rubric, outcomes, rules and errors of the board (FabriekCore)
    "stage.incoming": "Incoming",
    "stage.idea-generation": "Idea generation",
    "stage.enrichment": "Enrichment",
    "stage.realisation": "Realisation",
    "stage.exited": "Exited",
    "count.ideas": .plural("n", one: "{n} idea", other: "{n} ideas"),
    "language.name.en": "English",
    "language.name.nl": "Dutch",
    "language.name.fr": "French",
    // END core
    // MARK: store: board file and recovery messages (FabriekCore/Store)
    // END store
    // MARK: intake: import messages (FabriekCore/Intake)
    // END intake
    // MARK: ui: the board screen, detail, forms, triage, present, lists, palette, help (FabriekUI)
    "settings.languageNotText": "`language` must be a text such as \"nl\"",
    "settings.cannotWrite": "it cannot be written (check the folder's permissions)",
    "settings.cannotRead": "it cannot be read (check its permissions)",
    "settings.notUTF8": "it is not UTF-8 text",
    "settings.error": "The settings file {path} is not used: {reason}.",
    "lang.unknown": "“{name}” is not a language fabriek speaks; choose en, nl or fr.",
    "lang.remembered": "The interface is now in {language}; {path} remembers it.",
    "lang.switched": "The interface is now in {language}.",
    // END ui
    // MARK: keys: key descriptions of the help overlay and README (FabriekUI/App/KeyGuide*)
    // END keys
    // MARK: cli: command-line output, errors and --help (Sources/fabriek)
    // END cli
    // MARK: filter: the query language and saved views
    "filter.list": "{items} or {last}",
    "filter.error.unknownField": "“{word}”: there is no field “{field}”; the fields are {fields}.",
    "filter.error.ambiguousField": "“{word}”: “{field}” could be {candidates}; type more of the name.",
    "filter.error.missingValue": "“{word}”: {field} needs a value (or none, or any).",
    "filter.error.unknownValue": "“{word}”: {field} cannot be “{value}”; choose {choices}.",
    "filter.error.ambiguousValue": "“{word}”: “{value}” could be {candidates}; type more of it.",
    "filter.error.notANumber": "“{word}”: {field} takes a number, not “{value}”.",
    "filter.error.notADate": "“{word}”: “{value}” is not a date; type 2026-01-01 or 01/01/2026.",
    "filter.error.outOfRange": "“{word}”: {field} goes from {lowest} to {highest}.",
    "filter.error.noComparison": "“{word}”: {field} takes a value after a colon, not a comparison.",
    "filter.error.noneOrAny": "“{word}”: {field} cannot be “{value}”; give one of its values.",
    "filter.error.unclosedQuote": "“{word}”: the quote is not closed.",
    "filter.error.unmatchedParenthesis": "“{word}”: this parenthesis has no partner.",
    "filter.error.emptyGroup": "“{word}”: there is nothing between the parentheses.",
    "filter.error.danglingOr": "“{word}”: it needs a term on both sides.",
    "filter.error.danglingNegation": "“{word}”: a minus needs a term right after it.",
    "filter.view.unscored": "unscored",
    "filter.view.stale": "stale",
    "filter.view.noExitPlan": "no exit plan",
    "filter.view.noMentor": "no mentor",
    "filter.view.mine": "mine",
    "filter.view.declined": "declined",
    "filter.view.parkedDue": "parked due",
    "filter.cli.badFilter": "--filter: {message}",
    "filter.cli.unknownView": "--view: there is no view “{name}”; the views are {views}.",
    "filter.cli.ambiguousView": "--view: “{name}” could be {candidates}.",
    "filter.cli.badView": "--view {name}: {message}",
    "filter.mode": "FILTER",
    "filter.cleared": "Filter cleared: every card shows again.",
    "filter.viewShown": .plural("count", one: "View “{name}”: {count} idea ({query}).", other: "View “{name}”: {count} ideas ({query})."),
    "filter.viewBroken": "The view “{name}” cannot be used: {message}",
    "filter.line.help": "type words or field:value (stage: tag: coach:me score>3 …); Enter keeps it",
    "filter.line.view": "view “{name}”",
    "filter.key.start": "filter the board (words, field:value, comparisons)",
    "filter.key.startHint": "filter",
    "filter.key.done": "keep the filter and go back to the board",
    "filter.key.doneHint": "done",
    "filter.key.leave": "leave the filter line (the filter stays on)",
    "filter.key.leaveHint": "leave",
    "filter.key.clear": "clear the filter (the financing form: from the detail)",
    "filter.key.clearHint": "clear filter",
    "filter.help.boardFiltered": "Board, while a filter is on",
    "filter.help.filterLine": "Filter line (type a query)",
    "filter.view.usage": "view [save/delete] NAME",
    "filter.view.help": "show a saved view; save the filter that is on as one; delete one",
    "filter.view.needsName": "Give the view a name: :view save NAME.",
    "filter.view.nothingToSave": "No filter is on: press f, type a query, then :view save NAME.",
    "filter.view.unknown": "There is no view “{name}”; the views are {views}.",
    "filter.view.ambiguous": "“{name}” could be {candidates}.",
    "filter.view.builtIn": "“{name}” is built in and cannot be deleted; the views are {views}.",
    "filter.view.list": "Views: {views}.",
    "filter.view.saved": "Saved the view “{name}” for everyone on this board.",
    "filter.view.deleted": "Deleted the view “{name}”.",
    "filter.guide.row": "filter the board as you type: words in any order, `stage:` `tag:` `coach:me` `mentor:none` `score>3.5` `age>30d` `exit:none` `outcome:declined` `is:stale`, `-` to negate, `or`; column headers count `shown / all`; the filter stays on through the detail, edits, moves and undo, and `t` triages only its candidates; `F` clears it; `:view save NAME` keeps it in the board file for everyone",
    "filter.help.views": "Built-in views (:view NAME; :view save NAME keeps yours in the board file)",
    // END filter
    // MARK: exports: headings of exports and reports
    // END exports
  ]
}
