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
    // MARK: mentoring: suggestions, matches and the pool assignment (FabriekCore/Mentoring)
    "mentor.reason.speaks": "parle {language}",
    "mentor.reason.places": .plural("free", one: "{free} place libre sur {capacity}", other: "{free} places libres sur {capacity}"),
    "mentor.reason.full": "aucune place libre ({active} sur {capacity})",
    "mentor.cli.abstract": "Mettre en relation mentors et partenaires : proposer des personnes pour une idée.",
    "mentor.cli.suggest.abstract": "Les personnes ayant le rôle de mentor (ou de partenaire) pour une idée, la meilleure d'abord, avec la raison.",
    "mentor.cli.suggest.discussion": "Le score additionne des parts visibles : 3 par thème de l'idée (étiquettes, modules d'enrichissement encore à faire) que couvre l'expertise de la personne, 2 pour une langue que parlent les porteurs de projet, jusqu'à 2 pour les places libres (2 de moins quand aucune n'est libre). Les porteurs de projet, le coach et les mentors de l'idée ainsi que les personnes de l'organisation d'un porteur de projet sont écartés.",
    "mentor.cli.code": "Le code de l'idée, p. ex. I-0042.",
    "mentor.cli.partner": "Proposer des partenaires plutôt que des mentors.",
    "mentor.cli.limit": "Combien en afficher.",
    "mentor.cli.json": "Afficher du JSON : un tableau, le meilleur d'abord, de {\"person\", \"name\", \"score\", \"reasons\"}.",
    "mentor.cli.noMentor": "Aucun mentor à proposer pour {code} : personne sur le tableau n'a le rôle de mentor, ou tous y sont déjà liés.",
    "mentor.cli.noPartner": "Aucun partenaire à proposer pour {code} : personne sur le tableau n'a le rôle de partenaire, ou tous y sont déjà liés.",
    // END mentoring
    // MARK: import-preview: the dry run screen of :import (FabriekUI/App/ImportPreview.swift)
    "import.head": .plural("rows", one: "Importerait {landing} ligne sur {rows} de {file} dans {stage}", other: "Importerait {landing} lignes sur {rows} de {file} dans {stage}"),
    "import.originalIdea": "{code} « {title} »",
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
  ]
}
