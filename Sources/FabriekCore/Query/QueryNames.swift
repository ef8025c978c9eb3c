/// The names a query may use for its fields and values, in English, Dutch and French, and how
/// a typed name is resolved: an exact name wins; otherwise a beginning that only one field (or
/// value) has. Names are compared folded and without spaces, hyphens or underscores, so
/// `East Flanders`, `east-flanders` and `oostvlaanderen` all work.
public enum QueryField: String, Hashable, Sendable, CaseIterable {
  case stage, tag, region, kind, origin, campaign, sdg, coach, mentor, innovator, reviewer, session
  case score, spread, age, created, readiness, votes, asked, granted
  case exit, financing, outcome
  case `is`

  /// Every name of the field, English first, then Dutch, then French.
  var names: (en: [String], nl: [String], fr: [String]) {
    switch self {
    case .stage: (["stage"], ["fase"], ["phase"])
    case .tag: (["tag", "tags"], ["label"], ["étiquette"])
    case .region: (["region"], ["regio", "provincie"], ["région", "province"])
    case .kind: (["kind", "applicant"], ["soort", "aanvrager"], ["type", "demandeur"])
    case .origin: (["origin", "source"], ["herkomst", "bron"], ["origine"])
    case .campaign: (["campaign"], ["oproep", "campagne"], ["appel"])
    case .sdg: (["sdg"], ["sdg"], ["odd"])
    case .coach: (["coach"], ["coach"], ["coach"])
    case .mentor: (["mentor"], ["mentor"], ["mentor"])
    case .innovator: (["innovator"], ["innovator"], ["porteur"])
    case .reviewer: (["reviewer"], ["beoordelaar"], ["évaluateur"])
    case .session: (["session"], ["sessie"], ["session"])
    case .score: (["score"], ["score"], ["score"])
    case .spread: (["spread"], ["spreiding"], ["écart"])
    case .age: (["age", "days"], ["leeftijd", "dagen"], ["âge", "jours"])
    case .created: (["created"], ["aangemaakt"], ["créé", "création"])
    case .readiness: (["readiness", "trl"], ["rijpheid"], ["maturité"])
    case .votes: (["votes"], ["stemmen"], ["votes"])
    case .asked: (["asked"], ["gevraagd"], ["demandé"])
    case .granted: (["granted"], ["toegekend"], ["accordé"])
    case .exit: (["exit"], ["exitplan"], ["sortie"])
    case .financing: (["financing"], ["financiering"], ["financement"])
    case .outcome: (["outcome"], ["uitkomst"], ["issue"])
    case .is: (["is"], ["is"], ["est"])
    }
  }

  /// The field's name in a language (what errors and the help say).
  public func name(in language: Language) -> String {
    switch language {
    case .en: names.en[0]
    case .nl: names.nl[0]
    case .fr: names.fr[0]
    }
  }

  var allNames: [String] { names.en + names.nl + names.fr }

  /// The comparison fields: `score>3.5`, `age>30d`, `granted:none`.
  var measure: QueryMeasure? {
    switch self {
    case .score: .score
    case .spread: .spread
    case .age: .age
    case .created: .created
    case .readiness: .readiness
    case .votes: .votes
    case .asked: .asked
    case .granted: .granted
    default: nil
    }
  }
}

/// One value of a closed list, with its names.
struct QueryValueName<Value: Hashable & Sendable>: Sendable {
  var value: Value
  /// English first (what errors list), then the other languages.
  var en: [String]
  var nl: [String]
  var fr: [String]

  func name(in language: Language) -> String {
    switch language {
    case .en: en[0]
    case .nl: nl.first ?? en[0]
    case .fr: fr.first ?? en[0]
    }
  }
}

/// What resolving a typed name gave.
enum QueryNameMatch<Value> {
  case found(Value)
  case ambiguous([Value])
  case unknown
}

public enum QueryNames {
  /// A name as it is compared: folded, without spaces, hyphens, underscores and dots.
  static func key(_ text: String) -> String {
    String(text.searchKey.unicodeScalars.filter { !" -_.'’".unicodeScalars.contains($0) }.map(Character.init))
  }

  /// An exact name first, else the one value whose names begin with `typed`.
  static func resolve<Value: Hashable>(_ typed: String, in table: [(Value, [String])]) -> QueryNameMatch<Value> {
    let typedKey = key(typed)
    guard !typedKey.isEmpty else { return .unknown }
    for (value, names) in table where names.contains(where: { key($0) == typedKey }) { return .found(value) }
    var found: [Value] = []
    for (value, names) in table where names.contains(where: { key($0).hasPrefix(typedKey) }) {
      if !found.contains(value) { found.append(value) }
    }
    switch found.count {
    case 0: return .unknown
    case 1: return .found(found[0])
    default: return .ambiguous(found)
    }
  }

  static let fields: [(QueryField, [String])] = QueryField.allCases.map { ($0, $0.allNames) }

  /// The field names of the current language, for an error about an unknown field.
  static func fieldList() -> String {
    list(QueryField.allCases.map { $0.name(in: Language.current) })
  }

  /// `a, b or c` in the current language.
  public static func list(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return tr(
      "filter.list", ["items": items.dropLast().joined(separator: ", "), "last": items[items.count - 1]])
  }

  /// `none`, `any` and `me` in every language. These are whole words, never beginnings.
  static let none: Set<String> = ["none", "geen", "aucun", "aucune"]
  static let any: Set<String> = ["any", "wel", "elk", "tout", "tous"]
  static let me: Set<String> = ["me", "ik", "mij", "moi"]
  /// `or` in every language.
  static let or: Set<String> = ["or", "of", "ou"]

