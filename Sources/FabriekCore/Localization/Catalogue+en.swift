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
    // MARK: import-preview: the dry run screen of :import (FabriekUI/App/ImportPreview.swift)
    "import.head": "Would import {landing} of {rows} rows of {file} into {stage}",
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
    // MARK: privacy: person export, erasure, retention
    "privacy.md.title": "{name} ({code}): what the board holds",
    "privacy.md.record": "The record",
    "privacy.field.givenName": "Given name",
    "privacy.field.familyName": "Family name",
    "privacy.field.email": "E-mail",
    "privacy.field.phone": "Phone",
    "privacy.field.organisation": "Organisation",
    "privacy.field.roles": "Roles",
    "privacy.field.expertise": "Expertise",
    "privacy.field.languages": "Languages",
    "privacy.field.consent": "Consent",
    "privacy.field.retention": "Keep until",
    "privacy.md.erased": "Erased on {day} by {by}",
    "privacy.md.nothing": "Nothing.",
    "privacy.md.ideas": "Ideas and their role",
    "privacy.md.notes": "Notes they wrote or that name them",
    "privacy.md.sessions": "Sessions",
    "privacy.md.mentions": "Idea texts that name them",
    "privacy.md.history": "History lines about them",
    "privacy.md.files": "Files in the board's folder that hold their data",
    "privacy.person.ambiguous": "“{text}” could be {candidates}; give the code or the e-mail address.",
    "privacy.person.notFound": "No person on this board is “{text}”; give a code (P-0042), an e-mail address or a name.",
    "privacy.format.unknown": "--format: “{format}” is not json or md.",
    "privacy.out.exists": "{path} exists already; nothing was written: give --force to replace it, or another --out.",
    "privacy.out.failed": "Could not write {path}: {reason}.",
    "privacy.export.written": "Wrote what the board holds on {code} to {path} (readable by you only).",
    "privacy.erase.reasonEmpty": "--reason: say in a few words why the data is erased (it is recorded with the erasure; leave their name out).",
    "privacy.erase.warning": "This erases the personal data of {code} {name} from {path}: name, contact details and organisation, on the board, in its journal, its backups and damaged copies. Counts, scores and stage history stay. It cannot be undone.",
    "privacy.erase.ask": "Erase? [y/N] ",
    "privacy.erase.needsYes": "Erasing cannot be undone; run again with --yes to erase without being asked.",
    "privacy.erase.cancelled": "Nothing was changed.",
    "privacy.erase.done": "Erased the personal data of {code}; the erasure is recorded (when, by whom and why, without their data).",
    "privacy.erase.already": "{code} was erased already, on {day}.",
    "privacy.erase.rewritten": .plural("n", one: "Rewrote {n} file without their data: {files}", other: "Rewrote {n} files without their data: {files}"),
    "privacy.erase.removed": .plural("n", one: "Removed {n} temporary file of an unfinished write.", other: "Removed {n} temporary files of unfinished writes."),
    "privacy.scan.clean": "No file in {folder} holds their e-mail address, phone or name.",
    "privacy.scan.remaining": "These files in {folder} still hold their data (fabriek does not change files it did not write; remove or edit them yourself):",
    "privacy.due.none": "No one is due: every retention date is ahead and everyone's consent is on record.",
    "privacy.due.retention": "retention date {day} has passed",
    "privacy.due.noConsent": "no consent on record",
    "privacy.due.unlinked": "not linked to any idea or session",
    "privacy.due.count": .plural("n", one: "{n} person is due: erase them (fabriek person erase CODE --reason …) or record a new consent.", other: "{n} people are due: erase them (fabriek person erase CODE --reason …) or record a new consent."),
    "privacy.erase.namesakes": "Their full name is also that of {codes}: it is left where it stands in texts (it may be theirs); the e-mail address and phone are replaced everywhere.",
    "privacy.list.due": .plural("n", one: "{n} due for erasure", other: "{n} due for erasure"),
    // END privacy
  ]
}
