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
    // END filter
    // MARK: exports: headings of exports and reports
    // END exports
    // MARK: mentoring: suggestions, matches and the pool assignment (FabriekCore/Mentoring)
    "mentor.reason.speaks": "spreekt {language}",
    "mentor.reason.places": .plural("free", one: "{free} van {capacity} plaatsen vrij", other: "{free} van {capacity} plaatsen vrij"),
    "mentor.reason.full": "geen plaats vrij ({active} van {capacity})",
    "mentor.cli.abstract": "Mentors en partners koppelen: mensen voorstellen voor een idee.",
    "mentor.cli.suggest.abstract": "Mensen met de rol mentor (of partner) voor een idee, de beste eerst, met de reden.",
    "mentor.cli.suggest.discussion": "De score telt zichtbare delen op: 3 per thema van het idee (labels, verrijkingsmodules die nog moeten gebeuren) dat de expertise van de persoon dekt, 2 voor een taal die de innovators spreken, tot 2 voor vrije plaatsen (2 eraf als er geen vrij is). De eigen innovators, coach en mentors van het idee en mensen van de organisatie van een innovator vallen weg.",
    "mentor.cli.code": "De code van het idee, bv. I-0042.",
    "mentor.cli.partner": "Partners voorstellen in plaats van mentors.",
    "mentor.cli.limit": "Hoeveel er getoond worden.",
    "mentor.cli.json": "JSON tonen: een lijst, de beste eerst, van {\"person\", \"name\", \"score\", \"reasons\"}.",
    "mentor.cli.noMentor": "Geen mentor voor te stellen voor {code}: niemand op het bord heeft de rol mentor, of ze zijn er al allemaal aan gekoppeld.",
    "mentor.cli.noPartner": "Geen partner voor te stellen voor {code}: niemand op het bord heeft de rol partner, of ze zijn er al allemaal aan gekoppeld.",
    // END mentoring
    // MARK: import-preview: the dry run screen of :import (FabriekUI/App/ImportPreview.swift)
    "import.head": .plural("rows", one: "Zou {landing} van {rows} rij uit {file} importeren in {stage}", other: "Zou {landing} van {rows} rijen uit {file} importeren in {stage}"),
    "import.originalIdea": "{code} “{title}”",
    "import.codes": "({first} tot {last})",
    "import.people": .plural("new", one: "met {new} nieuwe persoon en {existing} die al op het bord staan.", other: "met {new} nieuwe personen en {existing} die al op het bord staan."),
    "import.columnsHeading": "Kolommen → velden (fabriek import --map \"KOLOM=veld\" past er een aan)",
    "import.keptAsNote": "bewaard als notitie",
    "import.leftOut": "weggelaten",
    "import.guessed": "(geraden uit {words})",
    "import.landingHeading": .plural("n", one: "{n} rij komt in Binnengekomen", other: "{n} rijen komen in Binnengekomen"),
    "import.landingRow": "regel {line}: {code} “{title}”",
    "import.duplicatesHeading": .plural("n", one: "{n} dubbel, niet geïmporteerd", other: "{n} dubbels, niet geïmporteerd"),
    "import.duplicateRow": "regel {line}: “{title}” is een dubbel van {original}",
    "import.originalRow": "regel {line} “{title}”",
    "import.problemsHeading": .plural("n", one: "{n} rij geweigerd", other: "{n} rijen geweigerd"),
    "import.problemRow": "regel {line}: {problem}",
    "import.noticesHeading": .plural("n", one: "{n} waarde bewaard in de notitie", other: "{n} waarden bewaard in de notitie"),
    "import.more": "… en nog {n}",
    "import.confirm": "Enter importeert deze rijen als één wijziging (u maakt ze ongedaan); Esc annuleert.",
    "import.nothingToDo": "Niets te importeren; Esc gaat terug.",
    "import.cancelled": "Niets geïmporteerd uit {file}; het bord is ongewijzigd.",
    "import.cannotRead": "Kan {path} niet lezen: kijk het pad na en of het bestand leesbaar is.",
    "import.title": "{file} importeren: proefimport",
    "mode.import": "IMPORT",
    "keys.importPreview.import": "de getoonde rijen importeren, als één wijziging",
    "keys.importPreview.importHint": "importeren",
    "keys.importPreview.cancel": "annuleren: er wordt niets geïmporteerd",
    "keys.importPreview.cancelHint": "annuleren",
    "keys.heading.importPreview": "Importeren, de proefimport (:import PAD)",
    // END import-preview
  ]
}
