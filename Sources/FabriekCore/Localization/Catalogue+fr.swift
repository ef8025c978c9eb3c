// The French texts of fabriek, by key (Language.swift says how they are chosen; docs/GLOSSARY.md
// holds the words every text uses). Each section belongs to one part of the code; keep a key's
// parameters the same in every language (CatalogueTests checks both).
extension Catalogue {
  static let fr: [String: CatalogueEntry] = [
    // MARK: core: stages, rubric, outcomes, rules and errors of the board (FabriekCore)
    "stage.incoming": "Entrant",
    "stage.idea-generation": "Génération d'idées",
    "stage.enrichment": "Enrichissement",
    "stage.realisation": "Réalisation",
    "stage.exited": "Sorti",
    "count.ideas": .plural("n", one: "{n} idée", other: "{n} idées"),
    "language.name.en": "anglais",
    "language.name.nl": "néerlandais",
    "language.name.fr": "français",
    // END core
    // MARK: store: board file and recovery messages (FabriekCore/Store)
    // END store
    // MARK: intake: import messages (FabriekCore/Intake)
    // END intake
    // MARK: ui: the board screen, detail, forms, triage, present, lists, palette, help (FabriekUI)
    "settings.languageNotText": "`language` doit être un texte, comme \"fr\"",
    "settings.cannotWrite": "il ne peut pas être écrit (vérifiez les droits du dossier)",
    "settings.cannotRead": "il ne peut pas être lu (vérifiez ses droits)",
    "settings.notUTF8": "ce n'est pas du texte UTF-8",
    "settings.error": "Le fichier de réglages {path} n'est pas utilisé : {reason}.",
    "lang.unknown": "« {name} » n'est pas une langue de fabriek ; choisissez en, nl ou fr.",
    "lang.remembered": "L'interface est maintenant en {language} ; {path} s'en souvient.",
    "lang.switched": "L'interface est maintenant en {language}.",
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
    "import.head": "Importerait {landing} lignes sur {rows} de {file} dans {stage}",
    "import.codes": "({first} à {last})",
    "import.people": .plural("new", one: "avec {new} nouvelle personne et {existing} déjà sur le tableau.", other: "avec {new} nouvelles personnes et {existing} déjà sur le tableau."),
    "import.columnsHeading": "Colonnes → champs (fabriek import --map \"COLONNE=champ\" en change une)",
    "import.keptAsNote": "gardée en note",
    "import.leftOut": "ignorée",
    "import.guessed": "(devinée d'après {words})",
    "import.landingHeading": .plural("n", one: "{n} ligne arrivera dans Entrant", other: "{n} lignes arriveront dans Entrant"),
    "import.landingRow": "ligne {line} : {code} « {title} »",
    "import.duplicatesHeading": .plural("n", one: "{n} doublon, non importé", other: "{n} doublons, non importés"),
    "import.duplicateRow": "ligne {line} : « {title} » est un doublon de {original}",
    "import.originalRow": "ligne {line} « {title} »",
    "import.problemsHeading": .plural("n", one: "{n} ligne refusée", other: "{n} lignes refusées"),
    "import.problemRow": "ligne {line} : {problem}",
    "import.noticesHeading": .plural("n", one: "{n} valeur gardée en note", other: "{n} valeurs gardées en note"),
    "import.more": "… et {n} de plus",
    "import.confirm": "Entrée importe ces lignes en une seule modification (u l'annule) ; Échap annule.",
    "import.nothingToDo": "Rien à importer ; Échap revient en arrière.",
    "import.cancelled": "Rien n'a été importé de {file} ; le tableau est inchangé.",
    "import.cannotRead": "Impossible de lire {path} : vérifiez le chemin et que le fichier est lisible.",
    "import.title": "Importer {file} : essai à blanc",
    "mode.import": "IMPORT",
    "keys.importPreview.import": "importer les lignes affichées, en une seule modification",
    "keys.importPreview.importHint": "importer",
    "keys.importPreview.cancel": "annuler : rien n'est importé",
    "keys.importPreview.cancelHint": "annuler",
    "keys.heading.importPreview": "Importer, l'essai à blanc (:import CHEMIN)",
    // END import-preview
    // MARK: privacy: person export, erasure, retention
    "privacy.md.title": "{name} ({code}) : ce que le tableau conserve",
    "privacy.md.record": "La fiche",
    "privacy.field.givenName": "Prénom",
    "privacy.field.familyName": "Nom de famille",
    "privacy.field.email": "E-mail",
    "privacy.field.phone": "Téléphone",
    "privacy.field.organisation": "Organisation",
    "privacy.field.roles": "Rôles",
    "privacy.field.expertise": "Expertise",
    "privacy.field.languages": "Langues",
    "privacy.field.consent": "Consentement",
    "privacy.field.retention": "Conserver jusqu'au",
    "privacy.md.erased": "Données effacées le {day} par {by}",
    "privacy.md.nothing": "Rien.",
    "privacy.md.ideas": "Idées et son rôle",
    "privacy.md.notes": "Notes écrites par cette personne ou qui la nomment",
    "privacy.md.sessions": "Sessions",
    "privacy.md.mentions": "Textes d'idées qui nomment cette personne",
    "privacy.md.history": "Lignes de l'historique à son sujet",
    "privacy.md.files": "Fichiers du dossier du tableau qui contiennent ses données",
    "privacy.person.ambiguous": "« {text} » peut être {candidates} ; indiquez le code ou l'adresse e-mail.",
    "privacy.person.notFound": "Aucune personne de ce tableau ne correspond à « {text} » ; indiquez un code (P-0042), une adresse e-mail ou un nom.",
    "privacy.format.unknown": "--format : « {format} » n'est ni json ni md.",
    "privacy.out.exists": "{path} existe déjà ; rien n'a été écrit : ajoutez --force pour le remplacer, ou indiquez un autre --out.",
    "privacy.out.failed": "Impossible d'écrire {path} : {reason}.",
    "privacy.export.written": "Ce que le tableau conserve sur {code} est écrit dans {path} (lisible par vous uniquement).",
    "privacy.erase.reasonEmpty": "--reason : dites en quelques mots pourquoi les données sont effacées (c'est conservé avec l'effacement ; n'y mettez pas son nom).",
    "privacy.erase.warning": "Ceci efface les données personnelles de {code} {name} de {path} : nom, coordonnées et organisation, sur le tableau, dans son journal, ses copies de sauvegarde et ses copies endommagées. Les nombres, les scores et l'historique des phases restent. C'est irréversible.",
    "privacy.erase.ask": "Effacer ? [o/N] ",
    "privacy.erase.needsYes": "L'effacement est irréversible ; relancez avec --yes pour effacer sans question.",
    "privacy.erase.cancelled": "Rien n'a été modifié.",
    "privacy.erase.done": "Les données personnelles de {code} sont effacées ; l'effacement est consigné (quand, par qui et pourquoi, sans ses données).",
    "privacy.erase.already": "Les données de {code} ont déjà été effacées, le {day}.",
    "privacy.erase.rewritten": .plural("n", one: "{n} fichier réécrit sans ses données : {files}", other: "{n} fichiers réécrits sans ses données : {files}"),
    "privacy.erase.removed": .plural("n", one: "{n} fichier temporaire d'une écriture inachevée supprimé.", other: "{n} fichiers temporaires d'écritures inachevées supprimés."),
    "privacy.scan.clean": "Aucun fichier de {folder} ne contient encore son adresse e-mail, son téléphone ou son nom.",
    "privacy.scan.remaining": "Ces fichiers de {folder} contiennent encore ses données (fabriek ne modifie pas les fichiers qu'il n'a pas écrits ; supprimez-les ou modifiez-les vous-même) :",
    "privacy.due.none": "Personne n'est concerné : toutes les dates de conservation sont à venir et le consentement de chacun est consigné.",
    "privacy.due.retention": "date de conservation du {day} dépassée",
    "privacy.due.noConsent": "aucun consentement consigné",
    "privacy.due.unlinked": "liée à aucune idée ni session",
    "privacy.due.count": .plural("n", one: "{n} personne est concernée : effacez-la (fabriek person erase CODE --reason …) ou consignez un nouveau consentement.", other: "{n} personnes sont concernées : effacez-les (fabriek person erase CODE --reason …) ou consignez un nouveau consentement."),
    "privacy.erase.namesakes": "Son nom complet est aussi celui de {codes} : il reste dans les textes (il peut désigner cette autre personne) ; l'adresse e-mail et le téléphone sont remplacés partout.",
    "privacy.list.due": .plural("n", one: "{n} à effacer", other: "{n} à effacer"),
    // END privacy
  ]
}
