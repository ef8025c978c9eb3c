/// Answers in web forms, in English, Dutch and French, mapped to the board's closed lists.
/// Values are compared folded (`ImportField.fold`), so case, accents and punctuation do not matter.
/// An answer that fits no option is not an error: the field stays empty and the answer is kept
/// in the idea's note (`ImportDraft`); `--value FIELD:ANSWER=OPTION` (or a saved profile) says
/// which option it stands for, and is looked up first.
enum ImportValues {
  /// The fields whose answers must be one of a list of options.
  static func hasOptions(_ field: ImportField) -> Bool { field == .applicantKind || field == .region }

  /// The options `--value` takes for a field, for messages.
  static func optionNames(_ field: ImportField) -> String {
    switch field {
    case .applicantKind: (ApplicantKind.allCases.map(\.rawValue) + ["none"]).joined(separator: ", ")
    case .region: Region.allCases.map(\.rawValue).joined(separator: ", ")
    default: ""
    }
  }

  /// An option as `--value` names it (`civil-society`, `Civil society group`, `none`, or its label in
  /// any language), as the option's id; nil when the field has no such option.
  static func option(_ text: String, for field: ImportField) -> String? {
    let key = ImportField.fold(text)
    switch field {
    case .applicantKind:
      if ["none", "geen", "aucun", "other"].contains(key) { return "none" }
      return ApplicantKind.allCases.first { kind in
        ImportField.fold(kind.rawValue) == key
          || Language.allCases.contains { ImportField.fold(kind.label(in: $0)) == key }
      }?
      .rawValue
    case .region:
      return Region.allCases.first { region in
        ImportField.fold(region.rawValue) == key
          || Language.allCases.contains { ImportField.fold(region.label(in: $0)) == key }
      }?
      .rawValue
    default: return nil
    }
  }

  /// The applicant kind a value names; `.some(nil)` for an answer that names none (“Andere”),
  /// nil for a value that is not recognised. `custom` is folded answer → option id.
  static func applicantKind(_ value: String, custom: [String: String] = [:]) -> ApplicantKind?? {
    let key = ImportField.fold(value)
    if let option = custom[key] {
      return option == "none" ? .some(nil) : ApplicantKind(rawValue: option).map { .some($0) }
    }
    if ["andere", "other", "autre", "overige", "divers", "anders"].contains(key) { return .some(nil) }
    if let k = applicantKinds[key] { return .some(k) }
    // “Een vzw (vereniging zonder winstoogmerk)” or “ASBL / VZW”: a word that is an option.
    let words = Set(key.split(separator: " ").map(String.init))
    let kinds = Set(words.compactMap { applicantKindWords[$0] })
    return kinds.count == 1 ? kinds.first.map { .some($0) } : nil
  }

  static func region(_ value: String, custom: [String: String] = [:]) -> Region? {
    let key = ImportField.fold(value)
    if let option = custom[key] { return Region(rawValue: option) }
    if let r = regions[key] { return r }
    let words = key.split(separator: " ").map(String.init)
    // “1080 Molenbeek”, “B-9000 Gent”: a Belgian postcode says the province.
    if let code = words.lazy.compactMap({ Int($0.hasPrefix("b") ? String($0.dropFirst()) : $0) }).first(where: {
      (1000...9999).contains($0)
    }) {
      return postcodeRegion(code)
    }
    // “Provincie Antwerpen”, “Région de Bruxelles-Capitale”, “Stad Gent”: without the word for the kind of place.
    let bare = words.filter { !placeWords.contains($0) }.joined(separator: " ")
    if bare != key, let r = regions[bare] { return r }
    return nil
  }

  /// The province of a Belgian postcode; Wallonia (and the German-speaking community) is other.
  static func postcodeRegion(_ code: Int) -> Region {
    switch code {
    case 1000...1299: .brussels
    case 1500...1999, 3000...3499: .flemishBrabant
    case 2000...2999: .antwerp
    case 3500...3999: .limburg
    case 8000...8999: .westFlanders
    case 9000...9999: .eastFlanders
    default: .other
    }
  }

  private static let placeWords: Set<String> = [
    "provincie", "province", "prov", "de", "d", "du", "van", "gewest", "region", "regio", "stad", "ville",
    "gemeente", "commune", "city", "in", "te", "a", "en",
  ]

