/// Answers in web forms, in English, Dutch and French, mapped to the board's closed lists.
/// Values are compared folded (`ImportField.fold`), so case, accents and punctuation do not matter.
enum ImportValues {
  /// The applicant kind a value names; `.some(nil)` for an answer that names none (“Andere”),
  /// nil for a value that is not recognised.
  static func applicantKind(_ value: String) -> ApplicantKind?? {
    let key = ImportField.fold(value)
    if ["andere", "other", "autre", "overige", "divers"].contains(key) { return .some(nil) }
    return applicantKinds[key].map { .some($0) }
  }

  static func region(_ value: String) -> Region? { regions[ImportField.fold(value)] }

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
      ["individual", "individu", "particulier", "personne physique", "burger", "citizen", "private person", "persoon"]
    ),
    (
      .civilSociety,
      [
        "civil-society", "civil-society group", "civil society", "vereniging of collectief", "vereniging",
        "collectief", "burgercollectief", "feitelijke vereniging", "vzw", "association", "collectif",
        "association ou collectif", "asbl", "collective", "non-profit", "association or collective",
      ]
    ),
    (
      .socialEnterprise,
      ["social-enterprise", "social enterprise", "sociale onderneming", "sociale economie", "entreprise sociale"]
    ),
    (
      .company,
      ["company", "bedrijf", "onderneming", "entreprise", "societe", "business", "kmo", "pme", "zelfstandige"]
    ),
    (
      .publicBody,
      [
        "public-body", "public body", "overheid", "lokaal bestuur", "gemeente", "stad", "ocmw", "pouvoir public",
        "autorite publique", "administration publique", "commune", "cpas", "government", "public authority",
      ]
    ),
  ])

  private static let regions = table([
    (
      Region.brussels,
      [
        "brussels", "brussel", "bruxelles", "brussels-capital region", "brussels hoofdstedelijk gewest",
        "region de bruxelles-capitale", "bruxelles-capitale",
      ]
    ),
    (.antwerp, ["antwerp", "antwerpen", "anvers", "provincie antwerpen", "province d'anvers"]),
    (.limburg, ["limburg", "limbourg", "provincie limburg"]),
    (.eastFlanders, ["east-flanders", "east flanders", "oost-vlaanderen", "flandre orientale", "flandre-orientale"]),
    (.flemishBrabant, ["flemish-brabant", "flemish brabant", "vlaams-brabant", "brabant flamand"]),
    (
      .westFlanders,
      ["west-flanders", "west flanders", "west-vlaanderen", "flandre occidentale", "flandre-occidentale"]
    ),
    (
      .other,
      [
        "other", "andere", "autre", "ailleurs", "elders", "wallonie", "wallonia", "wallonie", "buitenland",
        "etranger", "abroad", "elsewhere",
      ]
    ),
  ])

  private static let originKinds = table(
    OriginKind.allCases.map { ($0, [$0.rawValue, $0.label]) })

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
