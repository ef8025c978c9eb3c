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
    // END filter
    // MARK: exports: headings of exports and reports
    // END exports
    // MARK: mentoring: suggestions, matches and the pool assignment (FabriekCore/Mentoring)
    "mentor.reason.speaks": "speaks {language}",
    "mentor.reason.places": .plural("free", one: "{free} of {capacity} places free", other: "{free} of {capacity} places free"),
    "mentor.reason.full": "no place free ({active} of {capacity})",
    "mentor.cli.abstract": "Broker mentors and partners: suggest people for an idea.",
    "mentor.cli.suggest.abstract": "People with the mentor (or partner) role for an idea, best first, with why.",
    "mentor.cli.suggest.discussion": "The score adds up visible parts: 3 per theme of the idea (tags, enrichment modules still to do) that the person's expertise covers, 2 for a language the innovators speak, up to 2 for free places (2 taken off when none is free). The idea's own innovators, coach and mentors and people of an innovator's organisation are left out.",
    "mentor.cli.code": "The idea's code, e.g. I-0042.",
    "mentor.cli.partner": "Suggest partners instead of mentors.",
    "mentor.cli.limit": "How many to list.",
    "mentor.cli.json": "Print JSON: an array, best first, of {\"person\", \"name\", \"score\", \"reasons\"}.",
    "mentor.cli.noMentor": "No mentor to suggest for {code}: nobody on the board has the mentor role, or all are linked to it already.",
    "mentor.cli.noPartner": "No partner to suggest for {code}: nobody on the board has the partner role, or all are linked to it already.",
    // END mentoring
    // MARK: import-preview: the dry run screen of :import (FabriekUI/App/ImportPreview.swift)
    "import.head": .plural("rows", one: "Would import {landing} of {rows} row of {file} into {stage}", other: "Would import {landing} of {rows} rows of {file} into {stage}"),
    "import.originalIdea": "{code} “{title}”",
    "import.codes": "({first} to {last})",
    "import.people": .plural("new", one: "with {new} new person and {existing} already on the board.", other: "with {new} new people and {existing} already on the board."),
    "import.columnsHeading": "Columns → fields (fabriek import --map \"COLUMN=field\" changes one)",
    "import.keptAsNote": "kept as a note",
    "import.leftOut": "left out",
    "import.guessed": "(guessed from {words})",
    "import.landingHeading": .plural("n", one: "{n} row will land in Incoming", other: "{n} rows will land in Incoming"),
    "import.landingRow": "line {line}: {code} “{title}”",
    "import.duplicatesHeading": .plural("n", one: "{n} duplicate, not imported", other: "{n} duplicates, not imported"),
    "import.duplicateRow": "line {line}: “{title}” duplicates {original}",
    "import.originalRow": "line {line} “{title}”",
    "import.problemsHeading": .plural("n", one: "{n} row refused", other: "{n} rows refused"),
    "import.problemRow": "line {line}: {problem}",
    "import.noticesHeading": .plural("n", one: "{n} value kept in the note", other: "{n} values kept in the note"),
    "import.more": "… and {n} more",
    "import.confirm": "Enter imports these rows as one change (u undoes it); Esc cancels.",
    "import.nothingToDo": "Nothing to import; Esc goes back.",
    "import.cancelled": "Nothing imported from {file}; the board is unchanged.",
    "import.cannotRead": "Cannot read {path}: check the path and that the file is readable.",
    "import.title": "Import {file}: dry run",
    "mode.import": "IMPORT",
    "keys.importPreview.import": "import the rows shown, as one change",
    "keys.importPreview.importHint": "import",
    "keys.importPreview.cancel": "cancel: nothing is imported",
    "keys.importPreview.cancelHint": "cancel",
    "keys.heading.importPreview": "Import, the dry run (:import PATH)",
    // END import-preview
  ]
}