  static func table<Value>(_ names: [QueryValueName<Value>]) -> [(Value, [String])] {
    names.map { ($0.value, $0.en + $0.nl + $0.fr) }
  }

  static let regions: [QueryValueName<Region>] = [
    .init(value: .brussels, en: ["brussels"], nl: ["brussel"], fr: ["bruxelles"]),
    .init(value: .antwerp, en: ["antwerp"], nl: ["antwerpen"], fr: ["anvers"]),
    .init(value: .limburg, en: ["limburg"], nl: ["limburg"], fr: ["limbourg"]),
    .init(value: .eastFlanders, en: ["east-flanders"], nl: ["oost-vlaanderen"], fr: ["flandre-orientale"]),
    .init(value: .flemishBrabant, en: ["flemish-brabant"], nl: ["vlaams-brabant"], fr: ["brabant-flamand"]),
    .init(value: .westFlanders, en: ["west-flanders"], nl: ["west-vlaanderen"], fr: ["flandre-occidentale"]),
    .init(value: .other, en: ["other"], nl: ["ander", "overig"], fr: ["autre"]),
  ]

  static let applicantKinds: [QueryValueName<ApplicantKind>] = [
    .init(value: .individual, en: ["individual"], nl: ["individu", "particulier"], fr: ["particulier", "individu"]),
    .init(value: .civilSociety, en: ["civil-society"], nl: ["middenveld", "vereniging"], fr: ["société-civile", "association"]),
    .init(value: .socialEnterprise, en: ["social-enterprise"], nl: ["sociale-onderneming"], fr: ["entreprise-sociale"]),
    .init(value: .company, en: ["company"], nl: ["bedrijf"], fr: ["entreprise", "société"]),
    .init(value: .publicBody, en: ["public-body"], nl: ["overheid"], fr: ["pouvoir-public", "organisme-public"]),
  ]

  static let originKinds: [QueryValueName<OriginKind>] = [
    .init(value: .ideaCampaign, en: ["idea-campaign", "campaign"], nl: ["ideeënoproep", "oproep"], fr: ["appel-à-idées", "appel"]),
    .init(value: .visionSession, en: ["vision-session"], nl: ["visiesessie"], fr: ["séance-de-vision", "vision"]),
    .init(value: .networking, en: ["networking"], nl: ["netwerkevent", "netwerking"], fr: ["réseautage"]),
    .init(value: .competition, en: ["competition"], nl: ["wedstrijd"], fr: ["concours"]),
    .init(value: .website, en: ["website"], nl: ["website"], fr: ["site-web"]),
    .init(value: .referral, en: ["referral"], nl: ["doorverwijzing"], fr: ["recommandation"]),
    .init(value: .walkIn, en: ["walk-in"], nl: ["binnengelopen"], fr: ["passage"]),
  ]

  static let exitStates: [QueryValueName<ExitPlanStatus>] = [
    .init(value: .draft, en: ["draft"], nl: ["ontwerp"], fr: ["brouillon"]),
    .init(value: .agreed, en: ["agreed"], nl: ["afgesproken"], fr: ["convenu"]),
    .init(value: .executing, en: ["executing"], nl: ["uitvoering"], fr: ["en-cours"]),
    .init(value: .completed, en: ["done", "completed"], nl: ["afgerond", "klaar"], fr: ["terminé"]),
  ]

  static let financingStates: [QueryValueName<FinancingStatus>] = [
    .init(value: .draft, en: ["draft"], nl: ["ontwerp"], fr: ["brouillon"]),
    .init(value: .submitted, en: ["submitted"], nl: ["ingediend"], fr: ["soumis", "introduit"]),
    .init(value: .granted, en: ["granted"], nl: ["toegekend"], fr: ["accordé"]),
    .init(value: .rejected, en: ["refused", "rejected"], nl: ["geweigerd"], fr: ["refusé"]),
    .init(value: .withdrawn, en: ["withdrawn"], nl: ["ingetrokken"], fr: ["retiré"]),
  ]

  static let outcomes: [QueryValueName<QueryOutcome>] = [
    .init(value: .declined, en: ["declined"], nl: ["afgewezen"], fr: ["refusée"]),
    .init(value: .parked, en: ["parked"], nl: ["geparkeerd"], fr: ["en-attente"]),
  ]

  static let conditions: [QueryValueName<QueryCondition>] = [
    .init(value: .stale, en: ["stale"], nl: ["stilliggend", "blijft-liggen"], fr: ["en-souffrance", "souffrance"]),
    .init(value: .duplicate, en: ["duplicate"], nl: ["dubbel"], fr: ["doublon"]),
    .init(value: .due, en: ["due"], nl: ["te-herbekijken"], fr: ["à-réexaminer"]),
    .init(value: .taperDue, en: ["taper-due"], nl: ["afbouw-te-doen"], fr: ["retrait-à-faire"]),
    .init(
      value: .followUpDue, en: ["followup-due", "follow-up-due"], nl: ["opvolging-achterstallig"],
      fr: ["suivi-en-retard"]),
  ]

  /// A board's stages: id, name, and the default names in every language.
  static func stages(of board: Board) -> [QueryValueName<String>] {
    board.stages.map { stage in
      let isDefault = Stage.defaults.contains { $0.id == stage.id }
      func name(_ language: Language) -> [String] {
        isDefault ? [tr("stage." + stage.id, [:], in: language)] : []
      }
      return QueryValueName(value: stage.id, en: [stage.name, stage.id] + name(.en), nl: name(.nl), fr: name(.fr))
    }
  }
}
