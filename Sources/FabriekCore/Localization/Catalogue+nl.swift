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
    // MARK: import-preview: the dry run screen of :import (FabriekUI/App/ImportPreview.swift)
    "import.head": "Zou {landing} van {rows} rijen uit {file} importeren in {stage}",
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
    // MARK: privacy: person export, erasure, retention
    "privacy.md.title": "{name} ({code}): wat het bord bijhoudt",
    "privacy.md.record": "De fiche",
    "privacy.field.givenName": "Voornaam",
    "privacy.field.familyName": "Familienaam",
    "privacy.field.email": "E-mail",
    "privacy.field.phone": "Telefoon",
    "privacy.field.organisation": "Organisatie",
    "privacy.field.roles": "Rollen",
    "privacy.field.expertise": "Expertise",
    "privacy.field.languages": "Talen",
    "privacy.field.consent": "Toestemming",
    "privacy.field.retention": "Bewaren tot",
    "privacy.md.erased": "Gewist op {day} door {by}",
    "privacy.md.nothing": "Niets.",
    "privacy.md.ideas": "Ideeën en de rol van deze persoon",
    "privacy.md.notes": "Notities van of over deze persoon",
    "privacy.md.sessions": "Sessies",
    "privacy.md.mentions": "Teksten van ideeën die deze persoon noemen",
    "privacy.md.history": "Regels in de geschiedenis over deze persoon",
    "privacy.md.files": "Bestanden in de map van het bord met gegevens van deze persoon",
    "privacy.person.ambiguous": "“{text}” kan {candidates} zijn; geef de code of het e-mailadres.",
    "privacy.person.notFound": "Geen enkele persoon op dit bord is “{text}”; geef een code (P-0042), een e-mailadres of een naam.",
    "privacy.format.unknown": "--format: “{format}” is geen json of md.",
    "privacy.out.exists": "{path} bestaat al; er is niets geschreven: geef --force om het te vervangen, of een andere --out.",
    "privacy.out.failed": "Kon {path} niet schrijven: {reason}.",
    "privacy.export.written": "Wat het bord over {code} bijhoudt, staat nu in {path} (alleen voor jou leesbaar).",
    "privacy.erase.reasonEmpty": "--reason: zeg in een paar woorden waarom de gegevens gewist worden (dat wordt bij de wissing bewaard; laat de naam weg).",
    "privacy.erase.warning": "Dit wist de persoonsgegevens van {code} {name} uit {path}: naam, contactgegevens en organisatie, op het bord, in het journaal, de reservekopieën en beschadigde kopieën. Aantallen, scores en fasegeschiedenis blijven. Dit kan niet ongedaan gemaakt worden.",
    "privacy.erase.ask": "Wissen? [j/N] ",
    "privacy.erase.needsYes": "Wissen kan niet ongedaan gemaakt worden; voer opnieuw uit met --yes om te wissen zonder vraag.",
    "privacy.erase.cancelled": "Er is niets veranderd.",
    "privacy.erase.done": "De persoonsgegevens van {code} zijn gewist; de wissing is bewaard (wanneer, door wie en waarom, zonder de gegevens zelf).",
    "privacy.erase.already": "{code} was al gewist, op {day}.",
    "privacy.erase.rewritten": .plural("n", one: "{n} bestand herschreven zonder de gegevens: {files}", other: "{n} bestanden herschreven zonder de gegevens: {files}"),
    "privacy.erase.removed": .plural("n", one: "{n} tijdelijk bestand van een onafgewerkte schrijfbewerking verwijderd.", other: "{n} tijdelijke bestanden van onafgewerkte schrijfbewerkingen verwijderd."),
    "privacy.scan.clean": "Geen enkel bestand in {folder} bevat nog het e-mailadres, de telefoon of de naam.",
    "privacy.scan.remaining": "Deze bestanden in {folder} bevatten nog gegevens van deze persoon (fabriek verandert geen bestanden die het niet zelf schreef; verwijder of bewerk ze zelf):",
    "privacy.due.none": "Niemand is aan de beurt: elke bewaartermijn loopt nog en van iedereen is er toestemming.",
    "privacy.due.retention": "bewaartermijn {day} is verstreken",
    "privacy.due.noConsent": "geen toestemming bekend",
    "privacy.due.unlinked": "aan geen enkel idee of sessie gekoppeld",
    "privacy.due.count": .plural("n", one: "{n} persoon is aan de beurt: wis die (fabriek person erase CODE --reason …) of leg nieuwe toestemming vast.", other: "{n} personen zijn aan de beurt: wis ze (fabriek person erase CODE --reason …) of leg nieuwe toestemming vast."),
    "privacy.erase.namesakes": "De volledige naam is ook die van {codes}: die blijft staan in teksten (hij kan die andere persoon aanduiden); het e-mailadres en de telefoon worden overal vervangen.",
    "privacy.list.due": .plural("n", one: "{n} te wissen", other: "{n} te wissen"),
    // END privacy
  ]
}