  /// What an answer to “how did you find us?” says about the idea's origin: an origin as
  /// fabriek writes it (`idea campaign: Oproep 2026`) is read back exactly; otherwise the
  /// answer is kept as the origin's name and its kind guessed from its words (`Via een
  /// vriend` is a referral); the website when nothing fits, as the form is on the website.
  static func origin(_ answer: String) -> Origin {
    let parts = answer.split(separator: ":", maxSplits: 1)
    if let label = parts.first, let kind = originKinds[ImportField.fold(String(label))] {
      let name = parts.count == 2 ? String(parts[1]).trimmingCharactersInWhitespace() : ""
      return Origin(kind: kind, name: name.isEmpty ? nil : name)
    }
    let words = ImportField.fold(answer).split(separator: " ")
    for (kind, stems) in originWords where words.contains(where: { w in stems.contains { w.hasPrefix($0) } }) {
      return Origin(kind: kind, name: answer)
    }
    return Origin(kind: .website, name: answer)
  }

  private static func table<T>(_ entries: [(T, [String])]) -> [String: T] {
    var map: [String: T] = [:]
    for (value, names) in entries { for n in names { map[ImportField.fold(n)] = value } }
    return map
  }

  private static let applicantKinds = table([
    (
      ApplicantKind.individual,
      [
        "individual", "individu", "particulier", "personne physique", "burger", "citizen", "private person", "persoon",
        "privepersoon", "inwoner", "natuurlijk persoon", "ik als persoon", "als individu", "student", "citoyen",
        "citoyenne", "individuele burger",
      ]
    ),
    (
      .civilSociety,
      [
        "civil-society", "civil-society group", "civil society", "vereniging of collectief", "vereniging",
        "collectief", "burgercollectief", "feitelijke vereniging", "vzw", "association", "collectif",
        "association ou collectif", "asbl", "collective", "non-profit", "association or collective",
        "middenveldorganisatie", "middenveld", "middenveldorganisaties", "ngo", "ngos", "ong", "npo", "nonprofit",
        "non profit", "not for profit", "vzw of feitelijke vereniging", "stichting", "fondation", "foundation",
        "civil society organisation", "civil society organization", "societe civile",
        "organisation de la societe civile",
        "middenveldorganisatie vzw", "burgerinitiatief", "initiative citoyenne", "citizens initiative", "cooperatie",
        "buurtvereniging", "jeugdbeweging", "charity",
      ]
    ),
    (
      .socialEnterprise,
      [
        "social-enterprise", "social enterprise", "sociale onderneming", "sociale economie", "entreprise sociale",
        "cooperative", "cooperatieve", "scrl", "maatwerkbedrijf", "economie sociale", "social business",
      ]
    ),
    (
      .company,
      [
        "company", "bedrijf", "onderneming", "entreprise", "societe", "business", "kmo", "pme", "zelfstandige",
        "bv", "nv", "srl", "sa", "bvba", "startup", "start up", "independant", "freelancer", "self employed",
      ]
    ),
    (
      .publicBody,
      [
        "public-body", "public body", "overheid", "lokaal bestuur", "gemeente", "stad", "ocmw", "pouvoir public",
        "autorite publique", "administration publique", "commune", "cpas", "government", "public authority",
        "overheidsinstelling", "openbaar bestuur", "lokale overheid", "provincie", "school", "ecole",
        "onderwijsinstelling",
        "public sector", "secteur public", "publieke sector", "municipality", "local government",
      ]
    ),
  ])

  /// Words that name one applicant kind inside a longer answer.
  private static let applicantKindWords: [String: ApplicantKind] = [
    "vzw": .civilSociety, "asbl": .civilSociety, "ngo": .civilSociety, "ong": .civilSociety,
    "middenveldorganisatie": .civilSociety, "vereniging": .civilSociety, "association": .civilSociety,
    "collectief": .civilSociety, "collectif": .civilSociety, "stichting": .civilSociety, "bedrijf": .company,
    "kmo": .company, "pme": .company, "bv": .company, "nv": .company, "srl": .company, "overheid": .publicBody,
    "gemeente": .publicBody, "ocmw": .publicBody, "cpas": .publicBody, "particulier": .individual,
    "individu": .individual, "burger": .individual,
  ]

