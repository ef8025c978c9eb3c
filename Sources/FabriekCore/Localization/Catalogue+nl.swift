// The Dutch texts of fabriek, by key (Language.swift says how they are chosen; docs/GLOSSARY.md
// holds the words every text uses). Each section belongs to one part of the code; keep a key's
// parameters the same in every language (CatalogueTests checks both).
extension Catalogue {
  static let nl: [String: CatalogueEntry] = [
    // MARK: core: stages, rubric, outcomes, rules and errors of the board (FabriekCore)
    "stage.incoming": "Binnengekomen",
    "stage.idea-generation": "Ideevorming",
    "stage.enrichment": "Verrijking",
    "stage.realisation": "Realisatie",
    "stage.exited": "Uitgestapt",
    "count.ideas": .plural("n", one: "{n} idee", other: "{n} ideeën"),
    "language.name.en": "Engels",
    "language.name.nl": "Nederlands",
    "language.name.fr": "Frans",
    // END core
    // MARK: store: board file and recovery messages (FabriekCore/Store)
    // END store
    // MARK: intake: import messages (FabriekCore/Intake)
    // END intake
    // MARK: ui: the board screen, detail, forms, triage, present, lists, palette, help (FabriekUI)
    "settings.languageNotText": "`language` moet een tekst zijn, zoals \"nl\"",
    "settings.cannotWrite": "het kan niet geschreven worden (kijk de rechten van de map na)",
    "settings.cannotRead": "het kan niet gelezen worden (kijk de rechten na)",
    "settings.notUTF8": "het is geen UTF-8-tekst",
    "settings.error": "Het instellingenbestand {path} wordt niet gebruikt: {reason}.",
    "lang.unknown": "“{name}” is geen taal van fabriek; kies en, nl of fr.",
    "lang.remembered": "De taal is nu {language}; {path} onthoudt dat.",
    "lang.switched": "De taal is nu {language}.",
    // END ui
    // MARK: keys: key descriptions of the help overlay and README (FabriekUI/App/KeyGuide*)
    // END keys
    // MARK: cli: command-line output, errors and --help (Sources/fabriek)
    // END cli
    // MARK: filter: the query language and saved views
    "filter.list": "{items} of {last}",
    "filter.error.unknownField": "“{word}”: er is geen veld “{field}”; de velden zijn {fields}.",
    "filter.error.ambiguousField": "“{word}”: “{field}” kan {candidates} zijn; typ meer van de naam.",
    "filter.error.missingValue": "“{word}”: {field} heeft een waarde nodig (of geen, of wel).",
    "filter.error.unknownValue": "“{word}”: {field} kan niet “{value}” zijn; kies {choices}.",
    "filter.error.ambiguousValue": "“{word}”: “{value}” kan {candidates} zijn; typ er meer van.",
    "filter.error.notANumber": "“{word}”: {field} vraagt een getal, niet “{value}”.",
    "filter.error.notADate": "“{word}”: “{value}” is geen datum; typ 2026-01-01 of 01/01/2026.",
    "filter.error.outOfRange": "“{word}”: {field} gaat van {lowest} tot {highest}.",
    "filter.error.noComparison": "“{word}”: {field} vraagt een waarde na een dubbelpunt, geen vergelijking.",
    "filter.error.noneOrAny": "“{word}”: {field} kan niet “{value}” zijn; geef een van de waarden.",
    "filter.error.unclosedQuote": "“{word}”: het aanhalingsteken is niet gesloten.",
    "filter.error.unmatchedParenthesis": "“{word}”: dit haakje heeft geen tegenhanger.",
    "filter.error.emptyGroup": "“{word}”: er staat niets tussen de haakjes.",
    "filter.error.danglingOr": "“{word}”: aan beide kanten moet een term staan.",
    "filter.error.danglingNegation": "“{word}”: na een minteken moet meteen een term volgen.",
    "filter.view.unscored": "niet gescoord",
    "filter.view.stale": "blijft liggen",
    "filter.view.noExitPlan": "geen exitplan",
    "filter.view.noMentor": "geen mentor",
    "filter.view.mine": "van mij",
    "filter.view.declined": "afgewezen",
    "filter.view.parkedDue": "te herbekijken",
    "filter.cli.badFilter": "--filter: {message}",
    "filter.cli.unknownView": "--view: er is geen weergave “{name}”; de weergaven zijn {views}.",
    "filter.cli.ambiguousView": "--view: “{name}” kan {candidates} zijn.",
    "filter.cli.badView": "--view {name}: {message}",
    "filter.mode": "FILTER",
    "filter.cleared": "Filter gewist: alle kaarten staan er weer.",
    "filter.viewShown": .plural("count", one: "Weergave “{name}”: {count} idee ({query}).", other: "Weergave “{name}”: {count} ideeën ({query})."),
    "filter.viewBroken": "De weergave “{name}” werkt niet: {message}",
    "filter.line.help": "typ woorden of veld:waarde (fase: label: coach:ik score>3 …); Enter houdt hem aan",
    "filter.line.view": "weergave “{name}”",
    "filter.key.start": "het bord filteren (woorden, veld:waarde, vergelijkingen)",
    "filter.key.startHint": "filter",
    "filter.key.done": "de filter houden en terug naar het bord",
    "filter.key.doneHint": "klaar",
    "filter.key.leave": "de filterregel verlaten (de filter blijft aan)",
    "filter.key.leaveHint": "verlaten",
    "filter.key.clear": "de filter wissen (het financieringsformulier: vanuit de detail)",
    "filter.key.clearHint": "filter wissen",
    "filter.help.boardFiltered": "Bord, terwijl een filter aan staat",
    "filter.help.filterLine": "Filterregel (typ een zoekvraag)",
    "filter.view.usage": "view [save/delete] NAAM",
    "filter.view.help": "een bewaarde weergave tonen; de filter die aan staat bewaren; er een verwijderen",
    "filter.view.needsName": "Geef de weergave een naam: :view save NAAM.",
    "filter.view.nothingToSave": "Er staat geen filter aan: druk f, typ een zoekvraag, dan :view save NAAM.",
    "filter.view.unknown": "Er is geen weergave “{name}”; de weergaven zijn {views}.",
    "filter.view.ambiguous": "“{name}” kan {candidates} zijn.",
    "filter.view.builtIn": "“{name}” is ingebouwd en kan niet verwijderd worden; de weergaven zijn {views}.",
    "filter.view.list": "Weergaven: {views}.",
    "filter.view.saved": "Weergave “{name}” bewaard voor iedereen op dit bord.",
    "filter.view.deleted": "Weergave “{name}” verwijderd.",
    "filter.guide.row": "het bord filteren terwijl je typt: woorden in elke volgorde, `fase:` `label:` `coach:ik` `mentor:geen` `score>3,5` `leeftijd>30d` `exitplan:geen` `uitkomst:afgewezen` `is:stilliggend`, `-` om uit te sluiten, `of`; de kolomkoppen tellen `getoond / alle`; de filter blijft aan bij de detail, bewerkingen, verplaatsingen en ongedaan maken, en `t` doet triage op zijn kandidaten alleen; `F` wist hem; `:view save NAAM` bewaart hem in het bordbestand voor iedereen",
    "filter.help.views": "Ingebouwde weergaven (:view NAAM; :view save NAAM bewaart de jouwe in het bordbestand)",
    // END filter
    // MARK: exports: headings of exports and reports
    // END exports
  ]
}
