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
    "filter.list": "{items} ou {last}",
    "filter.error.unknownField": "« {word} » : il n'y a pas de champ « {field} » ; les champs sont {fields}.",
    "filter.error.ambiguousField": "« {word} » : « {field} » peut être {candidates} ; tapez davantage du nom.",
    "filter.error.missingValue": "« {word} » : {field} demande une valeur (ou aucun, ou tout).",
    "filter.error.unknownValue": "« {word} » : {field} ne peut pas valoir « {value} » ; choisissez {choices}.",
    "filter.error.ambiguousValue": "« {word} » : « {value} » peut être {candidates} ; tapez-en davantage.",
    "filter.error.notANumber": "« {word} » : {field} demande un nombre, pas « {value} ».",
    "filter.error.notADate": "« {word} » : « {value} » n'est pas une date ; tapez 2026-01-01 ou 01/01/2026.",
    "filter.error.outOfRange": "« {word} » : {field} va de {lowest} à {highest}.",
    "filter.error.noComparison": "« {word} » : {field} demande une valeur après deux-points, pas une comparaison.",
    "filter.error.noneOrAny": "« {word} » : {field} ne peut pas valoir « {value} » ; donnez une de ses valeurs.",
    "filter.error.unclosedQuote": "« {word} » : le guillemet n'est pas fermé.",
    "filter.error.unmatchedParenthesis": "« {word} » : cette parenthèse n'a pas de partenaire.",
    "filter.error.emptyGroup": "« {word} » : il n'y a rien entre les parenthèses.",
    "filter.error.danglingOr": "« {word} » : il faut un terme de chaque côté.",
    "filter.error.danglingNegation": "« {word} » : un signe moins doit être suivi directement d'un terme.",
    "filter.view.unscored": "sans score",
    "filter.view.stale": "en souffrance",
    "filter.view.noExitPlan": "sans plan de sortie",
    "filter.view.noMentor": "sans mentor",
    "filter.view.mine": "les miens",
    "filter.view.declined": "refusées",
    "filter.view.parkedDue": "à réexaminer",
    "filter.cli.badFilter": "--filter : {message}",
    "filter.cli.unknownView": "--view : il n'y a pas de vue « {name} » ; les vues sont {views}.",
    "filter.cli.ambiguousView": "--view : « {name} » peut être {candidates}.",
    "filter.cli.badView": "--view {name} : {message}",
    "filter.mode": "FILTRE",
    "filter.cleared": "Filtre effacé : toutes les cartes sont de nouveau là.",
    "filter.viewShown": .plural("count", one: "Vue « {name} » : {count} idée ({query}).", other: "Vue « {name} » : {count} idées ({query})."),
    "filter.viewBroken": "La vue « {name} » ne peut pas servir : {message}",
    "filter.line.help": "tapez des mots ou champ:valeur (phase: étiquette: coach:moi score>3 …) ; Entrée le garde",
    "filter.line.view": "vue « {name} »",
    "filter.key.start": "filtrer le tableau (mots, champ:valeur, comparaisons)",
    "filter.key.startHint": "filtre",
    "filter.key.done": "garder le filtre et revenir au tableau",
    "filter.key.doneHint": "ok",
    "filter.key.leave": "quitter la ligne de filtre (le filtre reste actif)",
    "filter.key.leaveHint": "quitter",
    "filter.key.clear": "effacer le filtre (le formulaire de financement : depuis le détail)",
    "filter.key.clearHint": "effacer le filtre",
    "filter.help.boardFiltered": "Tableau, pendant qu'un filtre est actif",
    "filter.help.filterLine": "Ligne de filtre (tapez une requête)",
    "filter.view.usage": "view [save/delete] NOM",
    "filter.view.help": "afficher une vue enregistrée ; enregistrer le filtre actif ; en supprimer une",
    "filter.view.needsName": "Donnez un nom à la vue : :view save NOM.",
    "filter.view.nothingToSave": "Aucun filtre n'est actif : appuyez sur f, tapez une requête, puis :view save NOM.",
    "filter.view.unknown": "Il n'y a pas de vue « {name} » ; les vues sont {views}.",
    "filter.view.ambiguous": "« {name} » peut être {candidates}.",
    "filter.view.builtIn": "« {name} » est intégrée et ne peut pas être supprimée ; les vues sont {views}.",
    "filter.view.list": "Vues : {views}.",
    "filter.view.saved": "Vue « {name} » enregistrée pour tous sur ce tableau.",
    "filter.view.deleted": "Vue « {name} » supprimée.",
    "filter.guide.row": "filtrer le tableau en tapant : des mots dans n'importe quel ordre, `phase:` `étiquette:` `coach:moi` `mentor:aucun` `score>3,5` `âge>30j` `sortie:aucun` `issue:refusée` `est:souffrance`, `-` pour exclure, `ou` ; les en-têtes de colonne comptent `affichées / toutes` ; le filtre reste actif avec le détail, les modifications, les déplacements et l'annulation, et `t` ne trie que ses candidatures ; `F` l'efface ; `:view save NOM` le garde dans le fichier du tableau pour tous",
    "filter.help.views": "Vues intégrées (:view NOM ; :view save NOM garde les vôtres dans le fichier du tableau)",
    // END filter
    // MARK: exports: headings of exports and reports
    // END exports
  ]
}