  private static let regions = table([
    (
      Region.brussels,
      [
        "brussels", "brussel", "bruxelles", "brussels-capital region", "brussels hoofdstedelijk gewest",
        "region de bruxelles-capitale", "bruxelles-capitale", "brussels capital", "brussels capital region",
        "brussels hoofdstad", "bru", "bxl", "anderlecht", "molenbeek", "sint jans molenbeek", "molenbeek saint jean",
        "schaarbeek", "schaerbeek", "elsene", "ixelles", "etterbeek", "sint gillis", "saint gilles", "laken", "laeken",
        "jette", "ukkel", "uccle", "vorst", "forest", "evere", "sint joost", "saint josse", "sint joost ten node",
        "saint josse ten noode", "koekelberg", "ganshoren", "oudergem", "auderghem", "watermaal bosvoorde",
        "watermael boitsfort", "sint agatha berchem", "berchem sainte agathe", "sint lambrechts woluwe",
        "woluwe saint lambert", "sint pieters woluwe", "woluwe saint pierre", "neder over heembeek", "haren",
      ]
    ),
    (
      .antwerp,
      [
        "antwerp", "antwerpen", "anvers", "provincie antwerpen", "province d'anvers", "mechelen", "malines",
        "turnhout", "lier", "mol", "geel", "herentals", "boom", "mortsel", "borgerhout", "deurne", "merksem",
        "hoboken", "berchem", "kapellen", "brasschaat", "schoten", "kempen",
      ]
    ),
    (
      .limburg,
      [
        "limburg", "limbourg", "provincie limburg", "hasselt", "genk", "tongeren", "tongres", "sint truiden",
        "saint trond", "maasmechelen", "beringen", "lommel", "bilzen", "houthalen helchteren",
      ]
    ),
    (
      .eastFlanders,
      [
        "east-flanders", "east flanders", "oost-vlaanderen", "flandre orientale", "flandre-orientale", "gent",
        "gand", "ghent", "aalst", "alost", "sint niklaas", "saint nicolas", "dendermonde", "termonde", "oudenaarde",
        "audenarde", "ronse", "renaix", "eeklo", "lokeren", "geraardsbergen", "grammont", "ninove", "wetteren",
        "waasland", "ledeberg", "gentbrugge",
      ]
    ),
    (
      .flemishBrabant,
      [
        "flemish-brabant", "flemish brabant", "vlaams-brabant", "brabant flamand", "leuven", "louvain", "vilvoorde",
        "vilvorde", "halle", "hal", "tienen", "tirlemont", "aarschot", "diest", "zaventem", "dilbeek", "asse",
        "grimbergen", "overijse", "kessel lo", "heverlee",
      ]
    ),
    (
      .westFlanders,
      [
        "west-flanders", "west flanders", "west-vlaanderen", "flandre occidentale", "flandre-occidentale", "brugge",
        "bruges", "kortrijk", "courtrai", "oostende", "ostende", "ostend", "roeselare", "roulers", "ieper", "ypres",
        "waregem", "menen", "menin", "knokke heist", "poperinge", "tielt", "veurne", "furnes", "izegem",
      ]
    ),
    (
      .other,
      [
        "other", "andere", "autre", "ailleurs", "elders", "wallonie", "wallonia", "wallonie", "buitenland",
        "etranger", "abroad", "elsewhere", "walloon", "waals gewest", "region wallonne", "liege", "luik", "namur",
        "namen", "charleroi", "mons", "bergen", "tournai", "doornik", "wavre", "waver", "nivelles", "nijvel",
        "louvain la neuve", "ottignies", "arlon", "aarlen", "eupen", "verviers", "la louviere", "mouscron",
        "moeskroen", "waals brabant", "brabant wallon", "walloon brabant", "henegouwen", "hainaut", "luxembourg",
        "luxemburg", "nederland", "pays bas", "netherlands", "france", "frankrijk", "ostbelgien",
        "duitstalige gemeenschap", "communaute germanophone", "overal", "partout", "everywhere", "heel belgie",
        "toute la belgique", "all of belgium", "belgie", "belgique", "belgium", "online",
      ]
    ),
  ])

  private static let originKinds = table(
    OriginKind.allCases.map { kind in (kind, [kind.rawValue] + Language.allCases.map { kind.label(in: $0) }) })

  /// Word beginnings that tell the kind of an answer, in three languages.
  private static let originWords: [(OriginKind, [String])] = [
    (
      .referral,
      ["vriend", "collega", "kennis", "ami", "collegue", "friend", "colleague", "referr", "doorverw", "ocmw", "cpas"]
    ),
    (
      .networking,
      ["infosessie", "infoavond", "seance", "netwerk", "networking", "event", "evenement", "beurs", "salon"]
    ),
    (.competition, ["wedstrijd", "competition", "concours", "prijs", "prix", "award"]),
    (.visionSession, ["visiesessie", "vision"]),
    (.ideaCampaign, ["oproep", "campagne", "campaign", "appel", "call"]),
    (.walkIn, ["binnengelopen", "langsgekomen", "walk", "passage"]),
  ]
}
